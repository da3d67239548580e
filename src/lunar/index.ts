/**
 * The Vietnamese lunar calendar (âm lịch), computed for UTC+7 — not the Chinese calendar,
 * which is computed for UTC+8 and differs in some years (Tết 1985, 2007, 2030, 2053…).
 * Supported: Gregorian dates 1900-01-01 … 2199-12-31.
 */
import { daysFromCivil, formatDay, toDay, type DateInput } from '../core/days.js';
import { VnDeadlinesError } from '../core/errors.js';
import { show } from '../core/args.js';
import { LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR, dayToLunar, lunarToDay, lunarYearMonths, type LunarDate } from './months.js';

export { LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR, dayToLunar, lunarToDay, lunarYearMonths };
export type { LunarDate } from './months.js';

const FIRST_DAY = daysFromCivil(LUNAR_FIRST_YEAR, 1, 1);
const LAST_DAY = daysFromCivil(LUNAR_LAST_YEAR, 12, 31);
const RANGE = `${LUNAR_FIRST_YEAR}-01-01–${LUNAR_LAST_YEAR}-12-31`;

function outOfRange(fn: string, what: string, value: unknown): VnDeadlinesError {
  return new VnDeadlinesError('out_of_coverage', `${fn}: ${what} is outside the supported range ${RANGE}`, {
    value,
    range: [formatDay(FIRST_DAY), formatDay(LAST_DAY)],
  });
}

/**
 * Converts a Gregorian date to the Vietnamese lunar calendar.
 *
 * @param date - `'YYYY-MM-DD'`, an ISO timestamp with offset, a JS `Date` or a luxon
 *   `DateTime` (instants are taken in Vietnam, UTC+7), between 1900-01-01 and 2199-12-31.
 * @returns the lunar `{ year, month, day, leap }`; `year` is named after the Gregorian year
 *   its Tết falls in, so January days before Tết belong to the previous lunar year.
 * @throws VnDeadlinesError `invalid_date` when `date` is not a date; `out_of_coverage`
 *   outside 1900-01-01 … 2199-12-31.
 * @example
 * ```ts
 * solarToLunar('2025-04-07'); // { year: 2025, month: 3, day: 10, leap: false } — Giỗ Tổ
 * solarToLunar('2025-07-25'); // { year: 2025, month: 6, day: 1, leap: true } — tháng 6 nhuận
 * ```
 */
export function solarToLunar(date: DateInput): LunarDate {
  const day = toDay(date, 'solarToLunar');
  if (day < FIRST_DAY || day > LAST_DAY) throw outOfRange('solarToLunar', formatDay(day), date);
  return dayToLunar(day);
}

/**
 * Converts a Vietnamese lunar date to its Gregorian date.
 *
 * @param year - lunar year (named after the Gregorian year of its Tết).
 * @param month - lunar month, 1–12.
 * @param day - day of the lunar month, 1–30.
 * @param leap - true for the leap month (tháng nhuận) of that number; default false.
 * @returns the Gregorian date as `'YYYY-MM-DD'`.
 * @throws VnDeadlinesError `invalid_date` when that lunar date does not exist (month 13, day
 *   30 of a 29-day month, a leap month the year does not have); `out_of_coverage` when it
 *   falls outside 1900-01-01 … 2199-12-31; `invalid_argument` when `leap` is not a boolean.
 * @example
 * ```ts
 * lunarToSolar(2026, 1, 1); // '2026-02-17' (Tết Bính Ngọ)
 * lunarToSolar(2025, 6, 1, true); // '2025-07-25'
 * lunarToSolar(2025, 2, 30); // throws invalid_date: month 2 of 2025 has 29 days
 * ```
 */
export function lunarToSolar(year: number, month: number, day: number, leap = false): string {
  const fn = 'lunarToSolar';
  for (const [name, v] of [
    ['year', year],
    ['month', month],
    ['day', day],
  ] as const) {
    if (typeof v !== 'number') throw new VnDeadlinesError('invalid_date', `${fn}: ${name} must be a number, got ${show(v)}`, { argument: name, value: v });
  }
  if (typeof leap !== 'boolean')
    throw new VnDeadlinesError('invalid_argument', `${fn}: leap must be true or false, got ${show(leap)}`, { argument: 'leap', value: leap });
  const what = `lunar date ${year}-${month}-${day}${leap ? ' (leap month)' : ''}`;
  if (Number.isInteger(year) && (year < LUNAR_FIRST_YEAR - 1 || year > LUNAR_LAST_YEAR)) {
    throw outOfRange(fn, what, { year, month, day, leap });
  }
  const n = lunarToDay(year, month, day, leap, fn);
  if (n < FIRST_DAY || n > LAST_DAY) throw outOfRange(fn, `${what} (${formatDay(n)})`, { year, month, day, leap });
  return formatDay(n);
}

/**
 * The Gregorian date of Tết Nguyên Đán (lunar 1/1) that falls in Gregorian `year`.
 *
 * @param year - Gregorian year, 1900–2199.
 * @returns the date of mùng 1 Tết as `'YYYY-MM-DD'` (always between 21 January and 20 February).
 * @throws VnDeadlinesError `out_of_coverage` for a year outside 1900–2199; `invalid_argument`
 *   for a non-integer year.
 * @example
 * ```ts
 * lunarNewYear(2027); // '2027-02-06'
 * lunarNewYear(2030); // '2030-02-02' (China: 2030-02-03)
 * ```
 */
export function lunarNewYear(year: number): string {
  if (!Number.isInteger(year)) {
    throw new VnDeadlinesError('invalid_argument', `lunarNewYear: ${String(year)} is not an integer year`, {
      value: year,
    });
  }
  if (year < LUNAR_FIRST_YEAR || year > LUNAR_LAST_YEAR) {
    throw new VnDeadlinesError('out_of_coverage', `lunarNewYear: ${year} is outside the supported range ${LUNAR_FIRST_YEAR}–${LUNAR_LAST_YEAR}`, {
      value: year,
      range: [LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR],
    });
  }
  return formatDay(lunarYearMonths(year)[0].start);
}
