/**
 * `vn-deadlines check <file>`: a batch of records (CSV, NDJSON or a JSON array) checked against
 * their deadlines, streamed: one result per record, in order, then a summary. Wired into
 * `run.ts` by the `commands` table.
 */
import { readSync, writeSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { extname } from 'node:path';
import { loadRules, shippedRules, type RuleSet } from '../../rules/registry.js';
import { RecordChecker } from '../../compliance/records.js';
import { readerOf, type Chunks, type InputFormat } from '../../compliance/read.js';
import { autoWorkers, canStartWorkers, checkInParallel, runWorker, workerSetup } from '../parallel.js';
import { CheckSummary, RECORD_STATUSES, reportWriter, type RecordStatus, type ReportFormat } from '../../compliance/report.js';
import { ByteSink } from '../../compliance/sink.js';
import { calendarFor, commonOptions, expectArgs, langOf, UsageError, type CliIo, type Command } from '../command.js';
import type { Lang } from '../format.js';
import { openReport, refuseOutIsInput, stdinStats, withSignals, type ReportFile } from '../output.js';

/**
 * A `CliIo` that can also take the report's bytes as they are (UTF-8, line breaks included):
 * faster than `out` for large reports, which then need no decoding and re-encoding. The CLI's
 * entry point may provide it (`(b) => process.stdout.write(b)`: each chunk is the caller's to
 * keep); without it `out` is used.
 */
export interface ByteIo extends CliIo {
  outBytes?: (chunk: Uint8Array) => void;
}

/** What `vn-deadlines check` was asked to do. */
export interface CheckRun {
  /** A path, or `-` for standard input. */
  file: string;
  format: InputFormat;
  report: ReportFormat;
  /** Write the report there instead of standard output. */
  out?: string;
  lang: Lang;
  /** Exit with 1 when a record has one of these statuses. */
  failOn: ReadonlySet<RecordStatus>;
  whatIfPending: boolean;
  includePending: boolean;
  /** Official year files (`--holidays`) loaded in place of the shipped or provisional years. */
  holidays?: string[];
  asOf?: string;
  rules: RuleSet;
  /** The rule files `rules` was loaded from (worker threads load them too). */
  rulePaths: string[];
  /** Worker threads for a large NDJSON file (0: one thread). Default: one per spare core for files of 16 MB or more. */
  workers?: number;
  /** Milliseconds between progress lines on a terminal (default 1000). */
  progressMs?: number;
  /** Standard input, for `-` (default `process.stdin`). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

const FORMATS: readonly InputFormat[] = ['csv', 'ndjson', 'json'];
const REPORTS: readonly ReportFormat[] = ['text', 'csv', 'ndjson', 'json'];
const EXT: Record<string, InputFormat> = { '.csv': 'csv', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.json': 'json' };

interface Input {
  chunks: Chunks;
  /** The file descriptor and size of a regular file; `undefined` for standard input. */
  fd?: number;
  size?: number;
  /** The input's stats (standard input's when it is a regular file), to refuse it as the output. */
  stats?: Stats;
  close: () => Promise<void>;
}

/** Opens the input, or says why it cannot (exit code 2 before anything is written). */
async function openInput(run: CheckRun): Promise<Input> {
  if (run.file === '-') return { chunks: run.stdin ?? process.stdin, stats: run.stdin === undefined ? stdinStats() : undefined, close: async () => {} };
  let fh: FileHandle;
  try {
    fh = await open(run.file, 'r');
  } catch (e) {
    throw new UsageError(`cannot read ${run.file}: ${(e as Error).message}`);
  }
  const st = await fh.stat();
  if (st.isDirectory()) {
    await fh.close();
    throw new UsageError(`cannot read ${run.file}: it is a directory`);
  }
  // 64 KB reads: larger ones cost memory (each chunk becomes a string) and gain nothing. The NDJSON
  // and JSON readers decode a chunk before asking for the next, so they share one buffer;
  // csv-parse may keep a chunk, so it gets a stream of fresh ones.
  const chunks = run.format === 'csv' ? fh.createReadStream({ highWaterMark: CHUNK, autoClose: false }) : reusedChunks(fh);
  return { chunks, fd: st.isFile() ? fh.fd : undefined, size: st.isFile() ? st.size : undefined, stats: st, close: () => fh.close() };
}

const CHUNK = 1 << 16;

/**
 * The file's bytes in chunks read into one reused buffer, each valid until the next is asked
 * for. Synchronous reads: a regular file answers at once, and the event loop has nothing else
 * to do meanwhile.
 */
function* reusedChunks(fh: FileHandle): Generator<Uint8Array> {
  const buf = Buffer.allocUnsafe(CHUNK);
  for (;;) {
    const n = readSync(fh.fd, buf, 0, CHUNK, null);
    if (n === 0) return;
    yield buf.subarray(0, n);
  }
}

/**
 * The chunks, each handed on once `pause` (when it returns a promise) has resolved. Every 16
 * chunks or so it lets the event loop turn: reading a file is synchronous, and a signal (Ctrl-C)
 * is only handled on a turn.
 */
async function* paced(chunks: Chunks, pause: () => Promise<void> | undefined): AsyncGenerator<Uint8Array | string> {
  let n = 0;
  for await (const chunk of chunks) {
    const p = pause();
    if (p !== undefined) await p;
    else if ((++n & 15) === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    yield chunk;
  }
}

/** Why a run checked nothing. */
type Nothing = 'empty' | 'header' | 'records' | 'binary';

/** An input that cannot be checked at all (exit code 2). */
class NothingChecked extends Error {
  constructor(
    readonly kind: Nothing,
    readonly offset = 0,
  ) {
    super(kind);
  }
}

/** What the first bytes of the input showed. */
interface Seen {
  bytes: number;
  /** Whether a byte other than a BOM, a space, a tab or a line break was seen. */
  content: boolean;
}

/** How far into the input a NUL byte makes it binary (as git and grep look). */
const SNIFF = 8192;

/**
 * Notes the bytes of the input as they pass: a NUL byte in the first 8 KB makes it a binary
 * file (or UTF-16 text), refused before any record; whether anything but blanks was seen.
 */
function inspect(bytes: Uint8Array, seen: Seen): void {
  const at = seen.bytes;
  if (at < SNIFF) {
    const nul = bytes.subarray(0, SNIFF - at).indexOf(0);
    if (nul >= 0) throw new NothingChecked('binary', at + nul);
  }
  if (!seen.content) {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      const bom = at + i < 3 && b === [0xef, 0xbb, 0xbf][at + i];
      if (!bom && b !== 32 && b !== 9 && b !== 10 && b !== 13) {
        seen.content = true;
        break;
      }
    }
  }
  seen.bytes = at + bytes.length;
}

/** The chunks, each inspected on its way. */
async function* inspected(chunks: AsyncIterable<Uint8Array | string>, seen: Seen): AsyncGenerator<Uint8Array | string> {
  const enc = new TextEncoder();
  for await (const chunk of chunks) {
    if (seen.bytes < SNIFF || !seen.content) inspect(typeof chunk === 'string' ? enc.encode(chunk) : chunk, seen);
    else seen.bytes += chunk.length;
    yield chunk;
  }
}

/** The message of an input that gave nothing to check. */
function nothingText(kind: Nothing, offset: number, source: string, lang: Lang): string {
  const vi = lang === 'vi';
  switch (kind) {
    case 'empty':
      return vi
        ? `${source} rỗng (0 byte, hoặc chỉ có BOM và dòng trống): không có bản ghi nào được kiểm tra (mã lỗi empty_input)`
        : `${source} is empty (0 bytes, or only a BOM and blank lines): nothing was checked (error code empty_input)`;
    case 'header':
      return vi
        ? `${source} chỉ có dòng tiêu đề, không có dòng dữ liệu nào: không có bản ghi nào được kiểm tra (mã lỗi header_only)`
        : `${source} has a header row and no data rows: nothing was checked (error code header_only)`;
    case 'binary':
      return vi
        ? `${source} có byte NUL ở vị trí ${offset}: đây là tệp nhị phân (hoặc văn bản UTF-16), không phải CSV/NDJSON/JSON UTF-8; không có bản ghi nào được kiểm tra — hãy lưu tệp dưới dạng CSV UTF-8 (mã lỗi binary_input)`
        : `${source} has a NUL byte at offset ${offset}: it is a binary file (or UTF-16 text), not UTF-8 CSV, NDJSON or JSON; nothing was checked — save it as CSV UTF-8 (error code binary_input)`;
    default:
      return vi
        ? `${source} không chứa bản ghi nào: không có bản ghi nào được kiểm tra (mã lỗi no_records)`
        : `${source} holds no record: nothing was checked (error code no_records)`;
  }
}

/**
 * Backpressure on standard output: `io.out` writes to `process.stdout`, whose writes to a pipe
 * are queued in memory, so reading waits while more than 1 MB is queued. (Writes to a file or a
 * terminal are synchronous and never queue; an `io` of a test never touches the stream.)
 */
function stdoutPause(): Promise<void> | undefined {
  const out = process.stdout;
  if (out.writableLength <= 1 << 20) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    out.on('drain', done).on('close', done).on('error', done);
  });
}

/**
 * Runs a batch check: reads, checks and reports record by record (memory stays flat), then
 * the summary. A large NDJSON file is checked on several cores when the CLI runs from its
 * bundle (`--workers`); the output is the same. With `out`, the report is written to a
 * temporary file renamed over `out` once complete: a failed or interrupted run (SIGINT,
 * SIGTERM, SIGHUP: exit 128 + the signal's number) leaves the previous report as it was.
 * Returns the exit code: 0 the run completed; 1 with `failOn` when a record has such a status;
 * 2 when the input cannot be read or holds no record (empty, a header alone, binary).
 * @throws UsageError for an input or an output that cannot be opened, or an output that is the input (before anything is written)
 * @example `await runCheck({ file: 'examples/publications.csv', format: 'csv', report: 'text', lang: 'vi', failOn: new Set(), whatIfPending: false, includePending: false, rules: shippedRules(), rulePaths: [] }, io)`
 */
export async function runCheck(run: CheckRun, io: CliIo): Promise<number> {
  const calendar = calendarFor(run.includePending, run.holidays ?? []);
  const checker = new RecordChecker({ calendar, rules: run.rules, asOf: run.asOf, whatIf: run.whatIfPending ? 'pending' : undefined }, 'check');
  const input = await openInput(run);
  let report: ReportFile | undefined;
  if (run.out !== undefined) {
    try {
      refuseOutIsInput(run.out, run.file, input.stats, run.lang);
      report = openReport(run.out);
    } catch (e) {
      await input.close();
      throw e;
    }
  }
  const file = report;
  try {
    const code = file === undefined ? await checkTo(run, io, checker, input, undefined) : await withSignals(() => file.abort(), () => checkTo(run, io, checker, input, file));
    if (code === 2) file?.abort();
    else file?.commit();
    return code;
  } finally {
    file?.abort();
  }
}

/** The run itself, the report going to `file` (else to `io`). */
async function checkTo(run: CheckRun, io: CliIo, checker: RecordChecker, input: Input, file: ReportFile | undefined): Promise<number> {
  const outFd = file?.fd;
  // To a file: the bytes. To an io that takes bytes (outBytes): the bytes. To io.out (text, which
  // adds a line break): the text without its last one; ignoreBOM keeps the CSV report's BOM.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const outBytes = (io as ByteIo).outBytes;
  const emit =
    outFd !== undefined
      ? (b: Uint8Array) => void writeSync(outFd, b)
      : outBytes !== undefined
        ? (b: Uint8Array) => outBytes(new Uint8Array(b)) // a copy: the sink reuses its buffer, a stream may keep the chunk
        : (b: Uint8Array) => io.out(decoder.decode(b.subarray(0, b.length - 1)));
  const sink = new ByteSink(emit);
  const pause = outFd === undefined ? stdoutPause : () => undefined;
  const source = run.file === '-' ? 'stdin' : run.file;
  const writer = reportWriter(run.report, sink, { lang: run.lang, source, asOf: checker.asOf, whatIf: run.whatIfPending });
  let summary = new CheckSummary();
  // The report starts with the first record: an input with none writes nothing.
  let started = false;
  const start = () => {
    if (!started) writer.start();
    started = true;
  };

  // Progress, on a terminal only: a line every second or so.
  const progressMs = run.progressMs ?? 1000;
  const tty = io.errIsTTY ?? process.stderr.isTTY === true;
  const began = Date.now();
  let nextProgress = began + progressMs;
  let done = 0;
  const progress = () => {
    const now = Date.now();
    if (now < nextProgress) return;
    nextProgress = now + progressMs;
    const rate = Math.round((done / Math.max(1, now - began)) * 1000);
    io.err(
      run.lang === 'vi'
        ? `vn-deadlines check: đã kiểm tra ${done.toLocaleString('vi-VN')} bản ghi (${rate.toLocaleString('vi-VN')}/giây)…`
        : `vn-deadlines check: ${done.toLocaleString('en-US')} records checked (${rate.toLocaleString('en-US')}/s)…`,
    );
  };

  const workers =
    run.format === 'ndjson' && input.fd !== undefined && canStartWorkers() ? (run.workers ?? autoWorkers(input.size ?? 0)) : 0;
  const seen: Seen = { bytes: 0, content: false };
  let code = 0;
  try {
    if (workers > 0) {
      // The first bytes, read where they are (the workers' reads go on from the file's position).
      const head = Buffer.alloc(Math.min(SNIFF, input.size ?? SNIFF));
      inspect(head.subarray(0, readSync(input.fd!, head, 0, head.length, 0)), seen);
      seen.bytes = input.size ?? seen.bytes;
      if (!seen.content && seen.bytes <= SNIFF) throw new NothingChecked('empty');
      start();
      sink.flush();
      let first = run.report === 'json';
      summary = await checkInParallel(
        input.fd!,
        { report: run.report, lang: run.lang, whatIfPending: run.whatIfPending, includePending: run.includePending, holidays: run.holidays ?? [], asOf: checker.asOf, rules: run.rulePaths, source },
        workers,
        (chunk) => {
          // The JSON report's first record has no comma before it; each worker's share starts with one.
          if (first && chunk.length) {
            chunk = chunk[0] === 44 ? chunk.subarray(1) : chunk;
            first = false;
          }
          if (chunk.length) emit(chunk);
        },
        (n) => {
          done += n;
          if (tty) progress();
        },
        pause,
      );
      if (summary.records === 0 && seen.bytes > SNIFF) seen.content = true; // blanks beyond the first bytes: not "empty"
    } else {
      const take = (o: ReturnType<RecordChecker['check']>) => {
        start();
        summary.add(o);
        writer.record(o);
        if (tty && (++done & 4095) === 0) {
          sink.flush();
          progress();
        }
      };
      await readerOf(run.format)(inspected(paced(input.chunks, pause), seen), {
        record: (value, line) => take(checker.check(value, line)),
        bad: (line, error) => take(checker.fail(line, error)),
      });
    }
    if (summary.records === 0) throw new NothingChecked(!seen.content ? 'empty' : run.format === 'csv' ? 'header' : 'records');
  } catch (e) {
    if (e instanceof NothingChecked) {
      // Nothing to report: a clear line on stderr, and no summary of 0 records that would read as a run.
      io.err(`vn-deadlines check: ${nothingText(e.kind, e.offset, run.file === '-' ? (run.lang === 'vi' ? 'đầu vào chuẩn' : 'standard input') : run.file, run.lang)}`);
      return 2;
    }
    if (!(e instanceof Error) || !('code' in e || e.name === 'VnDeadlinesError')) throw e;
    sink.flush();
    io.err(`vn-deadlines check: cannot read ${run.file === '-' ? 'standard input' : run.file}: ${e.message}`);
    code = 2;
  } finally {
    await input.close();
  }
  if (code === 0) writer.end(summary);
  if (run.report === 'text' && code === 0) {
    sink.line('');
    sink.line(summary.toText(run.lang, run.whatIfPending));
  }
  sink.flush();
  if (run.report !== 'json' && (run.report !== 'text' || run.out !== undefined || code !== 0)) io.err(summary.toText(run.lang, run.whatIfPending));
  if (code !== 0) return code;
  const byStatus = summary.byStatus;
  return [...run.failOn].some((s) => byStatus[s] > 0) ? 1 : 0;
}

function workersOf(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{1,2}$/.test(value)) throw new UsageError(`--workers must be a whole number from 0 to 99, got ${JSON.stringify(value)}`);
  return Number(value);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UsageError(`${option} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  return value as T;
}

/**
 * The options of `vn-deadlines check` as a {@link CheckRun}.
 * @throws UsageError for a value out of its list, an input whose format cannot be told, or options that exclude each other
 * @example `checkRunOf(['examples/records.ndjson'], { report: 'json' })`
 */
export function checkRunOf(positionals: string[], values: Record<string, unknown>, usage: string): CheckRun {
  expectArgs(positionals, 1, usage);
  const file = positionals[0];
  let format = oneOf(values.format, FORMATS, '--format');
  if (format === undefined) {
    format = EXT[extname(file).toLowerCase()];
    if (format === undefined) throw new UsageError(`cannot tell the format of ${file === '-' ? 'standard input' : file} from its name; give --format csv, ndjson or json`);
  }
  let report = oneOf(values.report, REPORTS, '--report');
  if (values.json) {
    if (report !== undefined && report !== 'json') throw new UsageError(`--json asks for --report json, but --report is ${report}`);
    report = 'json';
  }
  const failOn = new Set<RecordStatus>();
  for (const list of (values['fail-on'] as string[] | undefined) ?? []) {
    for (const s of list.split(',').map((x) => x.trim()).filter(Boolean)) {
      if (!RECORD_STATUSES.includes(s as RecordStatus)) throw new UsageError(`--fail-on takes statuses among ${RECORD_STATUSES.join(', ')}, got ${JSON.stringify(s)}`);
      failOn.add(s as RecordStatus);
    }
  }
  const whatIfPending = values['what-if-pending'] === true;
  const includePending = values['include-pending'] === true;
  if (whatIfPending && includePending) throw new UsageError('--what-if-pending compares with the pending days off applied; with --include-pending they already are: give one of the two');
  const paths = (values.rules as string[] | undefined) ?? [];
  return {
    file,
    format,
    report: report ?? 'text',
    out: values.out as string | undefined,
    lang: langOf(values),
    failOn,
    whatIfPending,
    includePending,
    holidays: (values.holidays as string[] | undefined) ?? [],
    asOf: values['as-of'] as string | undefined,
    rules: paths.length ? loadRules(paths) : shippedRules(),
    rulePaths: paths,
    workers: workersOf(values.workers),
  };
}

const USAGE =
  'vn-deadlines check <file> [--format csv|ndjson|json] [--report text|csv|ndjson|json] [--out file] [--lang vi|en]\n' +
  '                   [--fail-on late,overdue] [--what-if-pending] [--as-of YYYY-MM-DD] [--include-pending] [--holidays year.json …] [--rules file.json …] [--workers n]\n' +
  '  Checks a file of records against their deadlines: one result per record, in order, then a summary.\n' +
  '  Input (--format, else from the extension; <file> - reads standard input): one record per CSV row or NDJSON line, with\n' +
  '    rule     a rule id; several rules for the same act separated by | (one verdict each)\n' +
  "    actual   the day the act was done, YYYY-MM-DD or an ISO timestamp with offset (taken in UTC+7); empty: not done\n" +
  '    id       optional, your reference, carried to the output;  title  optional, shown in the text and CSV reports\n' +
  "    …        the rule's facts by name (vn-deadlines rules lists them), e.g. ministryDecisionDate, effectiveDate, effectiveOnSigning\n" +
  '  Report (--report, default text): text for people; csv; ndjson, one object per record with line, id, status, due,\n' +
  '    workingDaysLate (and error for a bad record); json, { results, summary }. The summary goes to stderr (inside json).\n' +
  '  --as-of: the day of the check for acts not done yet (default: today in Vietnam). --what-if-pending: also report the\n' +
  '    records whose verdict, due day or delay would change if the pending days off (24/11/2026) became law.\n' +
  '  --workers n: worker threads for an NDJSON file (default: one per spare core from 16 MB; 0: one thread); same output.\n' +
  '  --out file: the report is written whole or not at all (a failed or interrupted run leaves the old file as it was);\n' +
  '    it must not be the input.\n' +
  '  Exit code: 0 the run completed (bad records are results); 1 with --fail-on when a record has such a status;\n' +
  '    2 unusable arguments, an unreadable file, or nothing to check (an empty file, a header alone, a binary file);\n' +
  '    130 interrupted (Ctrl-C).\n' +
  '  Example: vn-deadlines check examples/publications.csv --as-of 2025-03-31';

/**
 * The `check` command, for `run.ts`'s command table.
 * @example `const commands = { ...builtIn, ...ruleCommands, ...checkCommands };`
 */
export const checkCommands: Record<string, Command> = {
  check: {
    usage: USAGE,
    options: {
      ...commonOptions,
      format: { type: 'string' },
      report: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'fail-on': { type: 'string', multiple: true },
      'what-if-pending': { type: 'boolean' },
      'as-of': { type: 'string' },
      rules: { type: 'string', multiple: true },
      workers: { type: 'string' },
    },
    run(pos, values, io) {
      // A worker thread started by checkInParallel runs this same CLI: it checks what it is sent.
      const setup = workerSetup();
      if (setup !== undefined) return runWorker(setup);
      return runCheck(checkRunOf(pos, values, USAGE), io);
    },
  },
};
