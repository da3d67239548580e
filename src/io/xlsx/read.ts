/**
 * The Excel reader: one record per non-empty row under the header row, each with its Excel row
 * number. Browser-safe: it takes the workbook's bytes (a `File`'s `arrayBuffer()`, an upload,
 * a file read in Node).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { VnDeadlinesError } from '../../core/errors.js';
import type { Chunks, ReadOptions, RecordVisitor } from '../types.js';
import { loadExcelJs } from './load.js';
import { messages } from './messages.js';
import { SheetRecords } from './sheet-records.js';

/** A worksheet name as compared: trimmed, lower case. @internal */
export const sheetKey = (name: string): string => name.trim().toLocaleLowerCase('vi');

/** The worksheet asked for (by name, whatever its case), else the first. */
function sheetOf(wb: Workbook, name: string | undefined, m: (typeof messages)['vi']): Worksheet {
  const sheets = wb.worksheets;
  if (sheets.length === 0) throw new VnDeadlinesError('invalid_data', m.noSheet, {}, { key: 'worded' });
  if (name === undefined) return sheets[0];
  const found = sheets.find((s) => sheetKey(s.name) === sheetKey(name));
  if (found === undefined)
    throw new VnDeadlinesError(
      'invalid_argument',
      m.sheetMissing(name, sheets.map((s) => JSON.stringify(s.name)).join(', ')),
      { sheet: name },
      { key: 'worded' },
    );
  return found;
}

/**
 * Reads the records of an Excel workbook (.xlsx): the first worksheet, or `options.sheet`. The
 * header row is the first row that has a `rule` column once `options.columns` has mapped the
 * register's column names (so merged title rows above it are skipped); each non-empty row under
 * it is a record, given to `visit.record` with its Excel row number (row 7 is "dòng 7", as Excel
 * shows it). Empty rows are skipped; no other row is dropped. Date cells become their calendar
 * day (`'YYYY-MM-DD'`, never shifted by a time zone); dates typed as text stay text (the checker
 * takes `dd/mm/yyyy`); formulas give their computed result.
 * @param data - the bytes of the .xlsx file
 * @throws UsageError `xlsx_needs_exceljs` when exceljs is not installed; VnDeadlinesError
 *   `invalid_data` for bytes that are not a workbook or a worksheet without a header row,
 *   `invalid_argument` for a worksheet name it does not have
 * @example
 * ```ts
 * // not run: needs a workbook's bytes (test/io/xlsx.test.ts runs readXlsx)
 * await readXlsx(await file.arrayBuffer(), { record: (rec, row) => rows.push([row, rec]), bad: () => {} }, { columns: { 'Ngày công bố': 'actual' } });
 * ```
 */
export async function readXlsx(data: Uint8Array | ArrayBuffer, visit: RecordVisitor, options: ReadOptions = {}): Promise<void> {
  const m = messages[options.lang ?? 'vi'];
  const ExcelJS = await loadExcelJs(options.lang);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as never);
  } catch (e) {
    throw new VnDeadlinesError('invalid_data', m.notWorkbook((e as Error).message.split('\n')[0]), {}, { key: 'worded' });
  }
  const sheet = sheetOf(wb, options.sheet, m);
  const records = new SheetRecords(visit, options);
  sheet.eachRow({ includeEmpty: false }, (row) => records.row(row));
  records.end(sheet.name);
}

/**
 * The reader of `readerOf('xlsx')`: the chunks gathered (a workbook is a zip archive, read
 * whole), then {@link readXlsx}.
 * @internal
 */
export async function readXlsxChunks(chunks: Chunks, visit: RecordVisitor, options?: ReadOptions): Promise<void> {
  const parts: Uint8Array[] = [];
  let size = 0;
  const enc = new TextEncoder();
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? enc.encode(chunk) : new Uint8Array(chunk);
    parts.push(bytes);
    size += bytes.length;
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  await readXlsx(all, visit, options);
}
