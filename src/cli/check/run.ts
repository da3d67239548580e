/**
 * The run of `vn-deadlines check` once its input and output are open: records read, checked and
 * reported one by one (or by worker threads for a large NDJSON file), then the summary and the
 * exit code.
 */
import { cliErrorText } from '../error-text.js';
import { say } from '../../core/catalogue.js';
import { CLI_TEXT } from '../messages.js';
import type { RecordChecker, RecordOutcome } from '../../compliance/records.js';
import { CheckSummary } from '../../compliance/summary.js';
import type { CliIo } from '../command.js';
import type { ReportFile } from '../../io/node/atomic-file.js';
import { BatchChecker } from '../../io/node/batch-checker.js';
import { runInParallel } from '../../io/node/pool.js';
import { stdoutPause } from '../../io/node/stdout.js';
import { paced } from '../../io/pace.js';
import { readerOf } from '../../io/read.js';
import { reportWriter } from '../../io/report.js';
import { ByteSink } from '../../io/sink.js';
import type { ReportFormat, ReportWriter } from '../../io/types.js';
import { xlsxReportToFile } from '../../io/node/xlsx-report.js';
import { readXlsxStream } from '../../io/node/xlsx-read.js';

/**
 * Workbooks from this size are read streaming (exceljs's WorkbookReader: flat memory); smaller
 * ones whole. The streaming reader depends on the order of the parts in the file: when a sheet
 * comes before the workbook part (exceljs itself writes them in either order, by timing), it
 * fails with "reading 'sheets'", and it spills sheets that come before the shared strings to
 * temporary files. Registers of this size never meet either; Excel's own files put the workbook
 * part first.
 */
const STREAM_XLSX_FROM = 16 * 1024 * 1024;
import type { XlsxReport } from '../../io/xlsx/report.js';
import type { CheckRun } from '../commands/check.js';
import { emitterOf } from '../report-file.js';
import type { Input } from './input.js';
import { inspected, NothingChecked, nothingText, SNIFF, type Seen } from './nothing.js';
import { inspectHead, threadChunks, workersFor } from './parallel.js';
import { Progress } from './progress.js';

/** One run: what it reads, where its report goes, and what it has counted. */
interface Run {
  run: CheckRun;
  io: CliIo;
  checker: RecordChecker;
  input: Input;
  emit: (b: Uint8Array) => void;
  sink: ByteSink;
  pause: () => Promise<void> | undefined;
  writer: ReportWriter;
  /** The Excel report (`--report xlsx`), streamed to the `--out` file; `writer` then writes nothing. */
  xlsx: XlsxReport | undefined;
  source: string;
  summary: CheckSummary;
  /** The report starts with the first record: an input with none writes nothing. */
  started: boolean;
  progress: Progress;
  seen: Seen;
}

/** The line writer of an Excel report: it writes no lines. */
const NO_LINES: ReportWriter = { begin() {}, write() {}, end() {} };

function start(r: Run): void {
  if (!r.started) r.writer.begin();
  r.started = true;
}

/** A record's `unit` (for the Excel report's summary by unit), or `null`. */
function unitOf(value: unknown): string | null {
  const u = typeof value === 'object' && value !== null ? (value as { unit?: unknown }).unit : undefined;
  const s = typeof u === 'string' ? u.trim() : typeof u === 'number' ? String(u) : '';
  return s === '' ? null : s;
}

/** One thread: the reader's records checked and reported as they come. */
async function checkHere(r: Run): Promise<void> {
  const { run } = r;
  const take = (o: RecordOutcome, value?: unknown) => {
    start(r);
    r.summary.add(o);
    if (r.xlsx !== undefined) r.xlsx.write(o, unitOf(value));
    else r.writer.write(o);
    if (r.progress.tty && (++r.progress.done & 4095) === 0) {
      r.sink.flush();
      r.progress.tick();
    }
  };
  const chunks = paced(r.input.chunks, r.pause);
  // A workbook is a zip archive (binary by nature): not inspected; an empty file is not a workbook.
  if (run.format === 'xlsx') r.seen.content = true;
  // A large Excel file is read streaming (flat memory), a smaller one whole (see STREAM_XLSX_FROM).
  const reader = run.format === 'xlsx' && (r.input.size ?? Infinity) > STREAM_XLSX_FROM ? readXlsxStream : readerOf(run.format);
  await reader(
    run.format === 'xlsx' ? chunks : inspected(chunks, r.seen),
    {
      record: (value, line) => take(r.checker.check(value, line), value),
      bad: (line, error) => take(r.checker.fail(line, error)),
    },
    { columns: run.columns, sheet: run.sheet, lang: run.lang },
  );
}

/** Worker threads for a regular NDJSON file; the first bytes inspected where they are (the workers' reads go on from the file's position). */
async function checkOnWorkers(r: Run, workers: number): Promise<void> {
  const { run, input, seen } = r;
  inspectHead(input, seen);
  start(r);
  r.sink.flush();
  const setup = {
    kind: 'check' as const,
    report: run.report as ReportFormat, // never xlsx: an Excel report is written on one thread
    lang: run.lang,
    whatIfPending: run.whatIfPending,
    includePending: run.includePending,
    officialYears: run.officialYears ?? [],
    asOf: r.checker.asOf,
    rules: run.rulePaths,
    source: r.source,
  };
  const write = threadChunks(r.emit, run.report === 'json');
  const onRecords = (n: number) => {
    r.progress.done += n;
    if (r.progress.tty) r.progress.tick();
  };
  const local = new BatchChecker(setup);
  for (const s of await runInParallel(input.fd!, setup, local, workers, write, onRecords, r.pause)) local.summary.absorb(s);
  r.summary = local.summary;
  if (r.summary.records === 0 && seen.bytes > SNIFF) seen.content = true; // blanks beyond the first bytes: not "empty"
}

/** Reads and checks the whole input. Returns 0, or 2 when the input cannot be read or holds no record. */
async function checkAll(r: Run): Promise<number> {
  const { run, io, input } = r;
  const workers = run.report === 'xlsx' ? 0 : workersFor(run.format, input, run.workers);
  try {
    if (workers > 0) await checkOnWorkers(r, workers);
    else await checkHere(r);
    if (r.summary.records === 0) throw new NothingChecked(!r.seen.content ? 'empty' : run.format === 'csv' || run.format === 'xlsx' ? 'header' : 'records');
    return 0;
  } catch (e) {
    if (e instanceof NothingChecked) {
      // Nothing to report: a clear line on stderr, and no summary of 0 records that would read as a run.
      const name = run.file === '-' ? say(CLI_TEXT, run.lang, 'stdin') : run.file;
      io.err(`vn-deadlines check: ${nothingText(e.kind, e.offset, name, run.lang)}`);
      return -2;
    }
    if (!(e instanceof Error) || !('code' in e || e.name === 'VnDeadlinesError')) throw e;
    r.sink.flush();
    const file = run.file === '-' ? say(CLI_TEXT, run.lang, 'stdin') : run.file;
    const why = cliErrorText(e, run.lang); // a library error in words, any other error's message
    io.err(`vn-deadlines check: ${say(CLI_TEXT, run.lang, 'cannotRead', { lead: '', file, why })}`);
    return 2;
  } finally {
    await input.close();
  }
}

/** The end of the report and the summary (on stdout in the text report, on stderr otherwise); the exit code. */
function finish(r: Run, code: number): number {
  const { run, sink, summary } = r;
  if (code === 0) r.writer.end(summary);
  if (run.report === 'text' && code === 0) {
    sink.line('');
    sink.line(summary.toText(run.lang, run.whatIfPending));
  }
  sink.flush();
  if (run.report !== 'json' && (run.report !== 'text' || run.out !== undefined || code !== 0)) r.io.err(summary.toText(run.lang, run.whatIfPending));
  if (code !== 0) return code;
  const byStatus = summary.byStatus;
  return [...run.failOn].some((s) => byStatus[s] > 0) ? 1 : 0;
}

/**
 * The run itself, the report going to `file` (else to `io`). Returns the exit code: 0, 1 (a
 * record with a `failOn` status), 2 (the input cannot be read or holds no record).
 * @internal
 */
export async function checkTo(run: CheckRun, io: CliIo, checker: RecordChecker, input: Input, file: ReportFile | undefined): Promise<number> {
  const emit = emitterOf(io, file);
  const sink = new ByteSink(emit);
  const source = run.file === '-' ? 'stdin' : run.file;
  const ctx = { lang: run.lang, source, asOf: checker.asOf, whatIf: run.whatIfPending };
  const writer = run.report === 'xlsx' ? NO_LINES : reportWriter(run.report, sink, ctx);
  // --report xlsx has an --out file (checked by runCheck).
  const xlsx = run.report === 'xlsx' && file !== undefined ? await xlsxReportToFile(file.fd, ctx) : undefined;
  const tty = io.errIsTTY ?? process.stderr.isTTY === true;
  const r: Run = {
    ...{ run, io, checker, input, emit, sink, writer, xlsx, source },
    pause: file === undefined ? stdoutPause : () => undefined,
    summary: new CheckSummary(),
    started: false,
    progress: new Progress(tty, io, run.lang, run.progressMs ?? 1000),
    seen: { bytes: 0, content: false },
  };
  const code = await checkAll(r);
  // Nothing checked: no report and no summary at all.
  if (code === -2) return 2;
  if (code === 0) await xlsx?.end(r.summary);
  return finish(r, code);
}
