/**
 * The io layer's interface: record sources built from chunks of bytes or text, and report
 * writers emitting lines to a byte sink. Nothing here needs Node: a browser `ReadableStream`, a
 * Node stream and an HTTP request body are all {@link Chunks}; Node-only parts (files, worker
 * threads, standard output) are in `src/io/node/`.
 */
import type { Lang } from '../core/lang.js';
import type { ColumnMap } from './columns.js';
import type { RecordError, RecordOutcome } from '../compliance/records.js';
import type { CheckSummary } from '../compliance/summary.js';

/**
 * Where a reader's bytes come from: chunks of UTF-8 (or text), synchronous or not. A Node
 * `Readable`, a browser `ReadableStream<Uint8Array>` (async iterable in Node 20 and current
 * browsers), `file.stream()`, an HTTP request body and an array of strings all qualify.
 * @example `const chunks: Chunks = ['rule,actual\n', 'hp-2025/central-tthc-list,2025-02-11\n'];`
 */
export type Chunks = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

/**
 * The input formats the readers know.
 * @example `const format: InputFormat = 'ndjson';`
 */
export type InputFormat = 'csv' | 'ndjson' | 'json' | 'xlsx';

/**
 * What a reader may be told besides its input: the register's column names mapped to record
 * fields (CSV and Excel), the worksheet (Excel; default the first), the language of its errors.
 * @example `const options: ReadOptions = { sheet: 'Sổ theo dõi', columns: { 'Ngày công bố': 'actual' } };`
 */
export interface ReadOptions {
  columns?: ColumnMap;
  sheet?: string;
  lang?: Lang;
  /** Excel: the field whose column marks the header row (after mapping). Default `rule`; a one-stop register's is `procedure`. */
  key?: string;
}

/**
 * One item of a record source: a record as read (not yet checked) with its line, or a line that
 * is not a record (bad JSON, a CSV row with too many fields). Nothing is dropped: every line
 * that holds something gives one item, in input order.
 * @example
 * ```ts
 * // not run: needs the chunks of a file or a request body (test/io/stream.test.ts runs readRecords)
 * for await (const item of readRecords(chunks, 'csv')) if ('error' in item) console.log(item.line, item.error.message);
 * ```
 */
export type RecordItem = { line: number; record: unknown } | { line: number; error: RecordError };

/** What a reader calls, in input order: the push form of {@link RecordItem}, without an object per record. @internal */
export interface RecordVisitor {
  record(value: unknown, line: number): void;
  bad(line: number, error: RecordError): void;
}

/** A reader: calls `visit` for each record of the chunks, in order; resolves at the end of the input. @internal */
export type Reader = (chunks: Chunks, visit: RecordVisitor, options?: ReadOptions) => Promise<void>;

/**
 * The report formats.
 * @example `const report: ReportFormat = 'csv';`
 */
export type ReportFormat = 'text' | 'csv' | 'ndjson' | 'json';

/**
 * What a report knows about the run.
 * @example `const ctx: ReportContext = { lang: 'vi', source: 'register.csv', asOf: '2025-03-31', whatIf: false };`
 */
export interface ReportContext {
  lang: Lang;
  /** The input, as named to the user (a file name, `stdin`, an upload's name). */
  source: string;
  /** The day of the check. */
  asOf: string;
  /** Whether the what-if calendar is used. */
  whatIf: boolean;
  /** Records after the first of the report (a worker thread's share): the JSON report puts a comma before each. */
  continued?: boolean;
}

/**
 * A report writer: `begin` once before the first outcome, `write` for each outcome in order,
 * `end` with the summary. It writes lines to a {@link LineSink}; nothing is collected.
 * @example
 * ```ts
 * // not run: needs a sink and a report context (checkStream builds both)
 * const w = reportWriter('ndjson', sink, ctx);
 * w.begin();
 * for (const o of checkMany(records)) w.write(o);
 * w.end(summary);
 * sink.flush();
 * ```
 */
export interface ReportWriter {
  begin(): void;
  write(outcome: RecordOutcome): void;
  end(summary: CheckSummary): void;
}

/**
 * Where report writers put their lines: whole lines, the line break added. `ByteSink` encodes
 * them into chunks of UTF-8 for a {@link ByteTarget}.
 * @example `const sink: LineSink = { line: (s) => lines.push(s) };`
 */
export interface LineSink {
  line(s: string): void;
}

/**
 * Where the bytes of a report go, with backpressure. `write` must use or copy the chunk before
 * it returns (the buffer is reused). `ready` returns a promise while the consumer is full (a
 * Node stream over its high-water mark, a `WritableStreamDefaultWriter` whose `desiredSize` is
 * not positive), `undefined` when it may take more; reading waits for it between input chunks.
 * @example
 * ```ts
 * const target: ByteTarget = {
 *   write: (b) => res.write(Buffer.from(b)),
 *   ready: () => (res.writableNeedDrain ? once(res, 'drain').then(() => {}) : undefined),
 * };
 * ```
 */
export interface ByteTarget {
  write(chunk: Uint8Array): void;
  ready?(): Promise<void> | undefined;
}
