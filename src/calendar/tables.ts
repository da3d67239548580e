/**
 * The look-up tables every query reads, made in one pass over the layered flags: cumulative
 * counts (so a range count or an offset is two array reads), the working days in order, and
 * the longest run of days that rest on nothing provisional or pending.
 */
import { daysInMonth } from '../core/days.js';
import { PENDING, PROVISIONAL, WORKING } from './flags.js';

/** The working-day tables: what addWorkingDays and workingDaysBetween read. */
export interface WorkingTables {
  /** `cum[i]`: working days in `[0, i]`. */
  cum: Int32Array;
  /** `work[k]`: index of the k-th working day (from 0). */
  work: Int32Array;
}

/** The working-day tables of `flags`, in one pass (made with every calendar). */
export function workingTables(flags: Uint8Array): WorkingTables {
  const n = flags.length;
  const cum = new Int32Array(n);
  const all = new Int32Array(n);
  let w = 0;
  for (let i = 0; i < n; i++) {
    if (flags[i] & WORKING) all[w++] = i;
    cum[i] = w;
  }
  return { cum, work: all.slice(0, w) };
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
  let p = 0, q = 0;
  let cleanFrom = 0, cleanTo = -1, runStart = 0;
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
