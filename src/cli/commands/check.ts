/**
 * `vn-deadlines check <file>`: a batch of records (CSV, NDJSON or a JSON array) checked against
 * their deadlines, streamed: one result per record, in order, then a summary. Wired into
 * `run.ts` by the `commands` table.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
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
  close: () => Promise<void>;
}

/** Opens the input, or says why it cannot (exit code 2 before anything is written). */
async function openInput(run: CheckRun): Promise<Input> {
  if (run.file === '-') return { chunks: run.stdin ?? process.stdin, close: async () => {} };
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
  return { chunks, fd: st.isFile() ? fh.fd : undefined, size: st.isFile() ? st.size : undefined, close: () => fh.close() };
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

/** The chunks, each handed on once `pause` (when it returns a promise) has resolved. */
async function* paced(chunks: Chunks, pause: () => Promise<void> | undefined): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of chunks) {
    const p = pause();
    if (p !== undefined) await p;
    yield chunk;
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
 * bundle (`--workers`); the output is the same. Returns the exit code: 0 the run completed; 1
 * with `failOn` when a record has such a status; 2 when the input cannot be read.
 * @throws UsageError for an input or an output that cannot be opened (before anything is written)
 * @example `await runCheck({ file: 'examples/publications.csv', format: 'csv', report: 'text', lang: 'vi', failOn: new Set(), whatIfPending: false, includePending: false, rules: shippedRules(), rulePaths: [] }, io)`
 */
export async function runCheck(run: CheckRun, io: CliIo): Promise<number> {
  const calendar = calendarFor(run.includePending, run.holidays ?? []);
  const checker = new RecordChecker({ calendar, rules: run.rules, asOf: run.asOf, whatIf: run.whatIfPending ? 'pending' : undefined }, 'check');
  const input = await openInput(run);
  let outFd: number | undefined;
  if (run.out !== undefined) {
    try {
      outFd = openSync(run.out, 'w');
    } catch (e) {
      await input.close();
      throw new UsageError(`cannot write ${run.out}: ${(e as Error).message}`);
    }
  }
  // To a file: the bytes. To an io that takes bytes (outBytes): the bytes. To io.out (text, which
  // adds a line break): the text without its last one; ignoreBOM keeps the CSV report's BOM.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const outBytes = (io as ByteIo).outBytes;
  const emit =
    outFd !== undefined
      ? (b: Uint8Array) => void writeSync(outFd!, b)
      : outBytes !== undefined
        ? (b: Uint8Array) => outBytes(new Uint8Array(b)) // a copy: the sink reuses its buffer, a stream may keep the chunk
        : (b: Uint8Array) => io.out(decoder.decode(b.subarray(0, b.length - 1)));
  const sink = new ByteSink(emit);
  const pause = outFd === undefined ? stdoutPause : () => undefined;
  const source = run.file === '-' ? 'stdin' : run.file;
  const writer = reportWriter(run.report, sink, { lang: run.lang, source, asOf: checker.asOf, whatIf: run.whatIfPending });
  let summary = new CheckSummary();

  // Progress, on a terminal only: a line every second or so.
  const progressMs = run.progressMs ?? 1000;
  const tty = io.errIsTTY ?? process.stderr.isTTY === true;
  const started = Date.now();
  let nextProgress = started + progressMs;
  let done = 0;
  const progress = () => {
    const now = Date.now();
    if (now < nextProgress) return;
    nextProgress = now + progressMs;
    const rate = Math.round((done / Math.max(1, now - started)) * 1000);
    io.err(
      run.lang === 'vi'
        ? `vn-deadlines check: đã kiểm tra ${done.toLocaleString('vi-VN')} bản ghi (${rate.toLocaleString('vi-VN')}/giây)…`
        : `vn-deadlines check: ${done.toLocaleString('en-US')} records checked (${rate.toLocaleString('en-US')}/s)…`,
    );
  };

  const workers =
    run.format === 'ndjson' && input.fd !== undefined && canStartWorkers() ? (run.workers ?? autoWorkers(input.size ?? 0)) : 0;
  writer.start();
  let code = 0;
  try {
    if (workers > 0) {
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
    } else {
      const take = (o: ReturnType<RecordChecker['check']>) => {
        summary.add(o);
        writer.record(o);
        if (tty && (++done & 4095) === 0) {
          sink.flush();
          progress();
        }
      };
      await readerOf(run.format)(paced(input.chunks, pause), {
        record: (value, line) => take(checker.check(value, line)),
        bad: (line, error) => take(checker.fail(line, error)),
      });
    }
  } catch (e) {
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
  if (outFd !== undefined) closeSync(outFd);
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
  '  Exit code: 0 the run completed (bad records are results); 1 with --fail-on when a record has such a status;\n' +
  '    2 unusable arguments or an unreadable file.\n' +
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
