// Dossier-clock benchmark. (1) `dossierDeadline` with a supplement pause and an extension, in
// dossiers per second, beside a baseline in the same run: `addWorkingDays` on the same receipt
// days. (2) A register of one million dossiers (NDJSON: a tenth with a pause and an extension, a
// twentieth with a re-appointment, one bad line in a thousand) through the built CLI:
// `node dist/cli.js dossiers <file> --report ndjson --out <file> --summary --period 2025-Q1`.
// Goal for (2): ≤ 3 s wall time and ≤ 200 MB peak RSS, as `check`. It runs with the default
// worker threads (one per spare core) and with `--workers 0`, each beside a baseline measured in
// the same run: a plain read of the same file, split into lines, each given to JSON.parse
// (`node bench/dossier.bench.mjs --parse-only <file>`), shown as a ratio. Wall time, user CPU
// and peak RSS come from /usr/bin/time -v when there is one. The three run in turn, in rounds
// (BENCH_ROUNDS, 3): the median of each is printed with its range, as check's benchmark does;
// on this shared machine the same run's CPU time varies by half from one minute to the next.
// The register is generated once into bench/data/ (gitignored).
// Run with `npm run bench` (after a build), or alone: `node bench/dossier.bench.mjs [n]`.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDecoder } from 'node:util';

import { addWorkingDays } from '../dist/calendar.js';
import { dossierDeadline } from '../dist/dossier.js';
import { rng } from './support.mjs';

const N = 1_000_000;
const API_RUNS = 50_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const GOAL_MS = 3000;
const GOAL_RSS_MB = 200;
const GENERATOR = 'v1';

const root = fileURLToPath(new URL('../', import.meta.url));
const dataDir = fileURLToPath(new URL('./data/', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const probe = fileURLToPath(new URL('./rss-probe.mjs', import.meta.url));

const T0 = Date.parse('2024-12-01T00:00:00+07:00');
const MIN = 60_000;
const PROCEDURES = [
  'example/ho-tich-3-ngay-lam-viec',
  'laocai/chung-thuc-ban-sao-tu-so-goc',
  'binhdinh/tham-dinh-10-ngay-lam-viec',
  'example/kbnn-8-gio-lam-viec',
];
const at = (ms) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19) + '+07:00';

/** One dossier: received over Dec 2024 – Mar 2025 at any minute, resolved around its due day or not yet. */
function dossier(i, r) {
  const received = T0 + Math.floor(r() * 120 * 24 * 60) * MIN;
  const d = { id: `HS-${i}`, unit: `UBND xã ${i % 50}`, procedure: PROCEDURES[i % 4], receivedAt: at(received) };
  if (r() < 0.8) d.resolvedAt = at(received + Math.floor(r() * 14 * 24 * 60) * MIN);
  const x = r();
  if (x < 0.1)
    d.events = [
      { kind: 'supplementRequested', at: at(received + 60 * MIN) },
      { kind: 'supplementReceived', at: at(received + 3 * 24 * 60 * MIN) },
      { kind: 'extended', at: at(received + 4 * 24 * 60 * MIN), amount: 2, reason: 'xác minh' },
    ];
  else if (x < 0.15) d.events = [{ kind: 'reappointed', at: at(received + 24 * 60 * MIN), dueAt: at(received + 20 * 24 * 60 * MIN), reason: 'chờ ý kiến' }];
  if (i % 1000 === 999) d.receivedAt = '2025-02-30T09:00:00+07:00'; // a bad line
  return d;
}

function ensureData(n) {
  const file = `${dataDir}dossiers-${n}-${GENERATOR}.ndjson`;
  if (existsSync(file)) return file;
  mkdirSync(dataDir, { recursive: true });
  const fd = openSync(`${file}.tmp`, 'w');
  const r = rng(20250124);
  let buf = '';
  for (let i = 0; i < n; i++) {
    buf += JSON.stringify(dossier(i, r)) + '\n';
    if (buf.length > 1 << 20) (writeSync(fd, buf), (buf = ''));
  }
  writeSync(fd, buf);
  closeSync(fd);
  renameSync(`${file}.tmp`, file);
  return file;
}

/** Dossiers per second for `dossierDeadline` with a pause and an extension; `addWorkingDays` on the same days. */
function apiRates(runs) {
  const r = rng(7);
  const inputs = Array.from({ length: runs }, () => {
    const received = T0 + Math.floor(r() * 120 * 24 * 60) * MIN;
    return {
      day: at(received).slice(0, 10),
      input: {
        procedure: 'example/ho-tich-3-ngay-lam-viec',
        receivedAt: at(received),
        events: [
          { kind: 'supplementRequested', at: at(received + 60 * MIN) },
          { kind: 'supplementReceived', at: at(received + 3 * 24 * 60 * MIN) },
          { kind: 'extended', at: at(received + 4 * 24 * 60 * MIN), amount: 2, reason: 'xác minh' },
        ],
      },
    };
  });
  for (let i = 0; i < 5000; i++) dossierDeadline(inputs[i % runs].input); // warm up
  let t = performance.now();
  for (const x of inputs) dossierDeadline(x.input);
  const deadline = (runs / (performance.now() - t)) * 1000;
  for (let i = 0; i < 5000; i++) addWorkingDays(inputs[i % runs].day, 3);
  t = performance.now();
  for (const x of inputs) addWorkingDays(x.day, 3);
  const baseline = (runs / (performance.now() - t)) * 1000;
  return { deadline, baseline };
}

/** The baseline: the file read in 1 MB chunks, split into lines, each line given to JSON.parse; nothing written. */
function parseOnly(file) {
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  const decoder = new TextDecoder();
  let carry = '';
  let n = 0;
  for (let got; (got = readSync(fd, buf, 0, buf.length, null)) > 0;) {
    const text = carry + decoder.decode(buf.subarray(0, got), { stream: true });
    let p = 0;
    for (let q = text.indexOf('\n'); q >= 0; p = q + 1, q = text.indexOf('\n', p)) {
      try {
        if (JSON.parse(text.slice(p, q))) n++;
      } catch {
        // a bad line: the CLI reports it; the baseline only skips it
      }
    }
    carry = text.slice(p);
  }
  closeSync(fd);
  return n;
}

/** Runs `node <args>` under /usr/bin/time -v (else the RSS probe): exit code, wall ms, user CPU s, peak RSS MB. */
function timed(args) {
  const hasTime = spawnSync('/usr/bin/time', ['-v', 'true'], { stdio: 'ignore' }).status === 0;
  const argv = ['--import', pathToFileURL(probe).href, ...args];
  const [cmd, all] = hasTime ? ['/usr/bin/time', ['-v', process.execPath, ...argv]] : [process.execPath, argv];
  return new Promise((resolve) => {
    const t = performance.now();
    const child = spawn(cmd, all, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, VN_DEADLINES_RSS_PROBE: '1' } });
    let err = '';
    child.stderr.on('data', (b) => (err += b));
    child.on('close', (code) => {
      const ms = performance.now() - t;
      const timeKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] ?? NaN);
      const probeKb = Number(/vn-deadlines-rss-probe maxRSS=(\d+)/.exec(err)?.[1] ?? NaN);
      const user = Number(/User time \(seconds\): ([\d.]+)/.exec(err)?.[1] ?? NaN);
      resolve({ code, ms, user, rssMb: (Number.isNaN(timeKb) ? probeKb : timeKb) / 1024 });
    });
  });
}

const runCli = (file, out, extra = []) => timed([cli, 'dossiers', file, '--report', 'ndjson', '--out', out, '--summary', '--period', '2025-Q1', ...extra]);

const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : `${(x / 1e3).toFixed(1)} k/s`);

/** The run of median wall time among `runs`, with the range of the wall times and the largest peak RSS. */
function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const mid = sorted[Math.floor(sorted.length / 2)];
  return { ...mid, best: sorted[0].ms, worst: sorted[sorted.length - 1].ms, rssMb: Math.max(...runs.map((r) => r.rssMb)) };
}

/** Runs the benchmark and prints its figures beside the goals; returns them. */
export async function run({ n = N, rounds = ROUNDS, log = console.log } = {}) {
  const api = apiRates(API_RUNS);
  log(`dossierDeadline (3 working days, a pause and an extension): ${fmt(api.deadline)}; baseline addWorkingDays on the same days: ${fmt(api.baseline)}`);
  const file = ensureData(n);
  const out = `${dataDir}dossiers-out.ndjson`;
  const kinds = [
    ['baseline: read + JSON.parse only', () => timed([fileURLToPath(import.meta.url), '--parse-only', file])],
    ['CLI, default workers', () => runCli(file, out)],
    ['CLI, --workers 0 (one thread)', () => runCli(file, out, ['--workers', '0'])],
  ];
  // In rounds, the three in turn: this machine is shared, and its speed drifts within minutes.
  const runs = kinds.map(() => []);
  for (let round = 0; round < rounds; round++)
    for (const [k, [, once]] of kinds.entries()) {
      const r = await once();
      if (existsSync(out)) unlinkSync(out);
      if (r.code !== 0) throw new Error(`${kinds[k][0]} exited with ${r.code}`);
      runs[k].push(r);
    }
  const [base, ...cli] = runs.map(medianRun);
  const line = (what, r) =>
    `  ${what.padEnd(34)} ${(r.ms / 1000).toFixed(2).padStart(6)} s wall [${(r.best / 1000).toFixed(2)}–${(r.worst / 1000).toFixed(2)}], ` +
    `${r.user.toFixed(2).padStart(5)} s user, ${r.rssMb.toFixed(0).padStart(4)} MB peak RSS`;
  log(`dossiers CLI, ${n.toLocaleString('en')} dossiers (goal ≤ ${GOAL_MS / 1000} s, ≤ ${GOAL_RSS_MB} MB; median of ${rounds} rounds, range in brackets):`);
  log(line(kinds[0][0], base));
  for (const [k, r] of cli.entries()) {
    const ok = r.ms <= GOAL_MS && r.rssMb <= GOAL_RSS_MB;
    log(`${line(kinds[k + 1][0], r)}; ×${(r.ms / base.ms).toFixed(1)} the baseline's wall time: ${ok ? 'met' : 'NOT met'}`);
  }
  return { ...api, ...cli[0], baselineMs: base.ms };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === '--parse-only') parseOnly(process.argv[3]);
  else await run({ n: Number(process.argv[2] ?? N) });
}
