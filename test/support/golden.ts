/**
 * Reads the hand-checked golden list `test/golden/official-days.txt` (written from
 * the official notices of each year, not from the JSON) and gives a slow,
 * day-by-day model of the official calendar built from it.
 */
import { readFileSync } from 'node:fs';
import { daysFromCivil, formatDay, isoWeekday, tryParseIsoDay } from '../../src/core/days.js';

export interface GoldenLine {
  date: string;
  status: 'off' | 'work';
  weekday: string;
  reason: string;
}

export const golden: GoldenLine[] = readFileSync(new URL('../golden/official-days.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const m = /^(\d{4}-\d{2}-\d{2})\s+(off|work)\s+(\w{3})\s+(.*)$/.exec(l);
    if (!m) throw new Error(`bad golden line: ${l}`);
    return { date: m[1], status: m[2] as 'off' | 'work', weekday: m[3], reason: m[4] };
  });

const exceptions = new Map(golden.map((g) => [tryParseIsoDay(g.date)!, g.status]));

/** The first and last day the golden list covers (the official years). */
export const GOLDEN_FIRST = daysFromCivil(2016, 1, 1);
export const GOLDEN_LAST = daysFromCivil(2026, 12, 31);

/** Working status by the plain rule plus the golden exceptions. */
export function modelIsWorking(day: number): boolean {
  const ex = exceptions.get(day);
  if (ex) return ex === 'work';
  return isoWeekday(day) <= 5;
}

/** Day-by-day model of addWorkingDays (n ≠ 0), or undefined when it leaves [lo, hi]. */
export function modelAdd(day: number, n: number, lo = GOLDEN_FIRST, hi = GOLDEN_LAST): string | undefined {
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  let d = day;
  while (left > 0) {
    d += step;
    if (d < lo || d > hi) return undefined;
    if (modelIsWorking(d)) left--;
  }
  return formatDay(d);
}
