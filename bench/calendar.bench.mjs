// Calendar benchmark: one million random addWorkingDays and workingDaysBetween calls over
// 2019–2026, beside two baselines run in the same process: a day-by-day loop over the same
// calendar's flags, and a loop over date-holidays' isHoliday (sampled: it costs ~1 ms a call).
// Also: a fresh process importing the package and computing a first answer.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';
import { addWorkingDays, workingDaysBetween, isWorkingDay, createCalendar } from '../dist/index.js';
import { dayOf, iso, rng } from './support.mjs';

const N = 1_000_000;
const first = dayOf(2019, 1, 1);
const last = dayOf(2026, 12, 31);

export function run({ n = N } = {}) {
  const r = rng(42);
  // Inputs: dates in 2019–2025 and offsets in ±250, so that answers stay inside 2019–2026.
  const dates = Array.from({ length: 4096 }, () => iso(first + 365 + Math.floor(r() * (last - first - 2 * 365))));
  const offsets = Array.from({ length: 4096 }, () => Math.floor(r() * 500) - 250 || 1);
  const rate = (count, ms) => (count / ms) * 1000;
  const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(1)} M/s` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k/s` : `${x.toFixed(0)} /s`);
  const rows = [];

  // warm up
  let sink = 0;
  for (let i = 0; i < 200_000; i++) sink += addWorkingDays(dates[i & 4095], offsets[i & 4095]).length;

  let t = performance.now();
  for (let i = 0; i < n; i++) sink += addWorkingDays(dates[i & 4095], offsets[i & 4095]).length;
  const addRate = rate(n, performance.now() - t);
  rows.push(['addWorkingDays (vn-deadlines)', addRate]);

  t = performance.now();
  for (let i = 0; i < n; i++) sink += workingDaysBetween(dates[i & 4095], dates[(i + 7) & 4095]);
  rows.push(['workingDaysBetween (vn-deadlines)', rate(n, performance.now() - t)]);

  // Baseline 1: day-by-day loop over a precomputed Map of working flags (no precomputed counts).
  const flags = new Map();
  for (let d = first; d <= last; d++) flags.set(iso(d), isWorkingDay(iso(d)));
  const slowAdd = (date, k) => {
    let d = Date.parse(date) / 86400000;
    const step = k > 0 ? 1 : -1;
    for (let left = Math.abs(k); left > 0;) {
      d += step;
      if (flags.get(iso(d))) left--;
    }
    return iso(d);
  };
  const slowN = 20_000;
  t = performance.now();
  for (let i = 0; i < slowN; i++) sink += slowAdd(dates[i & 4095], offsets[i & 4095]).length;
  const slowRate = rate(slowN, performance.now() - t);
  rows.push(['baseline: day-by-day loop', slowRate]);

  // Baseline 2: day-by-day loop over date-holidays' isHoliday (weekends + its VN holidays).
  const hd = new Holidays('VN');
  const hdAdd = (date, k) => {
    let d = Date.parse(date) / 86400000;
    const step = k > 0 ? 1 : -1;
    for (let left = Math.abs(k); left > 0;) {
      d += step;
      const day = new Date(d * 86400000 + 5 * 3600000);
      const wd = day.getUTCDay();
      if (wd !== 0 && wd !== 6 && !hd.isHoliday(day)) left--;
    }
    return iso(d);
  };
  const hdN = 40;
  t = performance.now();
  for (let i = 0; i < hdN; i++) sink += hdAdd(dates[i & 4095], offsets[i & 4095]).length;
  const hdRate = rate(hdN, performance.now() - t);
  rows.push(['baseline: date-holidays isHoliday loop', hdRate]);

  // First answer in a fresh process.
  const here = fileURLToPath(new URL('.', import.meta.url));
  const [coldMs, buildMs] = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const t=performance.now(); const m=await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)}); const t1=performance.now(); m.addWorkingDays('2025-01-20',10); const t2=performance.now(); process.stdout.write((t2-t)+' '+(t2-t1));`,
    ],
    { cwd: here },
  )
    .toString()
    .split(' ')
    .map(Number);
  let warmBuild = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    createCalendar();
    warmBuild = Math.min(warmBuild, performance.now() - t0);
  }

  console.log('calendar (1,000,000 random calls over 2019–2026; baselines sampled)');
  for (const [name, x] of rows) console.log(`  ${name.padEnd(44)} ${fmt(x).padStart(12)}`);
  console.log(`  addWorkingDays vs day-by-day loop: ×${(addRate / slowRate).toFixed(0)}; vs date-holidays: ×${(addRate / hdRate).toFixed(0)}`);
  console.log(`  goal ≥ 25 M/s addWorkingDays: ${addRate >= 25e6 ? 'met' : 'NOT met'} (${fmt(addRate)})`);
  console.log(`  import + first answer in a fresh process: ${coldMs.toFixed(1)} ms (goal ≤ 50 ms: ${coldMs <= 50 ? 'met' : 'NOT met'})`);
  console.log(
    `  building the calendar 2013–2100: first (with the lunar computation) ${buildMs.toFixed(1)} ms, again ${warmBuild.toFixed(1)} ms (goal ≤ 20 ms: ${buildMs <= 20 ? 'met' : 'NOT met'})`,
  );
  if (sink === 42) console.log('');
  return { addRate, coldMs };
}

if (import.meta.url === `file://${process.argv[1]}`) run();
