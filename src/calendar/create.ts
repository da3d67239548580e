import officialYears from 'virtual:vn-holidays';
import observances from 'virtual:vn-observances';
import { dayToLunar } from '../lunar/index.js';
import { statutoryDays } from '../statutory/index.js';
import { precomputedOffDays } from './statutory-data.js';
import { Calendar } from './calendar.js';
import type { CalendarSource } from './source.js';
import type { HolidayYear, Overlay } from '../holidays/schema.js';
import { VnDeadlinesError } from '../core/errors.js';
import { invalidArgument, optionsOf } from '../core/args.js';

/** An official year file as {@link CreateCalendarOptions.officialYears} takes it (the schema of `holidays/<year>.json`). */
export type OfficialYear = Omit<HolidayYear, '$schema'> & { $schema?: string };

/**
 * First year the calendar covers (official data where it exists, the law elsewhere).
 * @example `FIRST_YEAR // 2013: getDefaultCalendar().firstDate is '2013-01-01'`
 */
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
  /**
   * Apply pending announcements, e.g. the proposed 2026 swap around Ngày Văn hóa Việt Nam (Monday
   * 23/11 off, Saturday 28/11 worked; 24/11 itself is a day off under NQ 28/2026/QH16). Default `false`.
   */
  includePending?: boolean;
  /**
   * Refuse every day of a year without official arrangements (`out_of_coverage`, naming the
   * missing year) instead of answering from the law with status `provisional`. Default `false`.
   */
  strict?: boolean;
  /**
   * `false`: every year from the law alone (the statutory layer and the forecast rules), as if
   * no official arrangements existed, every day `provisional`: to back-test the forecast against
   * the official years. Default `true`. Cannot be combined with `strict` or `officialYears`.
   */
  officialData?: boolean;
  /**
   * Official years loaded at run time, in the schema of `holidays/<year>.json` (a year decided
   * after this release): each replaces the shipped year of the same number, or the provisional
   * one. The `createCalendar` of the main entry validates each against the schema (errors name
   * `officialYears[i]` and the path inside it); the one of `vn-deadlines/calendar` takes them as
   * typed values: validate JSON with `parseHolidayYear`. The calendar's
   * {@link Calendar.dataVersion} names them.
   */
  officialYears?: readonly OfficialYear[];
}

/** @internal The days a calendar is built from. */
export function defaultSource(strict = false, loaded: readonly OfficialYear[] = [], officialData = true): CalendarSource {
  const common = { observances, toLunar: dayToLunar, derivedOffDays: precomputedOffDays };
  if (!officialData) return { ...common, official: [], firstYear: FIRST_YEAR, lastYear: LAST_YEAR, derive: statutoryDays, lawOnly: true };
  const official = withLoaded(loaded);
  const loadedYears = loaded.map((y) => y.year);
  if (strict) {
    const years = official.map((y) => y.year);
    // Strict: the run of official years from the first; a loaded year after a gap is refused by the constructor.
    return { ...common, official, loadedYears, firstYear: Math.min(...years), lastYear: Math.max(...years), strict: true };
  }
  return { ...common, official, loadedYears, firstYear: FIRST_YEAR, lastYear: LAST_YEAR, derive: statutoryDays };
}

/** The shipped years with the loaded ones in place of those of the same number, by year. */
function withLoaded(loaded: readonly OfficialYear[]): CalendarSource['official'] {
  if (loaded.length === 0) return officialYears;
  const seen = new Set<number>();
  loaded.forEach((y, i) => {
    if (
      typeof y?.year !== 'number' ||
      !Number.isInteger(y.year) ||
      !Array.isArray(y.entries) ||
      !Array.isArray(y.documents) ||
      typeof y.dataVersion !== 'string'
    ) {
      throw new VnDeadlinesError(
        'invalid_data',
        `createCalendar: officialYears[${i}] is not an official year file (year, dataVersion, documents, entries); validate JSON with parseHolidayYear()`,
        {
          value: y,
        },
      );
    }
    if (y.year < FIRST_YEAR || y.year > LAST_YEAR) {
      throw new VnDeadlinesError(
        'out_of_coverage',
        `createCalendar: officialYears[${i}] is for ${y.year}, outside the calendar's years ${FIRST_YEAR}–${LAST_YEAR}`,
        { value: y.year },
      );
    }
    if (seen.has(y.year)) throw new VnDeadlinesError('invalid_data', `createCalendar: officialYears[${i}]: ${y.year} is loaded twice`, { value: y.year });
    seen.add(y.year);
  });
  const strip = ({ $schema: _s, ...rest }: OfficialYear) => ({ ...rest, pending: rest.pending ?? [] });
  return [...officialYears.filter((y) => !seen.has(y.year)), ...loaded.map(strip)].sort((a, b) => a.year - b.year);
}

/**
 * Makes a new, immutable calendar: the civil-service calendar 2013–2100 (official data for the
 * years that have it, the law elsewhere, flagged `provisional`), plus, optionally, overlays and
 * pending announcements. Nothing shared is changed.
 *
 * @param options - `overlays`, `includePending`, `strict`, `officialData`, `officialYears`
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
 * createCalendar({ officialData: false }).dayInfo('2025-01-27').status; // 'provisional': the law alone
 * ```
 */
export function createCalendar(options?: CreateCalendarOptions): Calendar {
  const o = calendarOptionsOf(options, 'createCalendar');
  const officialData = o.officialData !== false;
  if (!officialData && (o.strict === true || (o.officialYears?.length ?? 0) > 0)) {
    throw new VnDeadlinesError(
      'invalid_argument',
      'createCalendar: officialData: false computes every year from the law alone; it cannot be strict or take officialYears',
      {
        value: { officialData: o.officialData, strict: o.strict },
      },
    );
  }
  return new Calendar(defaultSource(o.strict === true, o.officialYears ?? [], officialData), {
    overlays: o.overlays ?? [],
    includePending: o.includePending,
  });
}

/**
 * The options of `createCalendar`, checked for their types: an object; `overlays` and
 * `officialYears` arrays; `includePending`, `strict` and `officialData` booleans.
 */
function calendarOptionsOf<
  T extends { overlays?: readonly unknown[]; officialYears?: readonly unknown[]; includePending?: boolean; strict?: boolean; officialData?: boolean },
>(options: T | undefined, fn: string): Partial<T> {
  const o = optionsOf(options, fn);
  for (const key of ['overlays', 'officialYears'] as const) {
    if (o[key] !== undefined && !Array.isArray(o[key])) throw invalidArgument(fn, `options.${key}`, 'an array', o[key]);
  }
  for (const key of ['includePending', 'strict', 'officialData'] as const) {
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
