/**
 * `vn-deadlines dossiers <register>`: a one-stop register (CSV or NDJSON; XLSX once the io layer
 * reads it) checked dossier by dossier — appointment, status, delay — with the on-time table of a
 * reporting period. The same exit codes, reports and guarantees as `check`: every line gives a
 * result or an error, in order; `--out` is written whole or not at all.
 */
import { extname } from 'node:path';
import { DossierChecker, type DossierOutcome } from '../../dossier/batch.js';
import { reportingPeriod } from '../../dossier/summary.js';
import { DossierTally } from '../../dossier/tally.js';
import { parseOfficeHours, type OfficeHours } from '../../dossier/office-hours.js';
import { parseProcedure, type Procedure } from '../../dossier/profile.js';
import { messages } from '../../dossier/messages.js';
import type { InputFormat, ReportFormat } from '../../io/types.js';
import type { ReportFile } from '../../io/node/atomic-file.js';
import { stdoutPause } from '../../io/node/stdout.js';
import { paced } from '../../io/pace.js';
import { INPUT_EXTENSIONS, readerOf } from '../../io/read.js';
import { ByteSink } from '../../io/sink.js';
import { dossierReportWriter, type DossierReportWriter } from '../../io/dossier-report.js';
import { DossierBatches, type DossierSetup } from '../../io/node/dossier-batches.js';
import { runInParallel } from '../../io/node/pool.js';
import { calendarWith } from '../../io/node/setup.js';
import type { HolidayYear } from '../../holidays/schema.js';
import { commonOptions, expectArgs, langOf, oneOf, readHolidayYear, readJsonFile, usageError, UsageError, type CliIo, type Command } from '../command.js';
import type { Lang } from '../format.js';
import { openInput, type Input } from '../check/input.js';
import { inspected, NothingChecked, nothingText, SNIFF, type Seen } from '../check/nothing.js';
import { inspectHead, threadChunks, workersFor, workersOf } from '../check/parallel.js';
import { emitterOf, withReportFile } from '../report-file.js';
import { say } from '../../core/catalogue.js';
import { printableLines } from '../../core/escape.js';
import { CLI_TEXT } from '../messages.js';
import { parseColumns, type ColumnMap } from '../../io/columns.js';
import { messages as xlsxMessages } from '../../io/xlsx/messages.js';

/** What `vn-deadlines dossiers` was asked to do. */
interface DossiersRun {
  file: string;
  format: InputFormat;
  /** CSV and Excel: the register's column names mapped to fields; Excel: the worksheet. */
  columns?: ColumnMap;
  sheet?: string;
  report: ReportFormat;
  out?: string;
  lang: Lang;
  /** The on-time table of this period (`2025-Q1`, `2025-03`, `2025-H1`, `2025`). */
  period?: string;
  asOf?: string;
  failOn: ReadonlySet<string>;
  includePending: boolean;
  /** Official years (`--holidays` files, read once). */
  officialYears?: readonly HolidayYear[];
  procedures: ReadonlyMap<string, Procedure>;
  officeHours?: OfficeHours;
  /** Worker threads for an NDJSON file (default: one per spare core from 16 MB). */
  workers?: number;
  stdin?: AsyncIterable<Uint8Array | string>;
}

// The formats src/io reads, by extension: XLSX joins by its entry in INPUT_EXTENSIONS (and readerOf).
const EXT = INPUT_EXTENSIONS;
const FORMATS: readonly InputFormat[] = [...new Set(Object.values(EXT))];
const REPORTS: readonly ReportFormat[] = ['text', 'csv', 'ndjson', 'json'];
const STATUSES = ['early', 'onTime', 'late', 'open', 'overdue', 'suspended', 'stopped', 'error'] as const;

/** One run's output: where its report goes and what it has counted. */
interface Out {
  emit: (chunk: Uint8Array) => void;
  sink: ByteSink;
  writer: DossierReportWriter;
  pause: () => Promise<void> | undefined;
  seen: Seen;
}

/** One thread: the reader's dossiers checked and reported as they come. */
async function dossiersHere(run: DossiersRun, checker: DossierChecker, input: Input, out: Out): Promise<DossierTally> {
  const tally = new DossierTally(run.period);
  const take = (o: DossierOutcome) => {
    if (tally.records === 0) out.writer.begin();
    tally.add(o);
    out.writer.write(o);
  };
  const chunks = paced(input.chunks, out.pause);
  if (run.format === 'xlsx') out.seen.content = true;
  await readerOf(run.format)(
    run.format === 'xlsx' ? chunks : inspected(chunks, out.seen),
    { record: (value, line) => take(checker.check(value, line)), bad: (line, error) => take(checker.fail(line, error)) },
    { columns: run.columns, sheet: run.sheet, lang: run.lang, key: 'procedure' },
  );
  return tally;
}

/** Worker threads for a regular NDJSON file: the same report, in the same order, and the tallies of all threads added up. */
async function dossiersOnWorkers(run: DossiersRun, checker: DossierChecker, input: Input, out: Out, workers: number): Promise<DossierTally> {
  inspectHead(input, out.seen);
  out.writer.begin();
  out.sink.flush();
  const setup: DossierSetup = {
    kind: 'dossiers',
    report: run.report,
    lang: run.lang,
    period: run.period,
    asOf: checker.asOf,
    includePending: run.includePending,
    officialYears: run.officialYears ?? [],
    officeHours: run.officeHours?.data,
    procedures: [...run.procedures.values()],
  };
  const local = new DossierBatches(setup);
  const write = threadChunks(out.emit, run.report === 'json');
  for (const t of await runInParallel(input.fd!, setup, local, workers, write, () => {}, out.pause)) local.tally.absorb(t);
  if (local.tally.records === 0 && out.seen.bytes > SNIFF) out.seen.content = true; // blanks beyond the first bytes: not "empty"
  return local.tally;
}

/** Reads and reports the register; 0, or 2 when it cannot be read or holds no dossier. */
async function dossiersTo(run: DossiersRun, io: CliIo, checker: DossierChecker, input: Input, file: ReportFile | undefined): Promise<number> {
  const emit = emitterOf(io, file);
  const sink = new ByteSink(emit);
  let tally: DossierTally | undefined;
  const writer = dossierReportWriter(run.report, sink, run.lang, () => tally!.summary!.toText(run.lang));
  const out: Out = { emit, sink, writer, pause: file === undefined ? stdoutPause : () => undefined, seen: { bytes: 0, content: false } };
  const name = run.file === '-' ? say(CLI_TEXT, run.lang, 'stdin') : run.file;
  try {
    const workers = workersFor(run.format, input, run.workers);
    tally = workers > 0 ? await dossiersOnWorkers(run, checker, input, out, workers) : await dossiersHere(run, checker, input, out);
    if (tally.records === 0) throw new NothingChecked(!out.seen.content ? 'empty' : run.format === 'csv' ? 'header' : 'records');
  } catch (e) {
    sink.flush();
    if (e instanceof NothingChecked) return (io.err(`vn-deadlines dossiers: ${nothingText(e.kind, e.offset, name, run.lang)}`), 2);
    if (!(e instanceof Error) || !('code' in e || e.name === 'VnDeadlinesError')) throw e;
    return (io.err(`vn-deadlines dossiers: ${say(CLI_TEXT, run.lang, 'cannotRead', { lead: '', file: name, why: e.message })}`), 2);
  } finally {
    await input.close();
  }
  return finish(run, io, out, tally);
}

/** The end of the report, the counts (and the table) on stderr or at the end of the text report; the exit code. */
function finish(run: DossiersRun, io: CliIo, out: Out, tally: DossierTally): number {
  const { sink, writer } = out;
  const summary = tally.summary;
  writer.end(summary?.toJSON() ?? null);
  const line = `${messages[run.lang].records(tally.records, tally.count('error'))} ${STATUSES.map((s) => `${messages[run.lang].countLabel(s)}: ${tally.count(s)}`).join(', ')}`;
  if (run.report === 'text') sink.line('\n' + line);
  sink.flush();
  if (run.report !== 'json' && (run.report !== 'text' || run.out !== undefined))
    io.err(summary === null ? line : `${line}\n${printableLines(summary.toText(run.lang))}`);
  return [...run.failOn].some((s) => tally.count(s) > 0) ? 1 : 0;
}

/**
 * Runs `vn-deadlines dossiers`. Returns the exit code: 0 the run completed; 1 with `failOn` when a
 * dossier has such a status; 2 when the input cannot be read or holds no dossier.
 * @throws UsageError for an input or output that cannot be opened, or an output that is the input
 * @example
 * ```ts
 * // not run: writes to the io of a CLI run (test/dossier/cli.test.ts runs it)
 * await runDossiers({ file: 'examples/dossiers.csv', format: 'csv', report: 'text', lang: 'vi', failOn: new Set(), includePending: false, procedures: new Map() }, io);
 * ```
 */
async function runDossiers(run: DossiersRun, io: CliIo): Promise<number> {
  const calendar = calendarWith(run.includePending, run.officialYears ?? []);
  // By default, the state at the end of the period's last day of data (a day as asOf is its end).
  const asOf = run.asOf ?? (run.period === undefined ? undefined : reportingPeriod(run.period).to);
  const checker = new DossierChecker({ asOf, calendar, officeHours: run.officeHours, procedures: run.procedures });
  const input = await openInput(run.file, run.format, run.stdin);
  return withReportFile(run.out, run.file, run.lang, input, (report) => dossiersTo(run, io, checker, input, report));
}

function runOf(positionals: string[], values: Record<string, unknown>, usage: string): DossiersRun {
  expectArgs(positionals, 1, usage);
  const file = positionals[0];
  const format = oneOf(values.format, FORMATS, '--format') ?? EXT[extname(file).toLowerCase()];
  if (format === undefined) throw file === '-' ? usageError('formatOfStdin') : usageError('formatOf', { file });
  const period = values.period as string | undefined;
  if ((values.summary === true) !== (period !== undefined)) throw usageError('summaryPeriod');
  if (period !== undefined && !/^\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/.test(period)) throw usageError('period', { value: JSON.stringify(period) });
  const failOn = new Set(
    ((values['fail-on'] as string[] | undefined) ?? []).flatMap((l) =>
      l
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  );
  for (const s of failOn)
    if (!(STATUSES as readonly string[]).includes(s)) throw usageError('failOn', { allowed: STATUSES.join(', '), value: JSON.stringify(s) });
  const procedures = new Map<string, Procedure>();
  for (const f of (values.procedures as string[] | undefined) ?? []) {
    const p = parseProcedure(readJsonFile(f, '--procedures'), f);
    procedures.set(p.id, p);
  }
  const hours = values['office-hours'] as string | undefined;
  const lang = langOf(values);
  const columns = values.columns === undefined ? undefined : parseColumns(values.columns as string[], lang);
  if (columns !== undefined && format !== 'csv' && format !== 'xlsx') throw new UsageError(xlsxMessages[lang].columnsOnly, 'invalid_argument');
  if (values.sheet !== undefined && format !== 'xlsx') throw new UsageError(xlsxMessages[lang].sheetOnly, 'invalid_argument');
  return {
    file,
    format,
    columns,
    sheet: values.sheet as string | undefined,
    report: oneOf(values.report, REPORTS, '--report') ?? (values.json ? 'json' : 'text'),
    out: values.out as string | undefined,
    lang: langOf(values),
    period,
    asOf: values['as-of'] as string | undefined,
    failOn,
    includePending: values['include-pending'] === true,
    officialYears: ((values.holidays as string[] | undefined) ?? []).map(readHolidayYear),
    procedures,
    officeHours: hours === undefined ? undefined : parseOfficeHours(readJsonFile(hours, '--office-hours'), hours),
    workers: workersOf(values.workers),
  };
}

const USAGE =
  'vn-deadlines dossiers <register> [--format csv|ndjson|json|xlsx] [--sheet NAME] [--columns "Column=field,…"]\n' +
  '                      [--report text|csv|ndjson|json] [--out file] [--lang vi|en]\n' +
  '                      [--summary --period 2025-Q1] [--as-of 2025-03-14 | 2025-03-14T17:00:00+07:00] [--fail-on late,overdue]\n' +
  '                      [--procedures profile.json …] [--office-hours hours.json] [--include-pending] [--holidays year.json …] [--workers n]';

/**
 * The `dossiers` command, for `run.ts`'s command table.
 * @example `const commands = { ...checkCommands, ...dossierCommands };`
 */
export const dossierCommands: Record<string, Command> = {
  dossiers: {
    usage: USAGE,
    options: {
      ...commonOptions,
      format: { type: 'string' },
      sheet: { type: 'string' },
      columns: { type: 'string', multiple: true },
      report: { type: 'string' },
      out: { type: 'string', short: 'o' },
      summary: { type: 'boolean' },
      period: { type: 'string' },
      'as-of': { type: 'string' },
      'fail-on': { type: 'string', multiple: true },
      procedures: { type: 'string', multiple: true },
      'office-hours': { type: 'string' },
      workers: { type: 'string' },
    },
    run(pos, values, io) {
      return runDossiers(runOf(pos, values, USAGE), io);
    },
  },
};
