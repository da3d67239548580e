/** The Excel report streamed to a file (Node): rows go to the file as they come, so memory stays flat on a large register. */
import { writeAll } from './write-all.js';
import { Writable } from 'node:stream';
import type { ReportContext } from '../types.js';
import { ResultsSheet, summarySheet } from '../xlsx/book.js';
import { loadExcelJs } from '../xlsx/load.js';
import type { XlsxReport } from '../xlsx/report.js';

/**
 * The Excel report of `xlsxReport`, written to an open file as it goes (exceljs's streaming
 * writer); `end` resolves once the file is complete, with no bytes (they are in the file).
 * @throws UsageError `xlsx_needs_exceljs` when exceljs is not installed
 * @example
 * ```ts
 * // not run: writes a file
 * const report = await xlsxReportToFile(fd, { lang: 'vi', source: 'so-theo-doi.xlsx', asOf: '2025-03-31', whatIf: false });
 * ```
 * @internal
 */
export async function xlsxReportToFile(fd: number, ctx: ReportContext): Promise<XlsxReport> {
  const ExcelJS = await loadExcelJs(ctx.lang);
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      try {
        writeAll(fd, chunk);
        done();
      } catch (e) {
        done(e as Error);
      }
    },
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const results = new ResultsSheet(book, ctx);
  return {
    write: (o, unit = null) => results.add(o, unit),
    async end(summary) {
      results.finish();
      summarySheet(book, summary, results.units, ctx);
      await book.commit();
      return new Uint8Array(0);
    },
  };
}
