/**
 * The statutory layer's days off, precomputed at build time (scripts/holiday-data-plugin.ts,
 * `virtual:vn-statutory`) so that building a calendar runs no lunar computation; a day's
 * reasons are still made by `statutoryDays` when asked for (see layers/statutory.ts).
 */
import statutory from 'virtual:vn-statutory';
import { daysFromCivil } from '../core/days.js';

let years: string[] | undefined;

/** The day numbers of `statutoryDays(year)`'s days off inside `year`, or `undefined` for a year not precomputed. */
export function precomputedOffDays(year: number): number[] | undefined {
  years ??= statutory.days.split(',');
  const packed = years[year - statutory.firstYear];
  if (packed === undefined) return undefined;
  const jan1 = daysFromCivil(year, 1, 1);
  const out: number[] = [];
  const c0 = statutory.char0;
  for (let k = 0; k < packed.length; k += 2) out.push(jan1 + (packed.charCodeAt(k) - c0) * 32 + packed.charCodeAt(k + 1) - c0);
  return out;
}
