import { parseOverlay } from '../holidays/validate.js';
import type { Calendar } from './calendar.js';
import { calendarOptionsOf, createCalendar as createUnchecked, type CreateCalendarOptions } from './create.js';

/** Options of {@link createCalendar}: as the calendar entry's, with overlays as parsed JSON. */
export interface ValidatingCalendarOptions extends Omit<CreateCalendarOptions, 'overlays'> {
  /** Overlays as parsed JSON; each is validated against `holidays/overlay.schema.json`. */
  overlays?: readonly unknown[];
}

/**
 * Makes a new, immutable calendar: the civil-service calendar 2013–2100 (official data for the
 * years that have it, the law elsewhere, flagged `provisional`), plus, optionally, overlays
 * (validated against the overlay schema) and pending announcements. Nothing shared is changed.
 *
 * @param options - `overlays` (parsed JSON), `includePending`, `strict`
 * @returns a {@link Calendar}
 * @throws VnDeadlinesError `invalid_data` for an overlay that does not match the schema, with
 *   the path inside it; `out_of_coverage` for an overlay day outside the calendar's range
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
  return createUnchecked({ ...o, overlays });
}
