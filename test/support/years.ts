/**
 * Which years ship official data, read from the file list of `holidays/` (not from the code
 * under test), so that adding `holidays/<year>.json` needs no test edits: tests about "a
 * provisional year" use {@link firstProvisionalYear}, never a literal year.
 */
import { readdirSync } from 'node:fs';
import { daysFromCivil, formatDay, isoWeekday } from '../../src/core/days.js';

/** The years with a `holidays/<year>.json` file, ascending. */
export const shippedOfficialYears: readonly number[] = readdirSync(new URL('../../holidays/', import.meta.url))
  .filter((f) => /^\d{4}\.json$/.test(f))
  .map((f) => Number(f.slice(0, 4)))
  .sort((a, b) => a - b);

/** The first year with official data. */
export function firstOfficialYear(): number {
  return shippedOfficialYears[0];
}

/** The last year with official data. */
export function lastOfficialYear(): number {
  return shippedOfficialYears[shippedOfficialYears.length - 1];
}

/** The first year without official data: the year after the last official one. */
export function firstProvisionalYear(): number {
  return lastOfficialYear() + 1;
}

/**
 * The weekdays off in early January of `year` by the law alone, computed here by hand: 1/1, or
 * its nghỉ bù on the Monday after when it falls on a weekend (Labour Code 2012 Điều 115 khoản 3,
 * 2019 Điều 111 khoản 3).
 */
export function newYearOff(year: number): string {
  let d = daysFromCivil(year, 1, 1);
  while (isoWeekday(d) > 5) d++;
  return formatDay(d);
}

/**
 * `from` plus `n` working days (n ≥ 1) counting Monday–Friday and skipping the given days off:
 * a plain model for spans that cross no other holiday.
 */
export function plainAdd(from: string, n: number, off: readonly string[] = []): string {
  const [y, m, dd] = from.split('-').map(Number);
  let d = daysFromCivil(y, m, dd);
  let left = n;
  while (left > 0) {
    d++;
    if (isoWeekday(d) <= 5 && !off.includes(formatDay(d))) left--;
  }
  return formatDay(d);
}

/** The last Monday of December of `year`. */
export function lastMondayOfDecember(year: number): string {
  let d = daysFromCivil(year, 12, 31);
  while (isoWeekday(d) !== 1) d--;
  return formatDay(d);
}
