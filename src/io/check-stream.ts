/** A whole check over a stream: records read from chunks, checked, and reported to a byte target. */
import { RecordChecker, type CheckManyOptions, type RecordOutcome } from '../compliance/records.js';
import { CheckSummary } from '../compliance/summary.js';
import type { Lang } from '../core/lang.js';
import { paced } from './pace.js';
import { readerOf } from './read.js';
import { reportWriter } from './report.js';
import { ByteSink } from './sink.js';
import type { ByteTarget, Chunks, InputFormat, ReadOptions, ReportFormat } from './types.js';

/**
 * Options of {@link checkStream}: those of `checkMany`, the formats in and out, the report's
 * language and source name, and for CSV and Excel the column names and the worksheet.
 */
export interface CheckStreamOptions extends CheckManyOptions, Pick<ReadOptions, 'columns' | 'sheet'> {
  format: InputFormat;
  report: ReportFormat;
  /** `vi` (default) or `en`. */
  lang?: Lang;
  /** The input's name in the report (default `input`). */
  source?: string;
}

/**
 * Checks every record of an input and writes the report to `target`, one outcome per record in
 * input order (a line that is not a record is an `error` outcome: nothing is dropped), then the
 * summary (inside the JSON report; as the last lines of the text report). Memory stays flat:
 * the next input chunk is read only when `target.ready()` allows. Works on a Node stream, a
 * browser `ReadableStream` or an HTTP request body.
 * @returns the summary (counts by status and rule)
 * @throws VnDeadlinesError `invalid_argument` for bad options (before anything is written);
 *   `invalid_data` for an input that cannot be read at all (what was written stays written)
 * @example
 * ```ts
 * // not run: needs an HTTP request and response (test/io/stream.test.ts runs checkStream)
 * // An HTTP handler: NDJSON in, NDJSON out.
 * const summary = await checkStream(req, { write: (b) => res.write(Buffer.from(b)), ready: () => drained(res) }, { format: 'ndjson', report: 'ndjson' });
 * ```
 */
export async function checkStream(chunks: Chunks, target: ByteTarget, options: CheckStreamOptions): Promise<CheckSummary> {
  const { format, report, lang = 'vi', source = 'input', columns, sheet, ...checkOptions } = options;
  const checker = new RecordChecker(checkOptions, 'checkStream');
  const sink = new ByteSink((b) => target.write(b));
  const whatIf = checkOptions.whatIf !== undefined;
  const writer = reportWriter(report, sink, { lang, source, asOf: checker.asOf, whatIf });
  const summary = new CheckSummary();
  const take = (o: RecordOutcome) => {
    summary.add(o);
    writer.write(o);
  };
  writer.begin();
  const pause = () => {
    sink.flush();
    return target.ready?.();
  };
  await readerOf(format)(
    paced(chunks, pause),
    {
      record: (value, line) => take(checker.check(value, line)),
      bad: (line, error) => take(checker.fail(line, error)),
    },
    { columns, sheet, lang },
  );
  writer.end(summary);
  if (report === 'text') {
    sink.line('');
    sink.line(summary.toText(lang, whatIf));
  }
  sink.flush();
  return summary;
}
