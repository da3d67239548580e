import { parseHolidayYear, parseOverlay } from '../holidays/validate.js';
import type { Calendar } from './calendar.js';
import { calendarOptionsOf, createCalendar as createUnchecked, type CreateCalendarOptions } from './create.js';

/** Options of {@link createCalendar}: as the calendar entry's, with overlays as parsed JSON. */
export interface ValidatingCalendarOptions extends Omit<CreateCalendarOptions, 'overlays' | 'officialYears'> {
  /** Overlays as parsed JSON; each is validated against `holidays/overlay.schema.json`. */
  overlays?: readonly unknown[];
  /**
   * Official year files as parsed JSON (the schema of `holidays/<year>.json`), each validated
   * (errors name `officialYears[i]` and the path inside it); each replaces the shipped or
   * provisional year of the same number.
   */
  officialYears?: readonly unknown[];
}

/**
 * Makes a new, immutable calendar: the civil-service calendar 2013–2100 (official data for the
 * years that have it, the law elsewhere, flagged `provisional`), plus, optionally, overlays
 * (validated against the overlay schema) and pending announcements. Nothing shared is changed.
 *
 * @param options - `overlays` and `officialYears` (parsed JSON), `includePending`, `strict`, `officialData`
 * @returns a {@link Calendar}
 * @throws VnDeadlinesError `invalid_data` for an overlay or an official year that does not match
 *   its schema, with the path inside it; `out_of_coverage` for an overlay day outside the calendar's range
 * @example
 * ```ts
 * const cal = createCalendar({
 *   overlays: [{ name: { vi: 'Sở Tư pháp' }, entries: [{ date: '2025-06-02', kind: 'dayOff', name: { vi: 'Chuyển trụ sở' } }] }],
 * });
 * cal.isWorkingDay('2025-06-02'); // false
 * createCalendar({ strict: true }).isWorkingDay('2027-03-01'); // throws out_of_coverage: no official 2027 data
 * ```
 */
export function createCalendar(options?: ValidatingCalendarOptions): Calendar {
  const o = calendarOptionsOf(options, 'createCalendar');
  const overlays = (o.overlays ?? []).map((x, i) => parseOverlay(x, `overlays[${i}]`));
  const officialYears = o.officialYears?.map((y, i) => parseHolidayYear(y, `officialYears[${i}]`));
  return createUnchecked({ ...o, overlays, officialYears });
}
