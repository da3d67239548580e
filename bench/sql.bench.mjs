// SQL benchmark: 10 million (date, n) pairs through the DuckDB macro add_working_days
// (sql/duckdb.sql, on the table of `vn-deadlines export calendar`) beside addWorkingDays in Node,
// the same pairs in the same run. Skipped when @duckdb/node-api (a devDependency) is missing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addWorkingDays } from '../dist/index.js';
import { dayOf, iso } from './support.mjs';

const N = 10_000_000;

export async function run({ n = N } = {}) {
  let duckdb;
  try {
    duckdb = await import('@duckdb/node-api');
  } catch {
    console.log('sql: skipped (@duckdb/node-api is not installed: npm i -D @duckdb/node-api)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'vn-deadlines-bench-sql-'));
  try {
    const csv = join(dir, 'calendar.csv');
    execFileSync(process.execPath, [new URL('../dist/cli.js', import.meta.url).pathname, 'export', 'calendar', '--out', csv]);
    const db = await duckdb.DuckDBInstance.create(':memory:');
    const con = await db.connect();
    await con.run(`CREATE TABLE vn_calendar AS FROM read_csv('${csv}', types = {'data_version': 'VARCHAR'})`);
    await con.run(readFileSync(new URL('../sql/duckdb.sql', import.meta.url), 'utf8'));
    // The pairs, the same in SQL and in Node: days of 2014–2099 (so that ±250 working days stay
    // inside the table) and n in ±1…250.
    const first = dayOf(2014, 1, 1);
    const span = dayOf(2099, 12, 31) - first + 1;
    const day = (i) => (i * 7919) % span;
    const off = (i) => {
      const k = ((i * 104729) % 500) - 250;
      return k >= 0 ? k + 1 : k;
    };
    await con.run(`CREATE TABLE pairs AS
      SELECT DATE '2014-01-01' + CAST((i * 7919) % ${span} AS INTEGER) AS d,
             CASE WHEN (i * 104729) % 500 - 250 >= 0 THEN (i * 104729) % 500 - 249 ELSE (i * 104729) % 500 - 250 END AS n
      FROM range(${n}) t(i)`);
    const threads = (await con.runAndReadAll(`SELECT current_setting('threads')`)).getRowsJS()[0][0];

    // The same as a join written out (the form sql/spark.sql gives for any engine).
    let t = performance.now();
    const joinCount = Number(
      (
        await con.runAndReadAll(`SELECT count(w.date) FROM pairs p JOIN vn_calendar s ON s.date = p.d
          LEFT JOIN vn_working_days w ON w.working_day_index = s.working_day_index + p.n + CASE WHEN p.n < 0 AND NOT s.is_working_day THEN 1 ELSE 0 END`)
      ).getRowsJS()[0][0],
    );
    const joinMs = performance.now() - t;

    t = performance.now();
    const sqlCount = Number((await con.runAndReadAll('SELECT count(add_working_days(d, n)) FROM pairs')).getRowsJS()[0][0]);
    const sqlMs = performance.now() - t;

    const dates = Array.from({ length: span }, (_, k) => iso(first + k));
    const days = new Int32Array(n);
    const offs = new Int16Array(n);
    for (let i = 0; i < n; i++) {
      days[i] = day(i);
      offs[i] = off(i);
    }
    let nodeCount = 0;
    for (let i = 0; i < 100_000; i++) nodeCount += addWorkingDays(dates[days[i]], offs[i]).length; // warm up
    nodeCount = 0;
    t = performance.now();
    for (let i = 0; i < n; i++) if (addWorkingDays(dates[days[i]], offs[i]) !== null) nodeCount++;
    const nodeMs = performance.now() - t;
    con.closeSync();
    db.closeSync();

    const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(1)} M/s` : `${(x / 1e3).toFixed(1)} k/s`);
    const sqlRate = (n / sqlMs) * 1000;
    const nodeRate = (n / nodeMs) * 1000;
    console.log(`sql (${n.toLocaleString('en')} (date, n) pairs, the same in both; DuckDB ${threads} threads)`);
    console.log(
      `  ${'add_working_days macro (DuckDB, one query)'.padEnd(44)} ${fmt(sqlRate).padStart(12)}  ${(sqlMs / 1000).toFixed(2)} s, ${sqlCount.toLocaleString('en')} answers`,
    );
    console.log(
      `  ${'the same as an explicit join (DuckDB)'.padEnd(44)} ${fmt((n / joinMs) * 1000).padStart(12)}  ${(joinMs / 1000).toFixed(2)} s, ${joinCount.toLocaleString('en')} answers`,
    );
    console.log(
      `  ${'baseline: addWorkingDays in Node'.padEnd(44)} ${fmt(nodeRate).padStart(12)}  ${(nodeMs / 1000).toFixed(2)} s, ${nodeCount.toLocaleString('en')} answers`,
    );
    console.log(`  DuckDB / Node: macro ×${(sqlRate / nodeRate).toFixed(2)}, join ×${(n / joinMs / (n / nodeMs)).toFixed(2)}`);
    return { sqlRate, nodeRate };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
