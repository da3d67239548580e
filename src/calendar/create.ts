import officialYears from 'virtual:vn-holidays';
import { parseOverlay } from '../holidays/validate.js';
import { Calendar, type CalendarSource } from './calendar.js';
import type { Overlay } from '../holidays/schema.js';

/** Options of {@link createCalendar}. */
export interface CreateCalendarOptions {
  /**
   * Local days off and working days (an agency closure, a local make-up day), applied last.
   * Each is validated against the overlay schema; see {@link parseOverlay}.
   */
  overlays?: readonly (Overlay | unknown)[];
  /** Apply pending announcements (2026-11-24, Ngày Văn hóa Việt Nam) as days off. Default `false`. */
  includePending?: boolean;
}

/** @internal The days the default calendar is built from. */
export function defaultSource(): CalendarSource {
  const years = officialYears.map((y) => y.year);
  return { official: officialYears, firstYear: Math.min(...years), lastYear: Math.max(...years) };
}

/**
 * Makes a new, immutable calendar: the official civil-service calendar plus, optionally,
 * overlays and pending announcements. Nothing shared is changed.
 *
 * @param options - overlays and `includePending`
 * @returns a {@link Calendar}
 * @throws VnDeadlinesError `invalid_data` for an overlay that does not match the schema;
 *   `out_of_coverage` for an overlay day outside the calendar's range
 * @example
 * ```ts
 * const cal = createCalendar({
 *   overlays: [{ name: { vi: 'Sở Tư pháp' }, entries: [{ date: '2025-06-02', kind: 'dayOff', name: { vi: 'Chuyển trụ sở' } }] }],
 * });
 * cal.isWorkingDay('2025-06-02'); // false
 * ```
 */
export function createCalendar(options: CreateCalendarOptions = {}): Calendar {
  const overlays = (options.overlays ?? []).map((o, i) => parseOverlay(o, `overlays[${i}]`));
  return new Calendar(defaultSource(), { overlays, includePending: options.includePending });
}

let defaultCalendar: Calendar | undefined;

/**
 * The default calendar (official data, no overlays, pending announcements not applied),
 * built on first use.
 * @example `getDefaultCalendar().lastDate // '2026-12-31'`
 */
export function getDefaultCalendar(): Calendar {
  return (defaultCalendar ??= new Calendar(defaultSource()));
}
