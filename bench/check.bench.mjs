// Batch compliance benchmark: one million NDJSON records (several rules, dates over 2019–2027,
// two readings on some, a bad record in a thousand) checked by the CLI end to end:
// `node dist/cli.js check bench/data/records-1000000-v1.ndjson --report ndjson --out file`, and with
// stdout redirected to the file instead.
// Goal: ≤ 3 s wall time and ≤ 200 MB peak RSS for the child process. Beside it, the rate of
// checking the same records with json-rules-engine choosing the variant in the loop.
// The records file is generated once into bench/data/ (gitignored).
// Run with `npm run bench` (after a build), or alone: `node bench/check.bench.mjs [n]`.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Engine } from 'json-rules-engine';

import { checkCompliance, checkMany, getRule, normalizeFacts, shippedRules } from '../dist/index.js';
import { toEngineRules } from '../dist/engine.js';
import { dayOf, iso, rng } from './support.mjs';

const N = 1_000_000;
const ENGINE_RUNS = 20_000;
const API_RUNS = 200_000;
const GOAL_MS = 3000;
const GOAL_RSS_MB = 200;
const GENERATOR = 'v1';
const RUNS = 3;

const root = fileURLToPath(new URL('../', import.meta.url));
const dataDir = fileURLToPath(new URL('./data/', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const probe = fileURLToPath(new URL('./rss-probe.mjs', import.meta.url));

const first = dayOf(2019, 1, 1);
const last = dayOf(2027, 12, 31);

/** One record: a rule (sometimes two readings), its facts, and an act done around the due day (or not yet). */
function record(i, r) {
  const d = first + Math.floor(r() * (last - first - 60));
  const around = (k) => iso(d + k + Math.floor(r() * 30) - 8);
  const actual = r() < 0.1 ? '' : null;
  const id = `R${i}`;
  const x = r();
  let rec;
  if (x < 0.25) rec = { id, rule: 'hp-2025/central-tthc-list', ministryDecisionDate: iso(d), actual: actual ?? around(14) };
  else if (x < 0.4) rec = { id, rule: 'nd63/national-database-entry', publicationDecisionDate: iso(d), actual: actual ?? around(7) };
  else if (x < 0.55) rec = { id, rule: 'nd63/local-publication-before-effect', effectiveDate: iso(d + 40), actual: actual ?? around(30) };
  else if (x < 0.7)
    rec = {
      id,
      rule: 'hp-2025/local-tthc-publication|nd63/local-publication-before-effect',
      effectiveOnSigning: false,
      effectiveDate: iso(d + 40),
      actual: actual ?? around(30),
    };
  else if (x < 0.8) {
    const y = 2019 + Math.floor(r() * 9);
    const m = 1 + Math.floor(r() * 12);
    rec = { id, rule: 'nd09/monthly-report', month: `${y}-${String(m).padStart(2, '0')}`, actual: actual ?? iso(dayOf(y, m, 15) + Math.floor(r() * 16)) };
  } else if (x < 0.9)
    rec = {
      id,
      rule: 'luat-64-2025/earliest-effective-date',
      signedDate: iso(Math.max(d, dayOf(2025, 4, 1))),
      level: r() < 0.5 ? 'local' : 'central',
      actual: around(20),
    };
  else
    rec = {
      id,
      rule: 'hp-2025/national-database-entry',
      chairmanDecisionDate: iso(d),
      actual: actual ?? `${around(7)}T${r() < 0.5 ? '23:30:00Z' : '09:15:00+07:00'}`,
    };
  if (i % 1000 === 999) rec.actual = '2025-02-30'; // a bad record
  return rec;
}

/** Writes the records file once (about 120 MB for a million records). */
function ensureData(n) {
  const file = `${dataDir}records-${n}-${GENERATOR}.ndjson`;
  if (existsSync(file)) return file;
  mkdirSync(dataDir, { recursive: true });
  const tmp = `${file}.tmp`;
  const fd = openSync(tmp, 'w');
  const r = rng(20250124);
  let buf = '';
  for (let i = 0; i < n; i++) {
    buf += JSON.stringify(record(i, r)) + '\n';
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
  renameSync(tmp, file);
  return file;
}

async function countLines(file) {
  let n = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * Runs the CLI on the file, the report going to `out` (with --out, or as stdout redirected to
 * it); wall time measured here, peak RSS reported by the child (and by /usr/bin/time -v where
 * present).
 */
function runCli(file, out, viaStdout) {
  const args = ['--import', pathToFileURL(probe).href, cli, 'check', file, '--report', 'ndjson', '--as-of', '2026-06-30', ...(viaStdout ? [] : ['--out', out])];
  const hasTime = spawnSync('/usr/bin/time', ['-v', 'true'], { stdio: 'ignore' }).status === 0;
  const cmd = hasTime ? '/usr/bin/time' : process.execPath;
  const argv = hasTime ? ['-v', process.execPath, ...args] : args;
  return new Promise((resolve, reject) => {
    const fd = viaStdout ? openSync(out, 'w') : 'ignore';
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: root, stdio: ['ignore', fd, 'pipe'], env: { ...process.env, VN_DEADLINES_RSS_PROBE: '1' } });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (viaStdout) closeSync(fd);
      const probeKb = Number(/vn-deadlines-rss-probe maxRSS=(\d+)/.exec(err)?.[1] ?? NaN);
      const timeKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] ?? NaN);
      resolve({ code, ms, rssMb: (Number.isNaN(timeKb) ? probeKb : timeKb) / 1024, probeMb: probeKb / 1024, timeMb: timeKb / 1024, stderr: err });
    });
  });
}

/** Timed runs of the CLI: the median and the best wall time, the largest peak RSS. */
async function timed(file, out, viaStdout) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await runCli(file, out, viaStdout);
    if (r.code !== 0) throw new Error(`vn-deadlines check exited with ${r.code}: ${r.stderr}`);
    runs.push(r);
  }
  runs.sort((a, b) => a.ms - b.ms);
  const median = runs[Math.floor(runs.length / 2)];
  return { ...median, best: runs[0].ms, rssMb: Math.max(...runs.map((r) => r.rssMb)), probeMb: Math.max(...runs.map((r) => r.probeMb)) };
}

const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k/s` : `${x.toFixed(0)} /s`);

/** Checks the first `runs` records with json-rules-engine choosing each rule's variant, then checkCompliance; and the same records with checkMany. */
async function engineRates(file, runs, apiRuns) {
  const lines = [];
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    for (const l of chunk.split('\n')) if (l.startsWith('{') && l.endsWith('}')) lines.push(l);
    if (lines.length >= Math.max(runs, apiRuns)) break;
  }
  const sample = lines.slice(0, runs);
  const apiSample = lines.slice(0, apiRuns);
  const engines = new Map(
    shippedRules()
      .list()
      .map((rule) => [rule.id, new Engine(toEngineRules([rule]), { allowUndefinedFacts: true })]),
  );
  const once = async (line) => {
    const rec = JSON.parse(line);
    for (const id of rec.rule.split('|')) {
      try {
        const facts = normalizeFacts(id, rec);
        const { events } = await engines.get(id).run(facts);
        const chosen = events.map((e) => e.params.index).sort((a, b) => a - b)[0];
        const v = getRule(id).variants[chosen];
        checkCompliance({ rule: id, facts: rec, actual: rec.actual || null, asOf: '2026-06-30' });
        if (v === undefined && chosen !== undefined) throw new Error('no such variant');
      } catch {
        // a bad record: counted like the others
      }
    }
  };
  for (let i = 0; i < Math.min(2000, sample.length); i++) await once(sample[i]); // warm up
  let t0 = performance.now();
  for (const line of sample) await once(line);
  const engineRate = (sample.length / (performance.now() - t0)) * 1000;
  const parsed = () => apiSample.map((l) => JSON.parse(l));
  for (const _ of checkMany(parsed(), { asOf: '2026-06-30' })); // warm up
  t0 = performance.now();
  let n = 0;
  for (const _ of checkMany(parsed(), { asOf: '2026-06-30' })) n++;
  const apiRate = (n / (performance.now() - t0)) * 1000;
  return { engineRate, apiRate, runs: sample.length, apiRuns: apiSample.length };
}

/** Runs the benchmark and prints its figures beside the goals; returns them. */
export async function run({ n = N, engineRuns = ENGINE_RUNS, log = console.log } = {}) {
  const t = performance.now();
  const file = ensureData(n);
  const made = performance.now() - t;
  const out = `${dataDir}check-out.ndjson`;
  await runCli(file, out, false); // warm the file cache
  // Three timed runs each way: the median and the best (this machine is shared, and its speed varies).
  const piped = await timed(file, out, true);
  const res = await timed(file, out, false);
  const outLines = await countLines(out);
  const inLines = await countLines(file);
  unlinkSync(out);
  const rate = (n / res.ms) * 1000;
  const { engineRate, apiRate, runs: engineCount, apiRuns } = await engineRates(file, engineRuns, API_RUNS);
  const size = statSync(file).size / 2 ** 20;
  const verdict = (r) => `${r.ms <= GOAL_MS ? 'met' : 'NOT met'}   (best ${(r.best / 1000).toFixed(2)} s)`;
  const rss = (r) => `${r.rssMb.toFixed(0).padStart(8)} MB    goal ≤ ${GOAL_RSS_MB} MB: ${r.rssMb <= GOAL_RSS_MB ? 'met' : 'NOT met'}`;
  log(
    `check: ${n.toLocaleString('en')} NDJSON records (${size.toFixed(0)} MB${made > 1000 ? `, generated in ${(made / 1000).toFixed(1)} s` : ''}), the CLI end to end, ${RUNS} runs each`,
  );
  log(`  vn-deadlines check records.ndjson --report ndjson --out results.ndjson`);
  log(`    wall time, median    ${(res.ms / 1000).toFixed(2).padStart(8)} s     goal ≤ ${GOAL_MS / 1000} s: ${verdict(res)}`);
  log(
    `    peak RSS, max        ${rss(res)}${Number.isNaN(res.timeMb) ? ' (process.resourceUsage)' : ` (/usr/bin/time -v; the process itself: ${res.probeMb.toFixed(0)} MB)`}`,
  );
  log(`  vn-deadlines check records.ndjson --report ndjson > results.ndjson   (bytes to stdout)`);
  log(`    wall time, median    ${(piped.ms / 1000).toFixed(2).padStart(8)} s     goal ≤ ${GOAL_MS / 1000} s: ${verdict(piped)}`);
  log(`    peak RSS, max        ${rss(piped)}`);
  log(`  records/s (--out)      ${fmt(rate).padStart(12)}`);
  log(
    `  output lines           ${outLines.toLocaleString('en').padStart(12)}   (input lines ${inLines.toLocaleString('en')}: one result per record ${outLines === inLines ? 'holds' : 'DOES NOT hold'})`,
  );
  log(`  checkMany, in process  ${fmt(apiRate).padStart(12)}   (${apiRuns.toLocaleString('en')} records already parsed, one thread, no output)`);
  log(
    `  json-rules-engine loop ${fmt(engineRate).padStart(12)}   (${engineCount.toLocaleString('en')} of the same records: JSON.parse, engine.run picks each variant, then checkCompliance)`,
  );
  log(`  ratio CLI / engine loop ${(rate / engineRate).toFixed(0).padStart(10)}×`);
  return { ms: res.ms, rssMb: res.rssMb, stdoutMs: piped.ms, stdoutRssMb: piped.rssMb, rate, apiRate, engineRate, outLines, inLines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run({ n: Number(process.argv[2] ?? N) });
