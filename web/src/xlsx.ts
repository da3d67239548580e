/**
 * Excel (.xlsx) in and out for "Kiểm tra tệp": the one place the page meets the spreadsheet
 * support of src/io/xlsx (exceljs). Not wired yet: src/io/xlsx is written in another change.
 * Once it is merged, this file becomes:
 *
 *   import { readXlsx, xlsxReport } from '../../src/io/xlsx/index.js';
 *   export const XLSX_READY = true;
 *   export const readXlsxRecords = (data, visit) => readXlsx(data, visit);
 *   export async function xlsxResult(checked, lang) {
 *     const w = xlsxReport({ lang, source: checked.name, asOf: checked.asOf, whatIf: false });
 *     for (const r of checked.rows) w.write(r.outcome);
 *     return w.end(checked.summary);
 *   }
 *
 * and the page then accepts .xlsx files, says so, and shows the Excel download button (check-view.ts reads XLSX_READY).
 */
import type { RecordVisitor } from '../../src/io/types.js';
import type { CheckedFile } from './check-run.js';
import type { Lang } from './i18n.js';

/** Whether Excel files can be read and written. */
export const XLSX_READY = false;

/** Thrown while Excel support is not wired: the page shows its own message for it. */
export class XlsxNotYet extends Error {
  constructor() {
    super('Excel (.xlsx) support is not wired into the web page yet (web/src/xlsx.ts)');
  }
}

/** Reads the records of a workbook's first sheet into `visit`, as the CSV reader does. */
export function readXlsxRecords(_data: ArrayBuffer, _visit: RecordVisitor): Promise<void> {
  return Promise.reject(new XlsxNotYet());
}

/** The result as a workbook (verdicts and summary sheets). */
export function xlsxResult(_checked: CheckedFile, _lang: Lang): Promise<Uint8Array> {
  return Promise.reject(new XlsxNotYet());
}
