import type { EntryKind, HolidayDocument } from '../holidays/schema.js';

/** Bilingual text. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/** Roll conventions, by their usual names (docs/domain.md#counting-periods). */
export type RollConvention = 'none' | 'following' | 'preceding' | 'modifiedFollowing' | 'modifiedPreceding';

/** Whether a day rests on official data or on the law alone (a best guess for the PM's choices). */
export type DayStatus = 'official' | 'provisional';

/** Why a day is or is not a working day. */
export interface DayReason {
  /** `weekend`; an entry kind (official, or derived from the law in a provisional year); an overlay kind; `pending` (applied). */
  kind: 'weekend' | EntryKind | 'overlayDayOff' | 'overlayWorkingDay' | 'pending';
  name: LocalizedText;
  /** Documents that govern this day (official data) or the legal basis (derived days). */
  documents: Pick<HolidayDocument, 'id' | 'title' | 'evidence' | 'links'>[];
  /** Links to sources. */
  sources: string[];
  /** For swaps: the paired day; for nghỉ bù: the holiday it compensates. */
  pairedWith?: string;
  note?: string;
}

/** A pending announcement that touches a day (docs/domain.md#pending-announcements). */
export interface PendingNotice {
  date: string;
  /** `makeUpWorkday`: a Saturday that would be worked (a proposed swap); absent: a day that would be off. */
  kind?: 'dayOff' | 'makeUpWorkday';
  /** For a proposed swap: the other day of the pair. */
  pairedWith?: string;
  name: LocalizedText;
  note: LocalizedText;
  documents: string[];
  sources: string[];
  /** True when the calendar was made with `includePending: true`. */
  applied: boolean;
}

/** Everything the calendar knows about a day. */
export interface DayInfo {
  date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  working: boolean;
  status: DayStatus;
  /**
   * Why the day is what it is: for a day off, the weekly rest and/or the holiday, nghỉ bù, swap or
   * closure; for a working day, what made it one (a make-up Saturday, an overlay), or what it
   * overrode. Empty for an ordinary weekday.
   */
  reasons: DayReason[];
  pending: PendingNotice[];
  /** Days marked but not days off (3/2, Tết Trung thu …), from date-holidays' list; information only. */
  observances: Observance[];
  /** The calendar's {@link Calendar.dataVersion}: which data the answer rests on. */
  dataVersion: string;
}

/** A day that is marked but is not a day off. Never changes whether a day is a working day. */
export interface Observance {
  name: LocalizedText;
  /** `solar` for a fixed date, `lunar` for a date of the Vietnamese lunar calendar. */
  calendar: 'solar' | 'lunar';
  /** Where the list comes from. */
  source: 'date-holidays';
}

/** A result with what it rests on: see {@link Calendar.detailed}. */
export interface Detailed<T> extends Dependencies {
  result: T;
}

/** What a range computation rested on: provisional days and pending announcements. */
export interface Dependencies {
  /** A day with status `provisional` lies in the range (or is the answer). */
  provisional: boolean;
  /** Pending announcements dated in the range. */
  pending: PendingNotice[];
}

/**
 * A day derived from the law for a year without official data (the statutory layer). Lives here,
 * beside the other day types, so that `statutory` and `calendar` both import it and neither
 * imports the other's modules for a type.
 */
export interface DerivedDay {
  date: string;
  off: boolean;
  reason: DayReason;
}
