/** The types of a compliance check: what `checkCompliance` takes and what it gives. */
import type { Calendar } from '../calendar/calendar.js';
import type { LocalizedText, PendingNotice } from '../calendar/types.js';
import type { DateInput } from '../core/days.js';
import type { CompiledRule, DueResult } from '../rules/types.js';
import type { DueOptions } from '../rules/options.js';

/**
 * A verdict:
 * - `onTime`: done on or before the due day (a period ends at 24:00 of its last day, BLDS 2015
 *   Điều 148); for a rule that is not a deadline (an earliest allowed day), done on or after it;
 * - `late`: done after the due day;
 * - `tooEarly`: done before the rule's lower bound: the first day of a window (`windowStart`: a
 *   calendar month or year, "trong tháng 02/2025", "trong năm 2025"; a window that opens on an
 *   event or at the end of a data period), or the earliest allowed day of a rule that is not a deadline;
 * - `open`: not done (no `actual`) and the due day has not passed at `asOf`;
 * - `overdue`: not done and the due day has passed at `asOf`;
 * - `notApplicable`: no variant of the rule applies to the facts, or the rule has no due day
 *   (ongoing, on occurrence, until superseded); `reason` says why.
 */
export type ComplianceStatus = 'onTime' | 'late' | 'tooEarly' | 'open' | 'overdue' | 'notApplicable';

/** A rule as {@link checkCompliance} accepts it: an id, or a rule from `getRule` or `compileRule` (`vn-deadlines/validate`). */
export type RuleRef = string | CompiledRule;

/** What {@link checkCompliance} checks. Give `rule` (one rule) or `rules` (several readings of the same act). */
export interface ComplianceInput {
  /** The rule: an id (`'hp-2025/central-tthc-list'`), a rule from `getRule` or `compileRule` (`vn-deadlines/validate`). */
  rule?: RuleRef;
  /** Several rules that govern the same act (two readings): one verdict each. */
  rules?: readonly RuleRef[];
  /** The facts the rule reads, by name, as for `dueDate`. */
  facts?: Readonly<Record<string, unknown>>;
  /**
   * When the act was done: `'YYYY-MM-DD'`, or an instant (an ISO timestamp with offset, a JS
   * `Date`, a luxon `DateTime`) taken as the day it falls on in Vietnam (UTC+7). Absent or
   * `null`: not done yet (`open` or `overdue` at `asOf`).
   */
  actual?: DateInput | null;
  /** The day the check is made, for acts not done yet. Default: today in Vietnam (UTC+7). */
  asOf?: DateInput;
}

/** Options of {@link checkCompliance}. */
export interface ComplianceOptions extends DueOptions {
  /**
   * Also check against another calendar and report what would change: `'pending'` is the
   * default calendar with the pending announcements applied (docs/domain.md#pending-announcements,
   * e.g. the 2026-11-23 ↔ 2026-11-28 swap); a `Calendar` is compared as given (use this with a
   * calendar of your own: `'pending'` is only allowed with the default calendar).
   */
  whatIf?: 'pending' | Calendar;
}

/** What would change under the what-if calendar (see {@link ComplianceOptions.whatIf}). */
export interface WhatIfChange {
  readonly status: ComplianceStatus;
  readonly due: string | null;
  readonly calendarDays: number | null;
  readonly workingDays: number | null;
  readonly workingDaysLate: number;
  /** What differs from the verdict on the main calendar. */
  readonly changed: readonly ('status' | 'due' | 'workingDaysLate')[];
}

/** The verdict of {@link checkCompliance} for one rule. */
export interface ComplianceResult {
  readonly status: ComplianceStatus;
  /** The rule's id. */
  readonly rule: string;
  readonly title: LocalizedText;
  /** The variant chosen; `null` when none applies. */
  readonly variant: string | null;
  /** `false` for a rule whose answer is an earliest allowed day, not a deadline. */
  readonly isDeadline: boolean;
  /** The due day (for a rule that is not a deadline: the earliest allowed day); `null` when there is none. */
  readonly due: string | null;
  /** The first day of the window, where the rule has one. */
  readonly windowStart: string | null;
  /** The last working day on or before the due day. */
  readonly lastWorkingDay: string | null;
  /** The day the act was done (UTC+7), or `null`: not done. */
  readonly actual: string | null;
  /** The day of the check (what `open` and `overdue` are measured to). */
  readonly asOf: string;
  /**
   * Calendar days from the due day to the act (to `asOf` when not done): negative is a margin,
   * positive a delay. `null` without a due day.
   */
  readonly calendarDays: number | null;
  /**
   * Working days from the due day to the act (to `asOf` when not done), signed as
   * `workingDaysBetween(due, actual)`: for a later act the working days d with due < d ≤ actual;
   * for an earlier one minus those with actual ≤ d < due. `null` without a due day.
   */
  readonly workingDays: number | null;
  /** `max(0, workingDays)` for `late` and `overdue`; 0 otherwise. */
  readonly workingDaysLate: number;
  /** Whether the due day or the working-day count rests on a provisional day. */
  readonly dependsOnProvisional: boolean;
  /** Pending announcements dated in the days the due day or the count rests on. */
  readonly pending: readonly PendingNotice[];
  /** Why the rule does not apply (`notApplicable`), else `null`. */
  readonly reason: LocalizedText | null;
  /** The `dueDate` result the verdict rests on; `null` when no variant applies. */
  readonly dueResult: DueResult | null;
  /** With `whatIf`: what would change, or `null` when nothing would; absent without `whatIf`. */
  readonly whatIfPending?: WhatIfChange | null;
  /** The one verdict sentence, in both languages. */
  readonly verdict: LocalizedText;
  /** The `dueDate` explanation, then the verdict sentence as its last line. */
  readonly explanation: LocalizedText;
  /** Every field as plain data, `explanation` and `verdict` included, `dueResult` left out. */
  toJSON(): ComplianceResultJson;
}

/** {@link ComplianceResult} as plain data. */
export type ComplianceResultJson = { -readonly [K in keyof Omit<ComplianceResult, 'toJSON' | 'dueResult'>]: Omit<ComplianceResult, 'toJSON' | 'dueResult'>[K] };

/** The verdicts of {@link checkCompliance} for several rules governing the same act. */
export interface ComplianceReadings {
  /** The most severe reading's status (overdue, late, tooEarly, open, onTime, notApplicable). */
  readonly status: ComplianceStatus;
  /** Whether every reading gives the same status. */
  readonly agree: boolean;
  /** One verdict per rule, in the order given. */
  readonly readings: readonly ComplianceResult[];
  /** The first reading with the most severe status. */
  readonly governing: ComplianceResult;
  /** Each reading's explanation, then one line with every verdict. */
  readonly explanation: LocalizedText;
  /** Plain data: the combined status, whether the readings agree, each reading and the explanation. */
  toJSON(): { status: ComplianceStatus; agree: boolean; readings: ComplianceResultJson[]; explanation: LocalizedText };
}
