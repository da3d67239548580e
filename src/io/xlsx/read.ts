/**
 * The Excel reader: one record per non-empty row under the header row, each with its Excel row
 * number. Browser-safe: it takes the workbook's bytes (a `File`'s `arrayBuffer()`, an upload,
 * a file read in Node).
 */
import type { Row, Workbook, Worksheet } from 'exceljs';
import { VnDeadlinesError } from '../../core/errors.js';
import { dayFirstToIso } from '../../core/day-text.js';
import { headerFields, mayHoldDate } from '../columns.js';
import type { Chunks, ReadOptions, RecordVisitor } from '../types.js';
import { cellField } from './cells.js';
import { loadExcelJs } from './load.js';
import { messages } from './messages.js';

/** The worksheet asked for (by name, whatever its case), else the first. */
function sheetOf(wb: Workbook, name: string | undefined, m: (typeof messages)['vi']): Worksheet {
  const sheets = wb.worksheets;
  if (sheets.length === 0) throw new VnDeadlinesError('invalid_data', m.noSheet);
  if (name === undefined) return sheets[0];
  const want = name.trim().toLocaleLowerCase('vi');
  const found = sheets.find((s) => s.name.trim().toLocaleLowerCase('vi') === want);
  if (found === undefined)
    throw new VnDeadlinesError('invalid_argument', m.sheetMissing(name, sheets.map((s) => JSON.stringify(s.name)).join(', ')), { sheet: name });
  return found;
}

/** A row's fields, column A first (a merged cell gives its value in each column it covers). */
function rowFields(row: Row): (string | boolean)[] {
  const out: (string | boolean)[] = [];
  for (let c = 1; c <= row.cellCount; c++) out.push(cellField(row.getCell(c).value));
  return out;
}

const blank = (fields: readonly (string | boolean)[]): boolean => fields.every((f) => f === '');

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
    throw new VnDeadlinesError('invalid_data', m.notWorkbook((e as Error).message.split('\n')[0]));
  }
  const sheet = sheetOf(wb, options.sheet, m);
  let header: string[] | null = null;
  // The row with the most distinct names, to show in the error when no header is found.
  let widest: string[] = [];
  const distinct = (names: string[]) => [...new Set(names.filter(Boolean))];
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    const fields = rowFields(row);
    if (blank(fields)) return;
    if (header === null) {
      const names = headerFields(fields.map(String), options.columns);
      if (names.includes('rule')) header = names;
      else if (distinct(names).length > widest.length) widest = distinct(names);
      return;
    }
    const rec: Record<string, string | boolean> = {};
    for (let i = 0; i < header.length; i++) {
      const v = i < fields.length ? fields[i] : '';
      if (header[i] !== '') rec[header[i]] = typeof v === 'string' && mayHoldDate(header[i]) ? dayFirstToIso(v) : v;
    }
    visit.record(rec, n);
  });
  if (header === null) throw new VnDeadlinesError('invalid_data', m.noHeader(sheet.name, widest.join(', ') || '—'));
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
