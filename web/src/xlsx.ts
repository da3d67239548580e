/**
 * Excel (.xlsx) in and out for "Kiểm tra tệp": the one place the page meets the spreadsheet
 * support of src/io/xlsx. exceljs itself is loaded by src/io/xlsx/load.ts with a dynamic import:
 * Vite puts it in a chunk of its own, fetched only when a workbook is read or written.
 */
import { readXlsx } from '../../src/io/xlsx/read.js';
import { xlsxReport } from '../../src/io/xlsx/report.js';
import type { ReadOptions, RecordVisitor } from '../../src/io/types.js';
import type { CheckedFile, CheckedRow } from './check-run.js';
import type { Lang } from './i18n.js';

/** The media type of an .xlsx file. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Reads the records of a workbook (the first worksheet, or `options.sheet`) into `visit`, as the CSV reader does. */
export function readXlsxRecords(data: ArrayBuffer, visit: RecordVisitor, options: ReadOptions): Promise<void> {
  return readXlsx(data, visit, options);
}

/** A row's unit for the summary by unit: the text of the column the clerk chose, or none. */
function unitOf(row: CheckedRow, column: string): string | null {
  const v = column ? row.record?.[column] : undefined;
  const s = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
  return s === '' ? null : s;
}

/** The result as a workbook (the results and summary sheets of `--report xlsx`), by the unit column shown on the page. */
export async function xlsxResult(checked: CheckedFile, lang: Lang, unitColumn: string): Promise<Uint8Array> {
  const w = await xlsxReport({ lang, source: checked.name, asOf: checked.asOf, whatIf: false });
  for (const r of checked.rows) w.write(r.outcome, unitOf(r, unitColumn));
  return w.end(checked.summary);
}
