/**
 * Lunar months as day numbers: the fast, internal side of the Vietnamese lunar calendar.
 *
 * The rules (Hồ Ngọc Đức, "Thuật toán tính âm lịch"), all in Vietnamese time (UTC+7):
 * 1. a lunar month starts on the civil day that holds the new moon (ngày Sóc);
 * 2. the winter solstice (Đông chí) always falls in month 11;
 * 3. when 13 months separate two months 11, the first month after month 11 that holds no
 *    principal term (trung khí) is a leap month and repeats the previous month's number;
 * 4. month 1 (Tết) is the second regular month after month 11.
 *
 * Each "solstice year" (the months from one month 11 to the next) is computed once and kept
 * in a module-level memo, so a whole lunar year costs about 14 new moons and 14 sun
 * positions the first time and a map look-up after that.
 */
import { civilFromDays, daysFromCivil } from '../core/days.js';
import { VnDeadlinesError } from '../core/errors.js';
import { JDN_OF_DAY_ZERO, NEW_MOON_EPOCH_JD, SYNODIC_MONTH, WINTER_SOLSTICE_SECTOR, newMoonDay, sectorAtStartOf } from './astronomy.js';

/** First Gregorian year the lunar functions answer for. */
export const LUNAR_FIRST_YEAR = 1900;
/** Last Gregorian year the lunar functions answer for. */
export const LUNAR_LAST_YEAR = 2199;
/** First lunar year of the internal API: lunar 1899 ends in January–February 1900. */
const FIRST_INTERNAL_YEAR = LUNAR_FIRST_YEAR - 1;

/** One month of a lunar year. */
export interface LunarMonth {
  /** The lunar year it belongs to (named after the Gregorian year its Tết falls in). */
  readonly year: number;
  /** Month number, 1–12 (a leap month repeats the number of the month before it). */
  readonly month: number;
  /** True for the leap month (tháng nhuận). */
  readonly leap: boolean;
  /** Day number (days since 1970-01-01) of its first day, mùng 1. */
  readonly start: number;
  /** 29 (tháng thiếu) or 30 (tháng đủ) days. */
  readonly length: number;
}

/** A date of the Vietnamese lunar calendar. */
export interface LunarDate {
  /** Lunar year, named after the Gregorian year its Tết falls in. */
  year: number;
  /** Month, 1–12. */
  month: number;
  /** Day of the month, 1–30. */
  day: number;
  /** True in a leap month (tháng nhuận). */
  leap: boolean;
}

const month11Lunations = new Map<number, number>();

/**
 * The lunation number k (see {@link newMoonDay}) of month 11 of lunar year `year`: the month
 * that holds the December solstice of Gregorian `year` (its first day is on or before the
 * solstice day, its successor's after).
 */
function month11Lunation(year: number): number {
  const cached = month11Lunations.get(year);
  if (cached !== undefined) return cached;
  // A month starts after the solstice day exactly when the sun is already past 270° at its
  // first midnight. Start from the last lunation before 31 December and step back or forward.
  const startsAfterSolstice = (k: number) => sectorAtStartOf(newMoonDay(k)) >= WINTER_SOLSTICE_SECTOR;
  const dec31Jd = daysFromCivil(year, 12, 31) + JDN_OF_DAY_ZERO;
  let k = Math.floor((dec31Jd - NEW_MOON_EPOCH_JD) / SYNODIC_MONTH);
  while (startsAfterSolstice(k)) k--;
  while (!startsAfterSolstice(k + 1)) k++;
  month11Lunations.set(year, k);
  return k;
}

/** Month numbers are 1–12: the month after 12 is 1. */
const nextMonthNumber = (month: number) => (month % 12) + 1;

const solsticeYears = new Map<number, readonly LunarMonth[]>();

/**
 * The 12 or 13 months from month 11 of Gregorian `y − 1` up to (not including) month 11 of
 * Gregorian `y`: months 11 and 12 of lunar year `y − 1`, then months 1–10 of lunar year `y`,
 * with the leap month, if any, in place.
 */
function solsticeYear(y: number): readonly LunarMonth[] {
  const cached = solsticeYears.get(y);
  if (cached) return cached;

  const k0 = month11Lunation(y - 1);
  const count = month11Lunation(y) - k0; // 12, or 13 in a leap year
  const starts: number[] = [];
  for (let i = 0; i <= count; i++) starts.push(newMoonDay(k0 + i));

  // Rule 3: the first month after month 11 whose first day and the next month's first day
  // start in the same sector holds no principal term. -1: no leap month.
  let leapIndex = -1;
  if (count === 13) {
    let sector = sectorAtStartOf(starts[1]);
    for (let i = 1; i < count && leapIndex < 0; i++) {
      const nextSector = sectorAtStartOf(starts[i + 1]);
      if (sector === nextSector) leapIndex = i;
      sector = nextSector;
    }
    if (leapIndex < 0) throw new Error(`lunar calendar: no month without a principal term before month 11 of ${y}`);
  }

  const months: LunarMonth[] = [];
  let month = 11;
  let year = y - 1; // months 11 and 12 (and a leap 11 or 12) close the previous lunar year
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (i > 0 && !leap) {
      month = nextMonthNumber(month);
      if (month === 1) year = y;
    }
    months.push(Object.freeze({ year, month, leap, start: starts[i], length: starts[i + 1] - starts[i] }));
  }
  const frozen = Object.freeze(months);
  solsticeYears.set(y, frozen);
  return frozen;
}

function checkLunarYear(year: number, fn: string): void {
  if (!Number.isInteger(year)) {
    throw new VnDeadlinesError('invalid_argument', `${fn}: lunar year ${String(year)} is not an integer year`, {
      value: year,
    });
  }
  if (year < FIRST_INTERNAL_YEAR || year > LUNAR_LAST_YEAR) {
    throw new VnDeadlinesError('out_of_coverage', `${fn}: lunar year ${year} is outside the supported range ${FIRST_INTERNAL_YEAR}–${LUNAR_LAST_YEAR}`, {
      value: year,
      range: [FIRST_INTERNAL_YEAR, LUNAR_LAST_YEAR],
    });
  }
}

const lunarYears = new Map<number, readonly LunarMonth[]>();

/**
 * The months of lunar year `year`, in order, from month 1 (Tết) to month 12, with the leap
 * month in place: 12 or 13 frozen {@link LunarMonth} records, computed once per year.
 *
 * @param year - lunar year, 1899–2199 (lunar 1899 is the one that ends in early 1900).
 * @returns the months with their first day (day number), length, number and leap flag.
 * @throws VnDeadlinesError `out_of_coverage` for a year outside 1899–2199; `invalid_argument`
 *   for a non-integer year.
 * @example
 * ```ts
 * const [tet] = lunarYearMonths(2025);
 * formatDay(tet.start); // '2025-01-29'
 * lunarYearMonths(2025).find((m) => m.leap)?.month; // 6 (tháng 6 nhuận)
 * ```
 */
export function lunarYearMonths(year: number): readonly LunarMonth[] {
  const cached = lunarYears.get(year);
  if (cached) return cached;
  checkLunarYear(year, 'lunarYearMonths');
  const months = Object.freeze([...solsticeYear(year).filter((m) => m.year === year), ...solsticeYear(year + 1).filter((m) => m.year === year)]);
  lunarYears.set(year, months);
  return months;
}

/**
 * The day number of a lunar date.
 *
 * @param year - lunar year, 1899–2199.
 * @param month - month, 1–12.
 * @param day - day of the month, 1–30.
 * @param leap - true for the leap month of that number.
 * @param fn - the public function to name in error messages.
 * @returns days since 1970-01-01 of that date.
 * @throws VnDeadlinesError `invalid_date` when the date does not exist (month 13, day 30 of
 *   a 29-day month, a leap month the year does not have); `out_of_coverage` for a year
 *   outside 1899–2199.
 * @example
 * ```ts
 * formatDay(lunarToDay(2025, 3, 10)); // '2025-04-07' (Giỗ Tổ Hùng Vương)
 * ```
 */
export function lunarToDay(year: number, month: number, day: number, leap = false, fn = 'lunarToDay'): number {
  const what = `lunar date ${year}-${month}-${day}${leap ? ' (leap month)' : ''}`;
  const invalid = (why: string) => new VnDeadlinesError('invalid_date', `${fn}: ${what} does not exist: ${why}`, { value: { year, month, day, leap } });
  if (typeof leap !== 'boolean') {
    throw new VnDeadlinesError('invalid_argument', `${fn}: leap must be true or false, not ${String(leap)}`, {
      value: leap,
    });
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) throw invalid('months run from 1 to 12');
  if (!Number.isInteger(day) || day < 1 || day > 30) throw invalid('days run from 1 to 29 or 30');
  checkLunarYear(year, fn);
  const months = lunarYearMonths(year);
  const found = months.find((m) => m.month === month && m.leap === leap);
  if (!found) {
    const leapMonth = months.find((m) => m.leap);
    throw invalid(leapMonth ? `the leap month of ${year} is month ${leapMonth.month}` : `${year} has no leap month`);
  }
  if (day > found.length) throw invalid(`that month has ${found.length} days`);
  return found.start + day - 1;
}

/**
 * The lunar date of a day number, for Gregorian years 1899 (from Tết) to 2199.
 *
 * @param day - days since 1970-01-01.
 * @returns the lunar year, month, day and leap flag.
 * @throws VnDeadlinesError `out_of_coverage` outside that range.
 * @example
 * ```ts
 * dayToLunar(daysFromCivil(2025, 1, 29)); // { year: 2025, month: 1, day: 1, leap: false }
 * ```
 */
export function dayToLunar(day: number): LunarDate {
  const gregorianYear = civilFromDays(day)[0];
  let months = lunarYearMonths(gregorianYear);
  // Before Tết the day still belongs to the previous lunar year.
  if (day < months[0].start) months = lunarYearMonths(gregorianYear - 1);
  for (let i = months.length - 1; i >= 0; i--) {
    const m = months[i];
    if (day >= m.start) return { year: m.year, month: m.month, day: day - m.start + 1, leap: m.leap };
  }
  throw new Error(`lunar calendar: day ${day} precedes lunar year ${months[0].year}`);
}
