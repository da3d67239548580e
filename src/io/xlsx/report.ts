/** The Excel report, in memory: the workbook's bytes at the end (a browser's download, an HTTP response). */
import type { RecordOutcome } from '../../compliance/records.js';
import type { CheckSummary } from '../../compliance/summary.js';
import type { ReportContext } from '../types.js';
import { ResultsSheet, summarySheet } from './book.js';
import { loadExcelJs } from './load.js';

/**
 * A writer of the Excel report: `write` for each outcome in order (with the record's unit, for
 * the summary by unit), then `end` with the summary.
 * @example
 * ```ts
 * // not run: needs outcomes and a summary (test/io/xlsx.test.ts runs it)
 * const report = await xlsxReport({ lang: 'vi', source: 'so-theo-doi.xlsx', asOf: '2025-03-31', whatIf: false });
 * for (const o of outcomes) report.write(o, 'Sở Tư pháp');
 * const bytes = await report.end(summary);
 * ```
 */
export interface XlsxReport {
  write(outcome: RecordOutcome, unit?: string | null): void;
  end(summary: CheckSummary): Promise<Uint8Array>;
}

/**
 * The Excel report of a check, built in memory (browser-safe): a results sheet, one row per
 * outcome with the verdict in words on its colour, the due day and the day of the act as date
 * cells shown dd/mm/yyyy, the delay in working days and the explanation; a summary sheet by
 * status, by rule and by unit. Every cell holds a value, never a formula: a title written
 * `=HYPERLINK(…)` is text. For a large report in Node, `io/node/xlsx-report.ts` streams to a file.
 * @throws UsageError `xlsx_needs_exceljs` when exceljs is not installed
 * @example
 * ```ts
 * // not run: needs outcomes and a summary (test/io/xlsx.test.ts runs it)
 * const report = await xlsxReport({ lang: 'vi', source: 'so-theo-doi.xlsx', asOf: '2025-03-31', whatIf: false });
 * report.write(outcome, 'Sở Tư pháp');
 * const bytes = await report.end(summary); // an .xlsx file
 * ```
 */
export async function xlsxReport(ctx: ReportContext): Promise<XlsxReport> {
  const ExcelJS = await loadExcelJs(ctx.lang);
  const book = new ExcelJS.Workbook();
  const results = new ResultsSheet(book, ctx);
  return {
    write: (o, unit = null) => results.add(o, unit),
    async end(summary) {
      summarySheet(book, summary, results.units, ctx);
      return new Uint8Array(await book.xlsx.writeBuffer());
    },
  };
}
