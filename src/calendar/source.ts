/** What a calendar is built from: its source (data and the law) and the caller's options. */
import type { HolidayYear, Overlay } from '../holidays/schema.js';
import type { DerivedDay, LocalizedText } from './types.js';

/** Where a calendar's days come from. */
export interface CalendarSource {
  /** Official year files, validated. */
  official: readonly Omit<HolidayYear, '$schema'>[];
  /** First and last Gregorian year covered. */
  firstYear: number;
  lastYear: number;
  /** Non-working days derived from the law for a year without official data. */
  derive?: (year: number) => DerivedDay[];
  /**
   * The day numbers of `derive(year)`'s days with `off: true`, in that order, when known without
   * running `derive` (precomputed at build time). With it the calendar sets its flags from these
   * and calls `derive` only when a day's reasons are asked for; it must agree with `derive`.
   */
  derivedOffDays?: (year: number) => ArrayLike<number> | undefined;
  /** Observances (information only). */
  observances?: readonly { calendar: 'solar' | 'lunar'; month: number; day: number; name: LocalizedText }[];
  /** Lunar month and day of a day number, for lunar observances. */
  toLunar?: (day: number) => { month: number; day: number; leap: boolean };
  /** Refuse days of years without official data. */
  strict?: boolean;
  /** Years of `official` loaded at run time (not shipped with the package). */
  loadedYears?: readonly number[];
  /** Every year from the law alone (no official data at all). */
  lawOnly?: boolean;
}

/** Options of {@link createCalendar}. */
export interface CalendarOptions {
  /** Local days off and working days, applied last (validated overlay objects). */
  overlays?: readonly Overlay[];
  /** Apply pending announcements (docs/domain.md#pending-announcements) as days off. Default `false`. */
  includePending?: boolean;
}
