import officialYears from 'virtual:vn-holidays';
import observances from 'virtual:vn-observances';
import { dayToLunar } from '../lunar/index.js';
import { statutoryDays } from '../statutory/index.js';
import { Calendar, type CalendarSource } from './calendar.js';
import type { Overlay } from '../holidays/schema.js';
import { invalidArgument, optionsOf } from '../core/args.js';

/** First year the calendar covers (official data where it exists, the law elsewhere). @example `FIRST_YEAR // 2013: getDefaultCalendar().firstDate is '2013-01-01'` */
export const FIRST_YEAR = 2013;
/** Last year the calendar covers. @example `LAST_YEAR // 2100: isWorkingDay('2101-01-02') throws out_of_coverage` */
export const LAST_YEAR = 2100;

/** Options of {@link createCalendar}. */
export interface CreateCalendarOptions {
  /**
   * Local days off and working days (an agency closure, a local make-up day), applied last.
   * The `createCalendar` of the main entry (`vn-deadlines`) validates each against the overlay
   * schema; the one of `vn-deadlines/calendar` (which stays free of zod) takes them as typed
   * values and checks only their dates and kinds: validate JSON from outside with `parseOverlay`.
   */
  overlays?: readonly Overlay[];
  /** Apply pending announcements (2026-11-24, Ngày Văn hóa Việt Nam) as days off. Default `false`. */
  includePending?: boolean;
  /**
   * Refuse every day of a year without official arrangements (`out_of_coverage`, naming the
   * missing year) instead of answering from the law with status `provisional`. Default `false`.
   */
  strict?: boolean;
}

/** @internal The days a calendar is built from. */
export function defaultSource(strict = false): CalendarSource {
  const common = { official: officialYears, observances, toLunar: dayToLunar };
  if (strict) {
    const years = officialYears.map((y) => y.year);
    return { ...common, firstYear: Math.min(...years), lastYear: Math.max(...years), strict: true };
  }
  return { ...common, firstYear: FIRST_YEAR, lastYear: LAST_YEAR, derive: statutoryDays };
}

/**
 * Makes a new, immutable calendar: the civil-service calendar 2013–2100 (official data for the
 * years that have it, the law elsewhere, flagged `provisional`), plus, optionally, overlays and
 * pending announcements. Nothing shared is changed.
 *
 * @param options - `overlays`, `includePending`, `strict`
 * @returns a {@link Calendar}
 * @throws VnDeadlinesError `invalid_data` for an overlay entry without a known kind or a name,
 *   `invalid_date` for a bad overlay date, `out_of_coverage` for an overlay day outside the range
 * @example
 * ```ts
 * const cal = createCalendar({
 *   overlays: [{ name: { vi: 'Sở Tư pháp' }, entries: [{ date: '2025-06-02', kind: 'dayOff', name: { vi: 'Chuyển trụ sở' } }] }],
 * });
 * cal.isWorkingDay('2025-06-02'); // false
 * createCalendar({ strict: true }).isWorkingDay('2027-03-01'); // throws out_of_coverage: no official 2027 data
 * ```
 */
export function createCalendar(options?: CreateCalendarOptions): Calendar {
  const o = calendarOptionsOf(options, 'createCalendar');
  return new Calendar(defaultSource(o.strict === true), { overlays: (o.overlays ?? []) as Overlay[], includePending: o.includePending });
}

/**
 * The options of `createCalendar`, checked for their types: an object; `overlays` an array;
 * `includePending` and `strict` booleans. @internal
 */
export function calendarOptionsOf<T extends { overlays?: readonly unknown[]; includePending?: boolean; strict?: boolean }>(options: T | undefined, fn: string): Partial<T> {
  const o = optionsOf(options, fn);
  if (o.overlays !== undefined && !Array.isArray(o.overlays)) throw invalidArgument(fn, 'options.overlays', 'an array of overlays', o.overlays);
  for (const key of ['includePending', 'strict'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'boolean') throw invalidArgument(fn, `options.${key}`, 'true or false', o[key]);
  }
  return o;
}

let defaultCalendar: Calendar | undefined;

/**
 * The default calendar (2013–2100, no overlays, pending announcements not applied), built on
 * first use.
 * @example `getDefaultCalendar().lastDate // '2100-12-31'`
 */
export function getDefaultCalendar(): Calendar {
  return (defaultCalendar ??= new Calendar(defaultSource()));
}
