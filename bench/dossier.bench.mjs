// Dossier-clock benchmark. (1) `dossierDeadline` with a supplement pause and an extension, in
// dossiers per second, beside a baseline in the same run: `addWorkingDays` on the same receipt
// days. (2) A register of one million dossiers (NDJSON: a tenth with a pause and an extension, a
// twentieth with a re-appointment, one bad line in a thousand) through the built CLI:
// `node dist/cli.js dossiers <file> --report ndjson --out <file> --summary --period 2025-Q1`.
// Goal for (2): ≤ 3 s wall time and ≤ 200 MB peak RSS, as `check`.
// The register is generated once into bench/data/ (gitignored).
// Run with `npm run bench` (after a build), or alone: `node bench/dossier.bench.mjs [n]`.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { addWorkingDays } from '../dist/calendar.js';
import { dossierDeadline } from '../dist/dossier.js';
import { rng } from './support.mjs';

const N = 1_000_000;
const API_RUNS = 50_000;
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

function runCli(file, out) {
  const args = ['--import', pathToFileURL(probe).href, cli, 'dossiers', file, '--report', 'ndjson', '--out', out, '--summary', '--period', '2025-Q1'];
  const hasTime = spawnSync('/usr/bin/time', ['-v', 'true'], { stdio: 'ignore' }).status === 0;
  const [cmd, argv] = hasTime ? ['/usr/bin/time', ['-v', process.execPath, ...args]] : [process.execPath, args];
  return new Promise((resolve) => {
    const t = performance.now();
    const child = spawn(cmd, argv, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, VN_DEADLINES_RSS_PROBE: '1' } });
    let err = '';
    child.stderr.on('data', (b) => (err += b));
    child.on('close', (code) => {
      const ms = performance.now() - t;
      const timeKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] ?? NaN);
      const probeKb = Number(/vn-deadlines-rss-probe maxRSS=(\d+)/.exec(err)?.[1] ?? NaN);
      resolve({ code, ms, rssMb: (Number.isNaN(timeKb) ? probeKb : timeKb) / 1024 });
    });
  });
}

const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : `${(x / 1e3).toFixed(1)} k/s`);

/** Runs the benchmark and prints its figures beside the goals; returns them. */
export async function run({ n = N, log = console.log } = {}) {
  const api = apiRates(API_RUNS);
  log(`dossierDeadline (3 working days, a pause and an extension): ${fmt(api.deadline)}; baseline addWorkingDays on the same days: ${fmt(api.baseline)}`);
  const file = ensureData(n);
  const out = `${dataDir}dossiers-out.ndjson`;
  const res = await runCli(file, out);
  if (existsSync(out)) unlinkSync(out);
  const ok = res.code === 0 && res.ms <= GOAL_MS && res.rssMb <= GOAL_RSS_MB;
  log(
    `dossiers CLI, ${n.toLocaleString('en')} dossiers: ${(res.ms / 1000).toFixed(2)} s, peak RSS ${res.rssMb.toFixed(0)} MB (goal ≤ ${GOAL_MS / 1000} s, ≤ ${GOAL_RSS_MB} MB): ${ok ? 'met' : 'NOT met'}`,
  );
  return { ...api, ...res };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run({ n: Number(process.argv[2] ?? N) });
