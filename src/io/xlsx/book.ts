/**
 * The Excel report's two sheets, written into any exceljs workbook: a workbook in memory (the
 * browser, `xlsxReport`) or the streaming writer of Node (`io/node/xlsx-report.ts`). Values
 * only: no cell holds a formula, so text from a register (`=HYPERLINK(…)`) stays text.
 */
import type { Row, Workbook, Worksheet } from 'exceljs';
import type { RecordOutcome } from '../../compliance/records.js';
import { STATUS_TEXT } from '../../compliance/status.js';
import { RECORD_STATUSES, type CheckSummary, type RecordStatus } from '../../compliance/summary.js';
import type { ReportContext } from '../types.js';
import { messages } from './messages.js';
import { DATE_COLUMNS, EXPLANATION_COLUMN, RESULT_COLUMNS, resultValues, STATUS_COLUMN, STATUS_FILL, UnitCounts } from './report-rows.js';

const fill = (argb: string) => ({ type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } });

/** A row added (`commit()` sends it to the file in the streaming writer; in memory it does nothing). */
const addRow = (ws: Worksheet, values: unknown[]): Row => ws.addRow(values);

/** `YYYY-MM-DD` as a clerk writes it, `DD/MM/YYYY`. */
const dmy = (iso: string): string => iso.split('-').reverse().join('/');

/** A sheet's title in its first row, merged across `width` columns. */
function titleRow(ws: Worksheet, text: string, width: number): void {
  const row = addRow(ws, [text]);
  row.font = { bold: true, size: 13 };
  ws.mergeCells(1, 1, 1, width);
  row.commit();
}

/** A heading row in bold, with the status columns filled in their colours. */
function headingRow(ws: Worksheet, values: string[], statusAt: number, statuses: readonly RecordStatus[]): void {
  const row = addRow(ws, values);
  row.font = { bold: true };
  statuses.forEach((s, i) => (row.getCell(statusAt + i).fill = fill(STATUS_FILL[s])));
  row.commit();
}

/** The results sheet: a title, the headings, then one row per outcome as they come. @internal */
export class ResultsSheet {
  readonly units = new UnitCounts();
  readonly #ws: Worksheet;
  readonly #ctx: ReportContext;

  constructor(book: Workbook, ctx: ReportContext) {
    const m = messages[ctx.lang];
    this.#ctx = ctx;
    this.#ws = book.addWorksheet(m.resultsSheet, { views: [{ state: 'frozen', ySplit: 2 }] });
    this.#ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: RESULT_COLUMNS.length } };
    this.#ws.columns = RESULT_COLUMNS.map(([, width]) => ({ width }));
    titleRow(this.#ws, m.title(ctx.source, dmy(ctx.asOf)), RESULT_COLUMNS.length);
    headingRow(
      this.#ws,
      RESULT_COLUMNS.map(([key]) => m[key]),
      STATUS_COLUMN,
      [],
    );
  }

  /** One outcome's row: the verdict in words on its colour, the days as dd/mm/yyyy date cells. */
  add(o: RecordOutcome, unit: string | null): void {
    this.units.add(unit, o.status);
    const row = addRow(this.#ws, resultValues(o, unit, this.#ctx.lang));
    row.getCell(STATUS_COLUMN).fill = fill(STATUS_FILL[o.status]);
    for (const c of DATE_COLUMNS) row.getCell(c).numFmt = 'dd/mm/yyyy';
    row.getCell(EXPLANATION_COLUMN).alignment = { wrapText: true, vertical: 'top' };
    row.commit();
  }

  /** Ends the sheet (the streaming writer closes its part of the file). */
  finish(): void {
    (this.#ws as Worksheet & { commit?: () => void }).commit?.();
  }
}

/** The summary sheet: records by status, readings by rule and status, records by unit and status. @internal */
export function summarySheet(book: Workbook, summary: CheckSummary, units: UnitCounts, ctx: ReportContext): void {
  const m = messages[ctx.lang];
  const ws = book.addWorksheet(m.summarySheet);
  ws.columns = [{ width: 44 }, ...RECORD_STATUSES.map(() => ({ width: 14 })), { width: 12 }];
  const words = RECORD_STATUSES.map((s) => STATUS_TEXT[s][ctx.lang]);
  const line = (name: string, counts: readonly number[]) => addRow(ws, [name, ...counts, counts.reduce((a, b) => a + b, 0)]).commit();
  titleRow(ws, m.title(ctx.source, dmy(ctx.asOf)), RECORD_STATUSES.length + 2);
  headingRow(ws, ['', ...words, m.total], 2, RECORD_STATUSES);
  line(
    m.allRecords,
    RECORD_STATUSES.map((s) => summary.byStatus[s]),
  );
  addRow(ws, []).commit();
  headingRow(ws, [m.byRule, ...words, ''], 2, RECORD_STATUSES);
  const byRule = summary.byRule;
  for (const id of Object.keys(byRule).sort())
    line(
      id,
      RECORD_STATUSES.map((s) => byRule[id][s]),
    );
  addRow(ws, []).commit();
  headingRow(ws, [m.byUnit, ...words, ''], 2, RECORD_STATUSES);
  for (const [unit, counts] of units.rows(ctx.lang)) line(unit, counts);
  (ws as Worksheet & { commit?: () => void }).commit?.();
}
