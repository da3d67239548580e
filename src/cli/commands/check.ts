/**
 * `vn-deadlines check <file>`: a batch of records (CSV, NDJSON or a JSON array) checked against
 * their deadlines, streamed: one result per record, in order, then a summary. Wired into
 * `run.ts` by the `commands` table.
 */
import { extname } from 'node:path';
import { shippedRules, type RuleSet } from '../../rules/registry.js';
import { loadRules } from '../../rules/load.js';
import { RecordChecker } from '../../compliance/records.js';
import { RECORD_STATUSES, type RecordStatus } from '../../compliance/summary.js';
import type { InputFormat, ReportFormat } from '../../io/types.js';
import { commonOptions, readHolidayYear, expectArgs, langOf, oneOf, usageError, UsageError, type CliIo, type Command } from '../command.js';
import type { Lang } from '../format.js';
import { openInput } from '../check/input.js';
import { workersOf } from '../check/parallel.js';
import { checkTo } from '../check/run.js';
import { withReportFile } from '../report-file.js';
import { parseDayText } from '../../core/day-text.js';
import { parseColumns, type ColumnMap } from '../../io/columns.js';
import { loadExcelJs } from '../../io/xlsx/load.js';
import { calendarWith } from '../../io/node/setup.js';
import type { HolidayYear } from '../../holidays/schema.js';
import { messages } from '../../io/xlsx/messages.js';

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
  /** A line report, or `xlsx` (an Excel workbook, to `out` only). */
  report: ReportFormat | 'xlsx';
  /** The worksheet of an Excel input (default: the first). */
  sheet?: string;
  /** The register's column names mapped to record fields (CSV and Excel). */
  columns?: ColumnMap;
  /** Write the report there instead of standard output. */
  out?: string;
  lang: Lang;
  /** Exit with 1 when a record has one of these statuses. */
  failOn: ReadonlySet<RecordStatus>;
  whatIfPending: boolean;
  includePending: boolean;
  /** Official years (`--holidays` files, read once) in place of the shipped or provisional years. */
  officialYears?: readonly HolidayYear[];
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

const FORMATS: readonly InputFormat[] = ['csv', 'ndjson', 'json', 'xlsx'];
const REPORTS: readonly CheckRun['report'][] = ['text', 'csv', 'ndjson', 'json', 'xlsx'];
const EXT: Record<string, InputFormat> = { '.csv': 'csv', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.json': 'json', '.xlsx': 'xlsx' };

/**
 * Runs a batch check: reads, checks and reports record by record (memory stays flat), then
 * the summary. A large NDJSON file is checked on several cores when the CLI runs from its
 * bundle (`--workers`); the output is the same. With `out`, the report is written to a
 * temporary file renamed over `out` once complete: a failed or interrupted run (SIGINT,
 * SIGTERM, SIGHUP: exit 128 + the signal's number) leaves the previous report as it was.
 * Returns the exit code: 0 the run completed; 1 with `failOn` when a record has such a status;
 * 2 when the input cannot be read or holds no record (empty, a header alone, binary).
 * @throws UsageError for an input or an output that cannot be opened, or an output that is the input (before anything is written)
 * @example
 * ```ts
 * await runCheck(
 *   {
 *     file: 'examples/publications.csv', format: 'csv', report: 'text', lang: 'vi', failOn: new Set(),
 *     whatIfPending: false, includePending: false, rules: shippedRules(), rulePaths: [],
 *   },
 *   io,
 * );
 * ```
 */
export async function runCheck(run: CheckRun, io: CliIo): Promise<number> {
  if (run.report === 'xlsx' && run.out === undefined) throw new UsageError(messages[run.lang].reportNeedsOut, 'xlsx_needs_out');
  // exceljs is optional: say it is missing before anything is read or written.
  if (run.report === 'xlsx' || run.format === 'xlsx') await loadExcelJs(run.lang);
  const calendar = calendarWith(run.includePending, run.officialYears ?? []);
  const checker = new RecordChecker({ calendar, rules: run.rules, asOf: run.asOf, whatIf: run.whatIfPending ? 'pending' : undefined }, 'check');
  const input = await openInput(run.file, run.format, run.stdin);
  return withReportFile(run.out, run.file, run.lang, input, (report) => checkTo(run, io, checker, input, report));
}

/**
 * The options of `vn-deadlines check` as a {@link CheckRun}.
 * @throws UsageError for a value out of its list, an input whose format cannot be told, or options that exclude each other
 */
function checkRunOf(positionals: string[], values: Record<string, unknown>, usage: string): CheckRun {
  expectArgs(positionals, 1, usage);
  const file = positionals[0];
  let format = oneOf(values.format, FORMATS, '--format');
  if (format === undefined) {
    format = EXT[extname(file).toLowerCase()];
    if (format === undefined) throw file === '-' ? usageError('formatOfStdin') : usageError('formatOf', { file });
  }
  let report = oneOf(values.report, REPORTS, '--report');
  if (values.json) {
    if (report !== undefined && report !== 'json') throw usageError('jsonReport', { report });
    report = 'json';
  }
  const failOn = new Set<RecordStatus>();
  for (const list of (values['fail-on'] as string[] | undefined) ?? []) {
    for (const s of list
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)) {
      if (!RECORD_STATUSES.includes(s as RecordStatus)) throw usageError('failOn', { allowed: RECORD_STATUSES.join(', '), value: JSON.stringify(s) });
      failOn.add(s as RecordStatus);
    }
  }
  const whatIfPending = values['what-if-pending'] === true;
  const includePending = values['include-pending'] === true;
  if (whatIfPending && includePending) throw usageError('whatIfPending');
  const paths = (values.rules as string[] | undefined) ?? [];
  const lang = langOf(values);
  const columns = values.columns === undefined ? undefined : parseColumns(values.columns as string[], lang);
  if (columns !== undefined && format !== 'csv' && format !== 'xlsx') throw new UsageError(messages[lang].columnsOnly, 'invalid_argument');
  if (values.sheet !== undefined && format !== 'xlsx') throw new UsageError(messages[lang].sheetOnly, 'invalid_argument');
  const asOf = values['as-of'] as string | undefined;
  return {
    file,
    format,
    report: report ?? 'text',
    sheet: values.sheet as string | undefined,
    columns,
    out: values.out as string | undefined,
    lang,
    failOn,
    whatIfPending,
    includePending,
    officialYears: ((values.holidays as string[] | undefined) ?? []).map(readHolidayYear),
    asOf: asOf === undefined ? undefined : (parseDayText(asOf) ?? asOf),
    rules: paths.length ? loadRules(paths) : shippedRules(),
    rulePaths: paths,
    workers: workersOf(values.workers),
  };
}

const USAGE =
  'vn-deadlines check <file> [--format csv|ndjson|json|xlsx] [--sheet NAME] [--columns "Column=field,…"]\n' +
  '                   [--report text|csv|ndjson|json|xlsx] [--out file] [--lang vi|en]\n' +
  '                   [--fail-on late,overdue] [--what-if-pending] [--as-of dd/mm/yyyy] [--include-pending] ' +
  '[--holidays year.json …] [--rules file.json …] [--workers n]';

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
      sheet: { type: 'string' },
      columns: { type: 'string', multiple: true },
    },
    run(pos, values, io) {
      return runCheck(checkRunOf(pos, values, USAGE), io);
    },
  },
};
