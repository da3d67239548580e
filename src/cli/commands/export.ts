/**
 * `vn-deadlines export calendar`: the calendar as a table, one row per day, for SQL engines
 * (sql/README.md). `working_day_index` is the calendar's cumulative count (working days from the
 * first row up to and including the day), so that a warehouse does the library's O(1) arithmetic
 * as equi-joins. Wired into `run.ts` by the `commands` table.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAll } from '../../io/node/write-all.js';
import type { Calendar } from '../../calendar/calendar.js';
import type { DayInfo } from '../../calendar/types.js';
import { formatDay, tryParseIsoDay } from '../../core/days.js';
import { formulaSafe } from '../../core/escape.js';
import { csvField } from '../../io/report-csv.js';
import { openReport } from '../../io/node/atomic-file.js';
import { calendarOf, expectArgs, usageError, type CliIo, type Command } from '../command.js';

/** One row of the exported table. */
interface CalendarRow {
  date: string;
  is_working_day: boolean;
  /** Working days from the first row of the table up to and including `date`. */
  working_day_index: number;
  /** `workday` (an ordinary weekday), `weekend`, or the kind of the day's last other reason (`tet`, `holiday`, `nghiBu`, `makeUpWorkday` …). */
  kind: string;
  /** The reasons' names, `; ` between them; `null` (an empty CSV cell) for an ordinary weekday. */
  name_vi: string | null;
  name_en: string | null;
  /** The ids of the documents behind the reasons, `; ` between them; `null` when none. */
  documents: string | null;
  provisional: boolean;
  data_version: string;
}

/** The columns, in order. */
const CALENDAR_COLUMNS = ['date', 'is_working_day', 'working_day_index', 'kind', 'name_vi', 'name_en', 'documents', 'provisional', 'data_version'] as const;

function rowOf(info: DayInfo, index: number): CalendarRow {
  const other = info.reasons.filter((r) => r.kind !== 'weekend');
  const kind = other.length ? other[other.length - 1].kind : info.reasons.length ? 'weekend' : 'workday';
  return {
    date: info.date,
    is_working_day: info.working,
    working_day_index: index,
    kind,
    name_vi: info.reasons.map((r) => r.name.vi).join('; ') || null,
    name_en: info.reasons.map((r) => r.name.en).join('; ') || null,
    documents: [...new Set(info.reasons.flatMap((r) => r.documents.map((d) => d.id)))].join('; ') || null,
    provisional: info.status === 'provisional',
    data_version: info.dataVersion,
  };
}

/**
 * The rows of `[from, to]` (both included, ISO days inside the calendar), in date order.
 * @throws VnDeadlinesError `invalid_date`, `out_of_coverage` (from the calendar)
 */
function* calendarRows(cal: Calendar, from: string, to: string): Generator<CalendarRow> {
  cal.dayInfo(from);
  cal.dayInfo(to);
  const first = tryParseIsoDay(from)!;
  const last = tryParseIsoDay(to)!;
  let index = 0;
  for (let d = first; d <= last; d++) {
    const info = cal.dayInfo(formatDay(d));
    if (info.working) index++;
    yield rowOf(info, index);
  }
}

/** A CSV line of a row: text through {@link formulaSafe} (a name from a `--holidays` file may start like a formula). */
const csvLine = (r: CalendarRow): string =>
  CALENDAR_COLUMNS.map((c) => {
    const v = r[c];
    return csvField(typeof v === 'string' ? formulaSafe(v) : v);
  }).join(',');

/** An NDJSON line of a row (JSON needs no formula escaping). */
const ndjsonLine = (r: CalendarRow): string => JSON.stringify(r);

/** The table's lines in a format: CSV with its header, or NDJSON. */
function* tableLines(rows: Iterable<CalendarRow>, format: 'csv' | 'ndjson'): Generator<string> {
  if (format === 'csv') yield CALENDAR_COLUMNS.join(',');
  for (const r of rows) yield format === 'csv' ? csvLine(r) : ndjsonLine(r);
}

/** The part of `@duckdb/node-api` that `--format parquet` uses. */
interface DuckDb {
  DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<{ run(sql: string): Promise<unknown>; closeSync?(): void }>; closeSync?(): void }> };
}

/** The optional package `--format parquet` loads, by name, when it is installed. */
const PARQUET_PACKAGE = '@duckdb/node-api';

/** Loads DuckDB; a separate function so that tests can stand in a missing package. @internal */
export const loadDuckDb = {
  load: (): Promise<DuckDb> => import('@duckdb/node-api'),
};

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * Writes the rows as a Parquet file with DuckDB (an optional package: the CLI has no runtime
 * dependency for it): NDJSON to a temporary file, then `COPY … TO … (FORMAT parquet)` with typed
 * columns.
 * @throws UsageError `parquet_needs_duckdb` when `@duckdb/node-api` cannot be loaded
 */
async function writeParquet(rows: Iterable<CalendarRow>, out: string): Promise<void> {
  let duck: DuckDb;
  try {
    duck = await loadDuckDb.load();
  } catch (e) {
    throw usageError('parquetNeedsDuckdb', { pkg: PARQUET_PACKAGE, why: (e as Error).message.split('\n')[0] }, 'parquet_needs_duckdb');
  }
  const dir = mkdtempSync(join(tmpdir(), 'vn-deadlines-export-'));
  try {
    const tmp = join(dir, 'calendar.ndjson');
    const file = openReport(tmp);
    try {
      writeLines(file.fd, tableLines(rows, 'ndjson'));
      file.commit();
    } finally {
      file.abort();
    }
    const tmpOut = join(dir, 'calendar.parquet');
    const db = await duck.DuckDBInstance.create(':memory:');
    const con = await db.connect();
    try {
      await con.run(
        `COPY (SELECT * FROM read_json(${sqlString(tmp)}, format = 'newline_delimited', columns = {date: 'DATE', is_working_day: 'BOOLEAN', ` +
          `working_day_index: 'INTEGER', kind: 'VARCHAR', name_vi: 'VARCHAR', name_en: 'VARCHAR', documents: 'VARCHAR', provisional: 'BOOLEAN', ` +
          `data_version: 'VARCHAR'}) ORDER BY date) TO ${sqlString(tmpOut)} (FORMAT parquet)`,
      );
    } finally {
      con.closeSync?.();
      db.closeSync?.();
    }
    // Into place as the other formats are: whole or not at all.
    const target = openReport(out);
    try {
      const bytes = readFileSync(tmpOut);
      writeAll(target.fd, bytes);
      target.commit();
    } finally {
      target.abort();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes lines to a file descriptor in chunks of about 1 MB. */
function writeLines(fd: number, lines: Iterable<string>): void {
  let buf = '';
  for (const line of lines) {
    buf += line + '\n';
    if (buf.length >= 1 << 20) {
      writeAll(fd, buf);
      buf = '';
    }
  }
  if (buf) writeAll(fd, buf);
}

const USAGE =
  'vn-deadlines export calendar [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format csv|ndjson|parquet] [--out file]\n' +
  '                             [--include-pending] [--holidays year.json …]';

/** The `export` command, for `run.ts`'s command table. */
export const exportCommands: Record<string, Command> = {
  export: {
    usage: USAGE,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'include-pending': { type: 'boolean' },
      holidays: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    async run(pos, values, io: CliIo) {
      if (pos[0] !== 'calendar') throw usageError('expectedCalendar', { usage: USAGE.split('\n')[0] });
      expectArgs(pos, 1, USAGE);
      const format = (values.format as string | undefined) ?? 'csv';
      if (format !== 'csv' && format !== 'ndjson' && format !== 'parquet')
        throw usageError('oneOf', { option: '--format', allowed: 'csv, ndjson, parquet', value: JSON.stringify(format) });
      const out = values.out as string | undefined;
      if (format === 'parquet' && out === undefined) throw usageError('parquetOut');
      const cal = calendarOf(values);
      const from = (values.from as string | undefined) ?? cal.firstDate;
      const to = (values.to as string | undefined) ?? cal.lastDate;
      for (const [name, v] of [
        ['--from', from],
        ['--to', to],
      ] as const) {
        if (tryParseIsoDay(v) === undefined) throw usageError('dateOption', { option: name, value: JSON.stringify(v) });
      }
      if (from > to) throw usageError('fromAfterTo', { from, to });
      cal.dayInfo(from); // out_of_coverage before anything is written
      cal.dayInfo(to);
      const rows = calendarRows(cal, from, to);
      if (format === 'parquet') {
        await writeParquet(rows, out!);
        return 0;
      }
      if (out === undefined) {
        for (const line of tableLines(rows, format)) io.out(line);
        return 0;
      }
      const file = openReport(out);
      try {
        writeLines(file.fd, tableLines(rows, format));
        file.commit();
      } finally {
        file.abort();
      }
      return 0;
    },
  },
};
