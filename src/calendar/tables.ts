/**
 * The look-up tables every query reads, made in one pass over the layered flags: cumulative
 * counts (so a range count or an offset is two array reads), the working days in order, and
 * the longest run of days that rest on nothing provisional or pending.
 */
import { daysInMonth } from '../core/days.js';
import { PENDING, PROVISIONAL, WORKING } from './flags.js';

/**
 * The working-day tables: what addWorkingDays and workingDaysBetween read. Made a year at a
 * time, on first use (`cum` and `work` hold -1 until then): the first answer of a new process
 * fills one or two years, not 88. What a year is made from: its first index and the working
 * days before it, counted from weekly rest and the days the layers changed (no pass over the days).
 */
export interface WorkingTables {
  /** `cum[i]`: working days in `[0, i]`; -1 while the year of i is not made. */
  cum: Int32Array;
  /** `work[k]`: index of the k-th working day (from 0); -1 while its year is not made. */
  work: Int32Array;
  /** Index of 1 January of each year, and one past the last day (years + 1 entries). */
  yearStart: Int32Array;
  /** Working days before each year, and the total (years + 1 entries). */
  workBefore: Int32Array;
}

/** Weekdays (Monday–Friday) among the first `x` days from a day of ISO weekday `weekday0` + 1. */
function weekdaysBefore(x: number, monday0: number): number {
  const z = x + monday0;
  return 5 * Math.floor(z / 7) + Math.min(z % 7, 5) - Math.min(monday0, 5);
}

/**
 * The working-day tables of `flags`, none of it made: `startWeekday` is the ISO weekday of index
 * 0, `monthStart` gives the years' first indexes, `touched` the indexes a layer changed.
 */
export function workingTables(flags: Uint8Array, startWeekday: number, monthStart: Int32Array, touched: readonly number[]): WorkingTables {
  const n = flags.length;
  const years = monthStart.length / 12;
  const monday0 = startWeekday - 1;
  const yearStart = new Int32Array(years + 1);
  for (let y = 0; y < years; y++) yearStart[y] = monthStart[y * 12];
  yearStart[years] = n;
  // Per year: weekdays, corrected by each changed day whose WORKING bit differs from weekly rest.
  const delta = new Int32Array(years);
  const seen = new Uint8Array(n);
  for (let t = 0; t < touched.length; t++) {
    const i = touched[t];
    if (seen[i]) continue;
    seen[i] = 1;
    const weekly = (monday0 + i) % 7 < 5 ? WORKING : 0;
    const now = flags[i] & WORKING;
    if (now !== weekly) delta[yearNear(yearStart, i)] += now - weekly;
  }
  const workBefore = new Int32Array(years + 1);
  for (let y = 0; y < years; y++) {
    workBefore[y + 1] = workBefore[y] + weekdaysBefore(yearStart[y + 1], monday0) - weekdaysBefore(yearStart[y], monday0) + delta[y];
  }
  return { cum: new Int32Array(n).fill(-1), work: new Int32Array(workBefore[years]).fill(-1), yearStart, workBefore };
}

/** The year (from 0) that holds index `i`: a guess by the mean year's length, corrected. */
function yearNear(yearStart: Int32Array, i: number): number {
  let y = Math.min(Math.floor(i / 365.2425), yearStart.length - 2);
  while (yearStart[y] > i) y--;
  while (yearStart[y + 1] <= i) y++;
  return y;
}

/** The year (from 0) that holds index `i`. */
export function yearOf(yearStart: Int32Array, i: number): number {
  let lo = 0;
  let hi = yearStart.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (yearStart[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The year (from 0) that holds the k-th working day. */
export function yearOfWork(t: WorkingTables, k: number): number {
  return yearOf(t.workBefore, k);
}

/** Makes `cum` and `work` for year `y` (from 0). */
export function makeYear(t: WorkingTables, flags: Uint8Array, y: number): void {
  const { cum, work } = t;
  let w = t.workBefore[y];
  for (let i = t.yearStart[y], end = t.yearStart[y + 1]; i < end; i++) {
    if (flags[i] & WORKING) work[w++] = i;
    cum[i] = w;
  }
  if (w !== t.workBefore[y + 1])
    throw new Error(`calendar: year ${y} counted ${w - t.workBefore[y]} working days, expected ${t.workBefore[y + 1] - t.workBefore[y]}`);
}

/** The tables of what a range rests on (made on the first question about it). */
export interface DependencyTables {
  /** Provisional days in `[0, i]`. */
  cumProvisional: Int32Array;
  /** Days with a pending announcement in `[0, i]`. */
  cumPending: Int32Array;
  /** Indexes (both included) of the longest run with neither a provisional day nor a pending announcement; `cleanTo < cleanFrom` when none. */
  cleanFrom: number;
  cleanTo: number;
}

/** The dependency tables of `flags`. */
export function dependencyTables(flags: Uint8Array): DependencyTables {
  const n = flags.length;
  const cumProvisional = new Int32Array(n);
  const cumPending = new Int32Array(n);
  let p = 0,
    q = 0;
  let cleanFrom = 0,
    cleanTo = -1,
    runStart = 0;
  for (let i = 0; i < n; i++) {
    const f = flags[i];
    if (f & PROVISIONAL) p++;
    if (f & PENDING) q++;
    cumProvisional[i] = p;
    cumPending[i] = q;
    if (f & (PROVISIONAL | PENDING)) {
      if (i - runStart > cleanTo - cleanFrom + 1) {
        cleanFrom = runStart;
        cleanTo = i - 1;
      }
      runStart = i + 1;
    }
  }
  if (n - runStart > cleanTo - cleanFrom + 1) {
    cleanFrom = runStart;
    cleanTo = n - 1;
  }
  return { cumProvisional, cumPending, cleanFrom, cleanTo };
}

/** For each month from January of `firstYear`: the index of its first day and its length. */
export function monthTables(firstYear: number, lastYear: number): { monthStart: Int32Array; monthLength: Uint8Array } {
  const months = (lastYear - firstYear + 1) * 12;
  const monthStart = new Int32Array(months);
  const monthLength = new Uint8Array(months);
  for (let k = 0, at = 0; k < months; k++) {
    const length = daysInMonth(firstYear + Math.floor(k / 12), (k % 12) + 1);
    monthStart[k] = at;
    monthLength[k] = length;
    at += length;
  }
  return { monthStart, monthLength };
}
