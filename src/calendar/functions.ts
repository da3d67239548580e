/**
 * The calendar's queries as plain functions on the default calendar. Each has the same
 * meaning, arguments and errors as the method of the same name on {@link Calendar}.
 */
import type { DateLike, DetailedQueries } from './calendar.js';
import { getDefaultCalendar } from './create.js';
import type { DayInfo, Dependencies, RollConvention } from './types.js';

/**
 * Whether `date` is a working day of the civil service.
 * @example `isWorkingDay('2025-04-26') // true: a make-up Saturday`
 * @throws `invalid_date`, `out_of_coverage`
 */
export const isWorkingDay = (date: DateLike): boolean => getDefaultCalendar().isWorkingDay(date);

/**
 * Everything known about a day: working or not, why, names, sources, status, pending notices.
 * @example `dayInfo('2025-09-01').reasons[0].documents[0].id // 'CV 8726/VPCP-KGVX'`
 * @throws `invalid_date`, `out_of_coverage`
 */
export const dayInfo = (date: DateLike): DayInfo => getDefaultCalendar().dayInfo(date);

/**
 * The n-th working day strictly after `date` (n > 0), the |n|-th strictly before (n < 0), or
 * `date` itself when it is a working day (n = 0).
 * @example `addWorkingDays('2025-01-20', 10) // '2025-02-10'`
 * @throws `invalid_date`, `invalid_argument`, `not_a_working_day`, `out_of_coverage`
 */
export const addWorkingDays = (date: DateLike, n: number): string => getDefaultCalendar().addWorkingDays(date, n);

/**
 * `addWorkingDays(date, -n)`.
 * @example `subWorkingDays('2025-02-10', 10) // '2025-01-20'`
 * @throws as {@link addWorkingDays}
 */
export const subWorkingDays = (date: DateLike, n: number): string => getDefaultCalendar().subWorkingDays(date, n);

/**
 * Working days from `a` to `b`: for a ≤ b those with a < d ≤ b; for b < a, minus those with
 * b ≤ d < a.
 * @example `workingDaysBetween('2025-01-20', '2025-02-10') // 10`
 * @throws `invalid_date`, `out_of_coverage`
 */
export const workingDaysBetween = (a: DateLike, b: DateLike): number => getDefaultCalendar().workingDaysBetween(a, b);

/**
 * The first working day strictly after `date`.
 * @example `nextWorkingDay('2025-01-24') // '2025-02-03'`
 * @throws `invalid_date`, `out_of_coverage`
 */
export const nextWorkingDay = (date: DateLike): string => getDefaultCalendar().nextWorkingDay(date);

/**
 * The last working day strictly before `date`.
 * @example `previousWorkingDay('2025-02-03') // '2025-01-24'`
 * @throws `invalid_date`, `out_of_coverage`
 */
export const previousWorkingDay = (date: DateLike): string => getDefaultCalendar().previousWorkingDay(date);

/**
 * Moves a day off to a working day by a convention; a working day is returned unchanged.
 * @example `roll('2025-01-27', 'following') // '2025-02-03'`
 * @throws `invalid_date`, `invalid_argument`, `out_of_coverage`
 */
export const roll = (date: DateLike, convention: RollConvention): string => getDefaultCalendar().roll(date, convention);

/**
 * Every day off in `[from, to]`, both included, with reasons.
 * @example `nonWorkingDays('2025-01-25', '2025-02-02').length // 9`
 * @throws `invalid_date`, `invalid_argument`, `out_of_coverage`
 */
export const nonWorkingDays = (from: DateLike, to: DateLike): DayInfo[] => getDefaultCalendar().nonWorkingDays(from, to);

/**
 * Whether the days between `a` and `b` (both included) hold a provisional day or a pending
 * announcement.
 * @example `dependencies('2026-11-20', '2026-11-27').pending.length // 1`
 * @throws `invalid_date`, `out_of_coverage`
 */
export const dependencies = (a: DateLike, b: DateLike): Dependencies => getDefaultCalendar().dependencies(a, b);

/**
 * The default calendar's queries, each returning `{ result, provisional, pending }`.
 * @example `detailed().addWorkingDays('2027-01-20', 10).provisional // true: 2027 has no official data yet`
 */
export const detailed = (): DetailedQueries => getDefaultCalendar().detailed;
