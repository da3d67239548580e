/** The public types of a plan's schedule: events, occurrences and the options of `planSchedule`. */
import type { Calendar } from '../calendar/calendar.js';
import type { LocalizedText } from '../calendar/types.js';
import type { RuleSet } from '../rules/registry.js';
import type { DeadlineKind, LegalRef } from '../rules/schema.js';
import type { DueDayFields } from '../rules/types.js';
import type { PlanSection } from './schema.js';

/**
 * An event that starts an event-driven deadline: the facts of one rule, such as the day a
 * ministry published its decision (`hp-2025/central-tthc-list`) or the day a legal document
 * takes effect (`hp-2025/local-tthc-publication`). Each event yields one occurrence for every
 * plan row (or item) whose schedule names that rule.
 *
 * @example
 * ```ts
 * const events: PlanEvent[] = [
 *   { rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-03-03' }, id: 'QĐ 512/QĐ-BTP' },
 *   { rule: 'hp-2025/local-tthc-publication', facts: { effectiveDate: '2025-04-15' } },
 * ];
 * ```
 */
export interface PlanEvent {
  /** The id of an event-driven rule the plan names, e.g. `'hp-2025/central-tthc-list'`. */
  readonly rule: string;
  /** The rule's facts, as `dueDate` takes them: `{ ministryDecisionDate: '2025-03-03' }`. */
  readonly facts: Readonly<Record<string, unknown>>;
  /**
   * Tells events of the same rule apart in occurrence keys (and so in calendar UIDs and
   * completions), e.g. the decision's number. Default: the date the period counts from.
   */
  readonly id?: string;
  /** What the event is, for people, e.g. `{ vi: 'QĐ 512/QĐ-BTP công bố TTHC', en: '…' }`. */
  readonly label?: LocalizedText;
}

/** A unit as an occurrence names it: its id and its name in both languages. */
export interface UnitRef {
  readonly id: string;
  readonly name: LocalizedText;
}

/**
 * What an occurrence is: the kind of deadline that produced it, or `awaitingEvent` for an
 * event-driven rule for which no event was supplied (it has no due day yet).
 */
export type ScheduleKind = DeadlineKind | 'awaitingEvent';

/** One concrete occurrence of a plan row (or of one item of a row) in a period. */
export interface PlanOccurrence extends DueDayFields {
  /**
   * Stable key: row (with `#item`), rule id, period (or the event), due day, joined by `|`,
   * e.g. `'II.6.2|hp-2025/monthly-report|2025-03|2025-03-17'`. Calendar UIDs and completions use it.
   */
  readonly key: string;
  /** Row number, e.g. `'II.6.2'`. */
  readonly row: string;
  /** The item's key when the row is split into items (`'central'` in II.2.1), else `null`. */
  readonly item: string | null;
  readonly section: PlanSection['id'];
  /** The task: the item's text for an item, else the row's (vi as the plan writes it). */
  readonly content: LocalizedText;
  /** The plan's own words for the deadline (its time column, or the deadline text of the result column). */
  readonly wording: string;
  /** Lead units (chủ trì). */
  readonly lead: readonly UnitRef[];
  /** Cooperating units (phối hợp). */
  readonly cooperating: readonly UnitRef[];
  /** The rule that computes it; `null` for a row the plan gives no rule (e.g. "Thường xuyên"). */
  readonly ruleId: string | null;
  /** The rule's title, when there is a rule. */
  readonly title: LocalizedText | null;
  /** The rule's variant chosen, when a due day was computed. */
  readonly variant: string | null;
  readonly kind: ScheduleKind;
  /** The rule's legal basis; for a row without a rule, the plan itself with the row's number. */
  readonly legalBasis: readonly LegalRef[];
  /** How the rule reads the text, when it needs an interpretation. */
  readonly interpretation: LocalizedText | null;
  /** Status text for an occurrence without a due day ("Thường xuyên…", "Khi có phát sinh…", what it awaits). */
  readonly note: LocalizedText | null;
  /** For `awaitingEvent`: the date facts an event must supply, e.g. `['ministryDecisionDate']`. Else empty. */
  readonly awaiting: readonly string[];
  /** The event that produced it, for event-driven rules. */
  readonly event: PlanEvent | null;
}

/** Options of {@link planSchedule}. */
export interface PlanScheduleOptions {
  /** First day of the period (anything `toDay` accepts). Default: 1 January of the plan's year. */
  from?: unknown;
  /** Last day of the period, included. Default: 31 December of the plan's year. */
  to?: unknown;
  /** Events for the event-driven rules; see {@link PlanEvent}. */
  events?: readonly PlanEvent[];
  /** Whether to list the occurrences without a due day (ongoing rows, events not supplied). Default `true`. */
  undated?: boolean;
  /** The calendar to count on. Default: the default calendar. */
  calendar?: Calendar;
  /** Where the plan's rule ids are looked up. Default: the shipped rules. */
  rules?: RuleSet;
}
