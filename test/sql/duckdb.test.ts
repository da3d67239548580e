/**
 * The calendar as a SQL table (sql/README.md): the table exported by `vn-deadlines export
 * calendar` is loaded into DuckDB as the guide says, sql/duckdb.sql is run, and its macros are a
 * second implementation checked against the library: hand-worked cases (expected values written
 * here, not computed), 100,000 seeded random cases in one query, and the compliance query on the
 * example records. sql/postgres.sql and sql/spark.sql cannot run here; their function bodies are
 * run in DuckDB (the SQL they share) on the same cases.
 */
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, checkMany, isWorkingDay, workingDaysBetween, type RecordOutcome } from '../../src/index.js';
import { readRecords } from '../../src/io/index.js';
import { runCli } from '../../src/cli/run.js';
import { loadDuckDb } from '../../src/cli/commands/export.js';
import { formatDay, daysFromCivil } from '../../src/core/days.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sqlFile = (name: string) => readFileSync(join(root, 'sql', name), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'vn-deadlines-sql-'));
const csvPath = join(dir, 'calendar.csv');
let db: DuckDBInstance;
let con: DuckDBConnection;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await con.runAndReadAll(sql)).getRowObjectsJS();
}
async function one(sql: string): Promise<unknown> {
  return (await con.runAndReadAll(sql)).getRowsJS()[0][0];
}
/** A DATE as DuckDB returns it (a JS Date at UTC midnight), or null. */
const iso = (v: unknown): string | null => (v === null ? null : (v as Date).toISOString().slice(0, 10));

beforeAll(async () => {
  const errors: string[] = [];
  const code = await runCli(['export', 'calendar', '--from', '2013-01-01', '--to', '2100-12-31', '--format', 'csv', '--out', csvPath], {
    out: () => {},
    err: (s) => errors.push(s),
  });
  expect(errors).toEqual([]);
  expect(code).toBe(0);
  db = await DuckDBInstance.create(':memory:');
  con = await db.connect();
  // As sql/README.md loads it: read_csv with its type detection.
  await con.run(`CREATE TABLE vn_calendar AS FROM read_csv('${csvPath}', types = {'data_version': 'VARCHAR'})`);
  await con.run(sqlFile('duckdb.sql'));
});

afterAll(() => {
  con?.closeSync();
  db?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

describe('the exported table in DuckDB', () => {
  it('has one row per day 2013–2100, typed as the guide says', async () => {
    expect(await one('SELECT count(*) FROM vn_calendar')).toBe(32141n); // 88 years, 21 of them leap years (2100 is not): 88·365 + 21
    const types = await rows(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'vn_calendar' ORDER BY ordinal_position`);
    expect(types.map((t) => `${String(t.column_name)} ${String(t.data_type)}`)).toEqual([
      'date DATE',
      'is_working_day BOOLEAN',
      'working_day_index BIGINT',
      'kind VARCHAR',
      'name_vi VARCHAR',
      'name_en VARCHAR',
      'documents VARCHAR',
      'provisional BOOLEAN',
      'data_version VARCHAR',
    ]);
  });

  it('marks Tết Ất Tỵ and the make-up Saturday 26/04/2025 as the notices say', async () => {
    const r = await rows(
      `SELECT strftime(date, '%Y-%m-%d') AS d, is_working_day AS w, kind FROM vn_calendar WHERE date IN ('2025-01-24', '2025-01-27', '2025-01-31', '2025-02-03', '2025-04-26', '2025-09-02') ORDER BY date`,
    );
    expect(r).toEqual([
      { d: '2025-01-24', w: true, kind: 'workday' },
      { d: '2025-01-27', w: false, kind: 'tet' },
      { d: '2025-01-31', w: false, kind: 'tet' },
      { d: '2025-02-03', w: true, kind: 'workday' },
      { d: '2025-04-26', w: true, kind: 'makeUpWorkday' },
      { d: '2025-09-02', w: false, kind: 'holiday' },
    ]);
    // 2013-01-01 is a holiday: the first working day, 2013-01-02, has index 1.
    expect(await rows(`SELECT working_day_index AS i FROM vn_calendar WHERE date IN ('2013-01-01', '2013-01-02') ORDER BY date`)).toEqual([
      { i: 0n },
      { i: 1n },
    ]);
  });
});

describe('add_working_days and working_days_between: hand-worked cases', () => {
  // Tết Ất Tỵ: Sat 25/01 to Sun 02/02/2025 off (27–31/01 Tết); Sat 26/04/2025 a make-up working day.
  const add: [string, number, string | null][] = [
    ['2025-01-20', 10, '2025-02-10'], // 21–24/01 are 4, 03–07/02 are 5, 10/02 the 10th
    ['2025-02-10', -10, '2025-01-20'],
    ['2025-01-24', 1, '2025-02-03'], // the whole break skipped
    ['2025-01-25', 1, '2025-02-03'], // from a day off: the next working day
    ['2025-01-29', -1, '2025-01-24'], // from a day off backwards: the last working day before it
    ['2025-02-02', -2, '2025-01-23'],
    ['2025-01-24', 0, '2025-01-24'],
    ['2025-01-28', 0, null], // the library throws not_a_working_day
    ['2025-04-25', 1, '2025-04-26'], // Friday → the make-up Saturday
    ['2025-04-26', 1, '2025-04-28'],
    ['2025-04-26', 0, '2025-04-26'],
    ['2013-01-02', -1, null], // before the table: the library throws out_of_coverage
    ['2100-12-31', 1, null],
    ['2012-12-31', 1, null],
  ];
  for (const [d, n, expected] of add) {
    it(`add_working_days('${d}', ${n}) = ${expected ?? 'NULL'}`, async () => {
      expect(iso(await one(`SELECT add_working_days('${d}', ${n})`))).toBe(expected);
    });
  }
  const between: [string, string, number | null][] = [
    ['2025-01-20', '2025-02-10', 10],
    ['2025-02-10', '2025-01-20', -10],
    ['2025-01-24', '2025-02-03', 1],
    ['2025-01-25', '2025-02-02', 0],
    ['2025-02-04', '2025-01-24', -2], // b ≤ d < a: 24/01 and 03/02
    ['2025-02-03', '2025-01-25', 0], // 25/01–02/02 all off
    ['2025-04-25', '2025-04-27', 1], // the make-up Saturday counts
    ['2025-03-03', '2025-03-03', 0],
    ['2025-03-03', '2101-01-01', null],
  ];
  for (const [a, b, expected] of between) {
    it(`working_days_between('${a}', '${b}') = ${expected ?? 'NULL'}`, async () => {
      const v = await one(`SELECT working_days_between('${a}', '${b}')`);
      expect(v === null ? null : Number(v)).toBe(expected);
    });
  }
});

/** A seeded generator (the benchmarks' LCG). */
function rng(seed: number): () => number {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

interface Case {
  d: string;
  n: number;
  a: string;
  b: string;
  add: string | null;
  between: number;
}

/** 100,000 cases over 2013–2100: a third start on a day off; n small, large (past the table's ends), 0 or negative. */
function randomCases(count: number): Case[] {
  const r = rng(20250120);
  const first = daysFromCivil(2013, 1, 1);
  const last = daysFromCivil(2100, 12, 31);
  const span = last - first + 1;
  const day = () => first + Math.floor(r() * span);
  const dayOff = () => {
    for (;;) {
      const x = day();
      if (!isWorkingDay(formatDay(x))) return x;
    }
  };
  const out: Case[] = [];
  for (let i = 0; i < count; i++) {
    const d = formatDay(r() < 0.33 ? dayOff() : day());
    const k = r();
    const n = k < 0.1 ? 0 : k < 0.5 ? Math.floor(r() * 61) - 30 : k < 0.8 ? Math.floor(r() * 1201) - 600 : Math.floor(r() * 46001) - 23000;
    let add: string | null;
    try {
      add = addWorkingDays(d, n);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code !== 'out_of_coverage' && code !== 'not_a_working_day') throw e;
      add = null;
    }
    const ad = r() < 0.33 ? dayOff() : day();
    const bd = r() < 0.7 ? Math.min(last, Math.max(first, ad + Math.floor(r() * 1601) - 800)) : day();
    const a = formatDay(ad);
    const b = formatDay(bd);
    out.push({ d, n, a, b, add, between: workingDaysBetween(a, b) });
  }
  return out;
}

async function loadCases(cases: Case[]): Promise<void> {
  const file = join(dir, 'cases.csv');
  writeFileSync(
    file,
    'i,d,n,a,b,expected_add,expected_between\n' + cases.map((c, i) => `${i},${c.d},${c.n},${c.a},${c.b},${c.add ?? ''},${c.between}`).join('\n') + '\n',
  );
  await con.run(
    `CREATE OR REPLACE TABLE cases AS FROM read_csv('${file}', header = true, columns = {i: 'INTEGER', d: 'DATE', n: 'INTEGER', a: 'DATE', b: 'DATE', expected_add: 'DATE', expected_between: 'INTEGER'})`,
  );
}

/** The cases where the macros differ from the library: one query over the table of cases. */
const MISMATCHES = `
  SELECT i, strftime(d, '%Y-%m-%d') AS d, n, strftime(expected_add, '%Y-%m-%d') AS expected_add, strftime(got_add, '%Y-%m-%d') AS got_add,
         strftime(a, '%Y-%m-%d') AS a, strftime(b, '%Y-%m-%d') AS b, expected_between, got_between
  FROM (SELECT *, add_working_days(d, n) AS got_add, working_days_between(a, b) AS got_between FROM cases)
  WHERE got_add IS DISTINCT FROM expected_add OR got_between IS DISTINCT FROM expected_between
  ORDER BY i LIMIT 10`;

describe('add_working_days and working_days_between against the library: 100,000 random cases', () => {
  let cases: Case[];
  beforeAll(async () => {
    cases = randomCases(100_000);
    await loadCases(cases);
  });

  it('cover the conventions: days off as start, n < 0, n = 0, answers outside the table', () => {
    const count = (p: (c: Case) => boolean) => cases.filter(p).length;
    expect(count((c) => !isWorkingDay(c.d) && c.n < 0 && c.add !== null)).toBeGreaterThan(5000);
    expect(count((c) => c.n === 0 && c.add === null)).toBeGreaterThan(2000);
    expect(count((c) => c.n !== 0 && c.add === null)).toBeGreaterThan(1000);
    expect(count((c) => c.between < 0)).toBeGreaterThan(30000);
  });

  it('DuckDB (sql/duckdb.sql) gives the library’s answer in every case', async () => {
    expect(await rows(MISMATCHES)).toEqual([]);
  });

  // PostgreSQL and Spark cannot run here. Their functions are written in the SQL the three
  // engines share; each body is run in DuckDB as a macro of the same name, on the same cases.
  for (const [file, pattern] of [
    ['postgres.sql', /CREATE OR REPLACE FUNCTION (\w+)\(([^)]*)\)\s*RETURNS \w+\s+LANGUAGE sql (?:IMMUTABLE|STABLE) PARALLEL SAFE\s+AS \$\$([\s\S]*?)\$\$;/g],
    ['spark.sql', /CREATE OR REPLACE TEMPORARY FUNCTION (\w+)\(([^)]*)\)\s*RETURNS \w+\s+RETURN\s+([\s\S]*?);\n/g],
  ] as const) {
    it(`the function bodies of sql/${file}, run in DuckDB, give the library’s answer in every case`, async () => {
      const fns = [...sqlFile(file).matchAll(pattern)].map((m) => ({
        name: m[1],
        params: m[2].split(',').map((p) => p.trim().split(/\s+/)[0]),
        body: m[3].trim(),
      }));
      expect(fns.map((f) => f.name).sort()).toEqual(['add_working_days', 'compliance_status', 'working_days_between', 'working_days_late']);
      try {
        for (const f of fns) await con.run(`CREATE OR REPLACE MACRO ${f.name}(${f.params.join(', ')}) AS (${f.body.replace(/;\s*$/, '')})`);
        expect(await rows(MISMATCHES)).toEqual([]);
      } finally {
        await con.run(sqlFile('duckdb.sql'));
      }
    });
  }
});

describe('the compliance query against checkMany', () => {
  /** Every reading with a plain due day (a deadline) of the example records, checked by the library. */
  async function readings(): Promise<
    {
      key: string;
      due: string;
      actual: string | null;
      asOf: string;
      windowStart: string | null;
      status: string;
      calendarDays: number;
      workingDays: number;
      workingDaysLate: number;
    }[]
  > {
    const asOf = '2025-12-31';
    const outcomes: RecordOutcome[] = [];
    const ndjson = readFileSync(join(root, 'examples/records.ndjson'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as object);
    for (const o of checkMany(ndjson, { asOf })) outcomes.push(o);
    const csv: unknown[] = [];
    for await (const item of readRecords(createReadStream(join(root, 'examples/publications.csv')), 'csv')) if ('record' in item) csv.push(item.record);
    for (const o of checkMany(csv, { asOf })) outcomes.push(o);
    return outcomes.flatMap((o, k) =>
      o.readings
        .filter((r) => r.due !== null && r.isDeadline)
        .map((r) => ({
          key: `${k}:${o.id}:${r.rule}`,
          due: r.due!,
          actual: r.actual,
          asOf: r.asOf,
          windowStart: r.windowStart,
          status: r.status,
          calendarDays: r.calendarDays!,
          workingDays: r.workingDays!,
          workingDaysLate: r.workingDaysLate,
        })),
    );
  }

  it('gives checkMany’s verdict and working days late on every example record with a plain due day', async () => {
    const rs = await readings();
    expect(rs.length).toBeGreaterThanOrEqual(15);
    expect(new Set(rs.map((r) => r.status))).toEqual(new Set(['onTime', 'late', 'overdue', 'tooEarly']));
    expect(rs.some((r) => r.workingDaysLate > 0)).toBe(true);
    const q = (v: string | null) => (v === null ? 'NULL' : `'${v.replace(/'/g, "''")}'`);
    await con.run(
      `CREATE OR REPLACE TABLE vn_records(id VARCHAR, due DATE, actual DATE, as_of DATE, window_start DATE);
       INSERT INTO vn_records VALUES ${rs.map((r) => `(${q(r.key)}, ${q(r.due)}, ${q(r.actual)}, ${q(r.asOf)}, ${q(r.windowStart)})`).join(', ')}`,
    );
    const got = await rows(`SELECT id, status, calendar_days, working_days, working_days_late FROM vn_compliance('vn_records') ORDER BY id`);
    const expected = [...rs]
      .sort((x, y) => (x.key < y.key ? -1 : 1))
      .map((r) => ({ id: r.key, status: r.status, calendar_days: r.calendarDays, working_days: r.workingDays, working_days_late: r.workingDaysLate }));
    expect(
      got.map((g) => ({ ...g, calendar_days: Number(g.calendar_days), working_days: Number(g.working_days), working_days_late: Number(g.working_days_late) })),
    ).toEqual(expected);
  });

  it('hand-worked: due Fri 24/01/2025', async () => {
    const got = await rows(`SELECT compliance_status(due, actual, as_of, NULL) AS s, working_days_late(due, actual, as_of) AS late FROM (VALUES
      (DATE '2025-01-24', DATE '2025-01-24', DATE '2025-12-31'),
      (DATE '2025-01-24', DATE '2025-01-25', DATE '2025-12-31'),
      (DATE '2025-01-24', DATE '2025-02-04', DATE '2025-12-31'),
      (DATE '2025-01-24', NULL, DATE '2025-01-31'),
      (DATE '2025-01-24', NULL, DATE '2025-01-24'),
      (DATE '2025-01-24', NULL, DATE '2025-01-20')) t(due, actual, as_of)`);
    expect(got.map((g) => [g.s, Number(g.late)])).toEqual([
      ['onTime', 0], // the last day of the period
      ['late', 0], // a Saturday: late, by no working day
      ['late', 2], // 03/02 and 04/02, after Tết
      ['overdue', 0], // the Tết break: overdue, not yet by a working day
      ['open', 0], // not done on the last day: still open
      ['open', 0],
    ]);
  });
});

describe('export calendar --format parquet', () => {
  it('writes a Parquet file DuckDB reads back as the same table', async () => {
    const out = join(dir, 'calendar.parquet');
    expect(
      await runCli(['export', 'calendar', '--from', '2025-01-01', '--to', '2025-12-31', '--format', 'parquet', '--out', out], { out: () => {}, err: () => {} }),
    ).toBe(0);
    const types = await rows(`SELECT column_name AS c, column_type AS t FROM (DESCRIBE FROM read_parquet('${out}'))`);
    expect(types.map((x) => `${String(x.c)} ${String(x.t)}`).slice(0, 3)).toEqual(['date DATE', 'is_working_day BOOLEAN', 'working_day_index INTEGER']);
    // The same days as the whole table's; the index counts from the export's first day (the days off of 01/01/2025 carry 0).
    const cols = 'date, is_working_day, kind, name_vi, name_en, documents, provisional, data_version';
    const base = await one(`SELECT working_day_index FROM vn_calendar WHERE date = '2024-12-31'`);
    expect(await one(`SELECT count(*) FROM read_parquet('${out}')`)).toBe(365n);
    const diff = await one(`SELECT count(*) FROM (
      (SELECT ${cols}, working_day_index FROM read_parquet('${out}') EXCEPT SELECT ${cols}, working_day_index - ${String(base)} FROM vn_calendar WHERE year(date) = 2025)
      UNION ALL
      (SELECT ${cols}, working_day_index - ${String(base)} FROM vn_calendar WHERE year(date) = 2025 EXCEPT SELECT ${cols}, working_day_index FROM read_parquet('${out}')))`);
    expect(diff).toBe(0n);
  });

  it('without @duckdb/node-api: a coded error naming the package', async () => {
    const saved = loadDuckDb.load;
    loadDuckDb.load = () => Promise.reject(new Error("Cannot find package '@duckdb/node-api'"));
    const errs: string[] = [];
    try {
      const code = await runCli(['export', 'calendar', '--format', 'parquet', '--out', join(dir, 'x.parquet')], { out: () => {}, err: (s) => errs.push(s) });
      expect(code).toBe(2);
    } finally {
      loadDuckDb.load = saved;
    }
    expect(errs.join('\n')).toMatch(/@duckdb\/node-api.*parquet_needs_duckdb/);
  });
});
