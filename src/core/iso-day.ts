/**
 * ISO days (`'YYYY-MM-DD'`) from what callers give: any date value `toDay` accepts, a day moved
 * by a number of calendar days, or today in Vietnam.
 */
import { dayOfInstant, formatDay, toDay, tryParseIsoDay } from './days.js';

/**
 * A value (anything `toDay` accepts) as an ISO day; an ISO day is returned as it is.
 * @throws VnDeadlinesError `invalid_date`, naming `fn` and `what`
 * @internal
 */
export function isoDay(value: unknown, fn: string, what: string): string {
  if (typeof value === 'string' && tryParseIsoDay(value) !== undefined) return value;
  return formatDay(toDay(value, fn, what));
}

/** The ISO day `days` calendar days after (or before, when negative) a valid ISO day. @internal */
export function shiftIsoDay(iso: string, days: number): string {
  return formatDay(tryParseIsoDay(iso)! + days);
}

/** Today in Vietnam (UTC+7), whatever the host's time zone, as 'YYYY-MM-DD'. @internal */
export function todayInVietnam(): string {
  return formatDay(dayOfInstant(Date.now()));
}
