// One huge NDJSON line (a 50 MB title pasted into a record) read on one thread from standard
// input: `node dist/cli.js check - --format ndjson --report ndjson --workers 0 < line.ndjson`.
// Splitting lines must be linear: before the fix a 50 MB line took 12–23 s and 400–540 MB,
// 200 MB took 168 s and 2.5 GB. Beside it, the baseline: a plain Node script that reads the same
// standard input into one buffer and JSON.parses it, the least any reader must do; the ratio of
// the two is what the reader costs on top of that, and stays about the same as the line grows.
// Run with `npm run bench` (after a build), or alone: `node bench/long-line.bench.mjs [MB]`.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MB = 50;
const GOAL_RATIO = 4;

const root = fileURLToPath(new URL('../', import.meta.url));
const dataDir = fileURLToPath(new URL('./data/', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const probe = fileURLToPath(new URL('./rss-probe.mjs', import.meta.url));

const BASELINE = `
const parts = [];
process.stdin.on('data', (b) => parts.push(b));
process.stdin.on('end', () => {
  const v = JSON.parse(Buffer.concat(parts).toString('utf8'));
  process.stdout.write(String(v.title.length) + '\\n');
});`;

/** Writes the one-line file once: a record whose title is `mb` MB of Vietnamese text. */
function ensureData(mb) {
  const file = `${dataDir}long-line-${mb}mb.ndjson`;
  if (existsSync(file)) return file;
  mkdirSync(dataDir, { recursive: true });
  const tmp = `${file}.tmp`;
  const fd = openSync(tmp, 'w');
  writeSync(fd, '{"id":"L1","rule":"hp-2025/central-tthc-list","ministryDecisionDate":"2025-01-20","actual":"2025-02-10","title":"');
  const piece = 'Danh mục thủ tục hành chính lĩnh vực hộ tịch, chứng thực; '.repeat(1 << 12);
  const bytes = Buffer.byteLength(piece);
  for (let n = 0; n < mb * 2 ** 20; n += bytes) writeSync(fd, piece);
  writeSync(fd, '"}\n');
  closeSync(fd);
  renameSync(tmp, file);
  return file;
}

/** Runs `args` with the file on standard input: wall time, and peak RSS (/usr/bin/time -v, else the probe). */
function timed(args, file) {
  const hasTime = spawnSync('/usr/bin/time', ['-v', 'true'], { stdio: 'ignore' }).status === 0;
  const full = ['--import', pathToFileURL(probe).href, ...args];
  const cmd = hasTime ? '/usr/bin/time' : process.execPath;
  const argv = hasTime ? ['-v', process.execPath, ...full] : full;
  return new Promise((resolve, reject) => {
    const fd = openSync(file, 'r');
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: root, stdio: [fd, 'pipe', 'pipe'], env: { ...process.env, VN_DEADLINES_RSS_PROBE: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      closeSync(fd);
      const probeKb = Number(/vn-deadlines-rss-probe maxRSS=(\d+)/.exec(err)?.[1] ?? NaN);
      const timeKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] ?? NaN);
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}: ${err}`));
      else resolve({ ms, rssMb: (Number.isNaN(timeKb) ? probeKb : timeKb) / 1024, out });
    });
  });
}

/** Runs the benchmark and prints its figures beside the baseline; returns them. */
export async function run({ mb = MB, log = console.log } = {}) {
  const file = ensureData(mb);
  const base = await timed(['-e', BASELINE], file);
  const res = await timed([cli, 'check', '-', '--format', 'ndjson', '--report', 'ndjson', '--workers', '0'], file);
  const one = res.out.trim().split('\n');
  const ratio = res.ms / base.ms;
  log(`long line: one NDJSON record of ${mb} MB (its title) on standard input, one thread`);
  log(`  vn-deadlines check - --format ndjson --report ndjson --workers 0`);
  log(`    wall time            ${(res.ms / 1000).toFixed(2).padStart(8)} s     peak RSS ${res.rssMb.toFixed(0).padStart(6)} MB`);
  log(`  baseline: read stdin into one buffer, JSON.parse`);
  log(`    wall time            ${(base.ms / 1000).toFixed(2).padStart(8)} s     peak RSS ${base.rssMb.toFixed(0).padStart(6)} MB`);
  log(
    `  ratio check / baseline ${ratio.toFixed(1).padStart(8)}×    goal ≤ ${GOAL_RATIO}×: ${ratio <= GOAL_RATIO ? 'met' : 'NOT met'}   (memory ${(res.rssMb / base.rssMb).toFixed(1)}×)`,
  );
  log(
    `  results                ${String(one.length).padStart(8)}     (one record in: one result out ${one.length === 1 && /"status":"onTime"/.test(one[0]) ? 'holds' : 'DOES NOT hold'})`,
  );
  return { ms: res.ms, rssMb: res.rssMb, baseMs: base.ms, baseRssMb: base.rssMb, ratio };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run({ mb: Number(process.argv[2] ?? MB) });
