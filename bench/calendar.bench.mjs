// Calendar benchmark. Every figure is printed beside a baseline measured in the same run:
// - addWorkingDays and workingDaysBetween (ISO in, ISO out), one million random calls over
//   2019–2026, beside NumPy's vectorised `np.busday_offset` on the same inputs (python3 is
//   spawned; "numpy not available: skipped" without it), beside a plain table of ISO strings
//   indexed by a cumulative working-day count (the speed limit of the approach), a day-by-day
//   loop, and date-holidays' isHoliday (sampled: it costs ~1 ms a call);
// - import plus first answer, whole process, median of several runs, beside a bare `node -e ''`
//   median of the same run, for the main entry and for `vn-deadlines/calendar`.
// Run with `npm run bench` (after a build), or alone: `node bench/calendar.bench.mjs`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';
import { addWorkingDays, workingDaysBetween, isWorkingDay, createCalendar, getDefaultCalendar } from '../dist/index.js';
import { dayOf, iso, rng } from './support.mjs';

const N = 1_000_000;
const first = dayOf(2019, 1, 1);
const last = dayOf(2026, 12, 31);
const GOAL_NUMPY_RATIO = 2;
const GOAL_MAIN_MS = 30;
const GOAL_CALENDAR_MS = 15;
const COLD_RUNS = 11;

const rate = (count, ms) => (count / ms) * 1000;
const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(1)} M/s` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k/s` : `${x.toFixed(0)} /s`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * NumPy's `busday_offset` on the same inputs. The library's calendar has working Saturdays
 * (make-up days), which a weekmask cannot say: NumPy gets weekmask 1111111 and every day off of
 * 2013–2100 as a holiday, which is exactly the library's calendar (a). Semantics: roll='forward',
 * with the offset of a positive step from a day off lowered by one (the library counts the
 * n-th working day strictly after the date; NumPy first rolls onto the next working day, then
 * adds n). The adjusted offsets are made here, outside the timed region; Python counts the
 * answers that differ from the library's. NumPy's usual set-up (weekmask
 * 1111100, weekday holidays) is timed too: faster, but wrong around make-up Saturdays. Returns
 * both rates, or a reason it was skipped.
 */
function numpyRate(dates, offsets, answers, n) {
  const cal = getDefaultCalendar();
  const offDays = [];
  for (let d = dayOf(2013, 1, 1); d <= dayOf(2100, 12, 31); d++) if (!cal.isWorkingDay(iso(d))) offDays.push(iso(d));
  const adjusted = offsets.map((k, i) => (k > 0 && !isWorkingDay(dates[i]) ? k - 1 : k));
  const script = `
import sys, json, time
try:
    import numpy as np
except ImportError:
    print(json.dumps({"skipped": "numpy not available"})); sys.exit(0)
inp = json.load(sys.stdin)
n = inp["n"]
d0 = np.array(inp["dates"], dtype="datetime64[D]"); k0 = np.array(inp["offsets"], dtype=np.int64)
want = np.array(inp["answers"], dtype="datetime64[D]")
reps = -(-n // len(d0))
d = np.tile(d0, reps)[:n]; k = np.tile(k0, reps)[:n]
def measure(cal):
    got = np.busday_offset(d0, k0, roll="forward", busdaycal=cal)
    np.busday_offset(d[:100000], k[:100000], roll="forward", busdaycal=cal)
    times = []
    for _ in range(5):
        t = time.perf_counter(); np.busday_offset(d, k, roll="forward", busdaycal=cal); times.append(time.perf_counter() - t)
    times.sort()
    return {"rate": n / times[2], "differ": int((got != want).sum())}
off = np.array(inp["off"], dtype="datetime64[D]")
exact = measure(np.busdaycalendar(weekmask="1111111", holidays=off))
weekday_off = off[np.is_busday(off, weekmask="1111100")]
usual = measure(np.busdaycalendar(weekmask="1111100", holidays=weekday_off))
print(json.dumps({"version": np.__version__, "exact": exact, "usual": usual, "holidays": [len(off), len(weekday_off)]}))
`;
  const r = spawnSync('python3', ['-c', script], {
    input: JSON.stringify({ n, off: offDays, dates, offsets: adjusted, answers }),
    maxBuffer: 1 << 20,
  });
  if (r.error || r.status !== 0) return { skipped: 'numpy not available' };
  try {
    return JSON.parse(r.stdout.toString());
  } catch {
    return { skipped: 'numpy not available' };
  }
}

/**
 * The speed limit of the approach, in plain JavaScript: an ISO date read with a month table,
 * a cumulative working-day count, and a table of the working days' ISO strings.
 */
function plainTable() {
  const start = dayOf(2013, 1, 1);
  const end = dayOf(2100, 12, 31);
  const cal = getDefaultCalendar();
  const cum = new Int32Array(end - start + 1);
  const working = new Uint8Array(end - start + 1);
  const workIso = [];
  for (let d = start, w = 0; d <= end; d++) {
    const s = iso(d);
    if (cal.isWorkingDay(s)) {
      working[d - start] = 1;
      workIso.push(s);
      w++;
    }
    cum[d - start] = w;
  }
  const monthStart = new Int32Array(88 * 12);
  for (let k = 0; k < monthStart.length; k++) monthStart[k] = dayOf(2013 + Math.floor(k / 12), (k % 12) + 1, 1) - start;
  return (s, n) => {
    const y = (s.charCodeAt(0) - 48) * 1000 + (s.charCodeAt(1) - 48) * 100 + (s.charCodeAt(2) - 48) * 10 + s.charCodeAt(3) - 48;
    const m = (s.charCodeAt(5) - 48) * 10 + s.charCodeAt(6) - 48;
    const i = monthStart[(y - 2013) * 12 + m - 1] + (s.charCodeAt(8) - 48) * 10 + s.charCodeAt(9) - 48 - 1;
    return workIso[n > 0 ? cum[i] + n - 1 : cum[i] - working[i] + n];
  };
}

/**
 * One run of `node <args>`: its whole-process wall time, and its CPU time (user + system, every
 * thread, from process start: less sensitive to a loaded machine), in ms.
 */
function processRun(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: fileURLToPath(new URL('.', import.meta.url)) });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')}: ${r.stderr}`);
  const cpu = Number(/cpu-us (\d+)/.exec(r.stderr.toString())?.[1]) / 1000;
  return { wall, cpu };
}

/** Import plus first answer, whole process, for each entry, beside a bare node (interleaved runs, medians). */
function coldStart(runs) {
  // Each run reports its CPU time on exit (a line on stderr, the same in every kind of run).
  const probe = `process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('cpu-us ' + (u.user + u.system)); });`;
  const entry = (path) => [
    '--input-type=module',
    '-e',
    `${probe} const m = await import(${JSON.stringify(new URL(path, import.meta.url).href)}); if (m.addWorkingDays('2025-01-20', 10) !== '2025-02-10') process.exit(1);`,
  ];
  // esm: a bare ES module evaluation, for scale: the part of any ESM import that is Node's loader.
  const kinds = { bare: ['-e', probe], esm: ['--input-type=module', '-e', probe], main: entry('../dist/index.js'), calendar: entry('../dist/calendar.js') };
  const wall = { bare: [], esm: [], main: [], calendar: [] };
  const cpu = { bare: [], esm: [], main: [], calendar: [] };
  for (let i = 0; i < runs; i++) {
    for (const [k, args] of Object.entries(kinds)) {
      const r = processRun(args);
      wall[k].push(r.wall);
      cpu[k].push(r.cpu);
    }
  }
  const med = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, median(v)]));
  return { ...med(wall), cpu: med(cpu) };
}

export function run({ n = N } = {}) {
  const r = rng(42);
  // Inputs: dates in 2019–2025 and offsets in ±250, so that answers stay inside 2019–2026.
  const dates = Array.from({ length: 4096 }, () => iso(first + 365 + Math.floor(r() * (last - first - 2 * 365))));
  const offsets = Array.from({ length: 4096 }, () => Math.floor(r() * 500) - 250 || 1);
  const answers = dates.map((d, i) => addWorkingDays(d, offsets[i]));
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

  // Peer 1: a plain table of ISO strings by cumulative working-day count (the limit).
  const plain = plainTable();
  for (let i = 0; i < 4096; i++) if (plain(dates[i], offsets[i]) !== answers[i]) throw new Error(`plain table differs at ${dates[i]} ${offsets[i]}`);
  for (let i = 0; i < 200_000; i++) sink += plain(dates[i & 4095], offsets[i & 4095]).length;
  t = performance.now();
  for (let i = 0; i < n; i++) sink += plain(dates[i & 4095], offsets[i & 4095]).length;
  const plainRate = rate(n, performance.now() - t);
  rows.push(['peer: plain ISO table by cumulative count (JS)', plainRate]);

  // Peer 2: NumPy's busday_offset, vectorised, same inputs.
  const np = numpyRate(dates, offsets, answers, n);
  if (np.exact) {
    rows.push([`peer: NumPy busday_offset, exact calendar (a)`, np.exact.rate]);
    rows.push([`peer: NumPy busday_offset, usual weekmask (b)`, np.usual.rate]);
    np.rate = Math.max(np.exact.rate, np.usual.rate);
  }

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

  const cold = coldStart(COLD_RUNS);
  let warmBuild = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    createCalendar();
    warmBuild = Math.min(warmBuild, performance.now() - t0);
  }

  console.log('calendar (1,000,000 random calls over 2019–2026; baselines sampled)');
  for (const [name, x] of rows) console.log(`  ${name.padEnd(48)} ${fmt(x).padStart(12)}`);
  console.log(
    `  addWorkingDays vs day-by-day loop: ×${(addRate / slowRate).toFixed(0)}; vs date-holidays: ×${(addRate / hdRate).toFixed(0)}; vs plain table: ×${(addRate / plainRate).toFixed(2)}`,
  );
  if (np.rate) {
    const ratio = addRate / np.rate;
    console.log(`  NumPy ${np.version}, vectorised over ${n.toLocaleString('en')} inputs, roll='forward' (offsets matched to the library's), median of 5:`);
    console.log(
      `    (a) weekmask 1111111, every day off 2013–2100 as a holiday (${np.holidays[0]}): the library's calendar exactly (${np.exact.differ} of 4096 answers differ)`,
    );
    console.log(
      `    (b) weekmask 1111100, weekday days off as holidays (${np.holidays[1]}): cannot say make-up Saturdays (${np.usual.differ} of 4096 answers differ)`,
    );
    console.log(
      `  addWorkingDays vs NumPy (the faster of a and b): ×${ratio.toFixed(2)} (goal ≥ ×${GOAL_NUMPY_RATIO}: ${ratio >= GOAL_NUMPY_RATIO ? 'met' : 'NOT met'})`,
    );
  } else {
    console.log(`  addWorkingDays vs NumPy: ${np.skipped}: skipped`);
  }
  const m = getDefaultCalendar().tableMemory?.();
  const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
  if (m) {
    console.log(
      `  memory of the default calendar's tables after this run: typed arrays ${kb(m.typed)}; ISO tables by day and by working day ${kb(m.isoSlots)} of slots`,
    );
    console.log(`    + ${m.isoMade} ISO strings made on use, shared by both (≈ ${kb(m.isoStrings)}; ≈ 1 MB if all 32,142 days are asked)`);
  }
  console.log(`  import + first answer, whole process, median of ${COLD_RUNS} (bare node -e '' ${cold.bare.toFixed(1)} ms):`);
  const mainMs = cold.main - cold.bare;
  const calMs = cold.calendar - cold.bare;
  console.log(
    `    vn-deadlines           ${cold.main.toFixed(1)} ms, ${mainMs.toFixed(1)} ms over bare node (goal ≤ ${GOAL_MAIN_MS} ms: ${mainMs <= GOAL_MAIN_MS ? 'met' : 'NOT met'})`,
  );
  console.log(
    `    vn-deadlines/calendar  ${cold.calendar.toFixed(1)} ms, ${calMs.toFixed(1)} ms over bare node (goal ≤ ${GOAL_CALENDAR_MS} ms: ${calMs <= GOAL_CALENDAR_MS ? 'met' : 'NOT met'})`,
  );
  const c = cold.cpu;
  console.log(
    `    CPU time, same runs (bare node ${c.bare.toFixed(1)} ms): vn-deadlines ${(c.main - c.bare).toFixed(1)} ms over bare node, vn-deadlines/calendar ${(c.calendar - c.bare).toFixed(1)} ms`,
  );
  console.log(
    `    for scale, an empty ES module (node --input-type=module -e): ${(cold.esm - cold.bare).toFixed(1)} ms wall, ${(c.esm - c.bare).toFixed(1)} ms CPU over bare node: Node's ESM loader, in both figures above`,
  );
  console.log(`  building another calendar 2013–2100 (createCalendar, warm): ${warmBuild.toFixed(1)} ms`);
  if (sink === 42) console.log('');
  return { addRate, numpyRate: np.rate, mainMs, calendarMs: calMs };
}

if (import.meta.url === `file://${process.argv[1]}`) run();
