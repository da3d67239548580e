/**
 * The Excel reader for Node, streaming (exceljs's `WorkbookReader`): rows are read as the file
 * is unzipped, so a large register does not sit whole in memory (100,000 rows: ≈ 130 MB instead
 * of ≈ 500 MB). Same records as `readXlsx`.
 */
import { Readable } from 'node:stream';
import { isVnDeadlinesError, VnDeadlinesError } from '../../core/errors.js';
import type { Chunks, ReadOptions, RecordVisitor } from '../types.js';
import { loadExcelJs } from '../xlsx/load.js';
import { messages } from '../xlsx/messages.js';
import { sheetKey } from '../xlsx/read.js';
import { SheetRecords } from '../xlsx/sheet-records.js';

/** The worksheet's name; a file whose workbook part comes after its sheets leaves it unset. */
const nameOf = (ws: { name?: string; id?: number }): string => ws.name ?? `Sheet${ws.id ?? ''}`;

/**
 * Reads the records of an Excel workbook from chunks of its bytes, streaming; as `readXlsx`
 * (the first worksheet, in the order the file stores them, or `options.sheet`). The chunks must
 * not be reused by their source (a file's read stream, standard input).
 * @throws as `readXlsx`
 * @example
 * ```ts
 * // not run: reads a file (test/io/xlsx.test.ts runs the CLI, which uses this reader)
 * await readXlsxStream(createReadStream('so-theo-doi.xlsx'), visit, { sheet: 'Quý 2' });
 * ```
 * @internal
 */
export async function readXlsxStream(chunks: Chunks, visit: RecordVisitor, options: ReadOptions = {}): Promise<void> {
  const m = messages[options.lang ?? 'vi'];
  const ExcelJS = await loadExcelJs(options.lang);
  const input = Readable.from(chunks);
  // A file that is not a workbook fails the unzipping: the error is told once, below, and the
  // input, closed by its owner afterwards, must not throw again from a stream no one listens to.
  input.on('error', () => {});
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
  const names: string[] = [];
  let read = false;
  try {
    for await (const ws of reader) {
      const name = nameOf(ws as { name?: string; id?: number });
      names.push(name);
      if (read || (options.sheet !== undefined && sheetKey(name) !== sheetKey(options.sheet))) {
        // The rest of the file is read through: the stream is not left half-read.
        for await (const _ of ws) void _;
        continue;
      }
      const records = new SheetRecords(visit, options);
      for await (const row of ws) records.row(row);
      records.end(name);
      read = true;
    }
  } catch (e) {
    input.destroy();
    if (isVnDeadlinesError(e)) throw e;
    throw new VnDeadlinesError('invalid_data', m.notWorkbook((e as Error).message.split('\n')[0]), {}, { key: 'worded' });
  }
  if (read) return;
  if (names.length === 0) throw new VnDeadlinesError('invalid_data', m.noSheet, {}, { key: 'worded' });
  throw new VnDeadlinesError(
    'invalid_argument',
    m.sheetMissing(options.sheet ?? '', names.map((n) => JSON.stringify(n)).join(', ')),
    { sheet: options.sheet },
    { key: 'worded' },
  );
}
