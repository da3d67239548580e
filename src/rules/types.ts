/** Public types of the rules API: compiled rules, due-date results and their steps. */
import type { DayReason, LocalizedText, PendingNotice } from '../calendar/types.js';
import type { FactValue } from './facts.js';
import type {
  DeadlineDefinition,
  DeadlineKind,
  FactSpec,
  LegalRef,
  RuleDefinition,
  RuleSourceRef,
  TopLevelCondition,
} from './schema.js';

/** One variant of a compiled rule. */
export interface RuleVariant {
  readonly id: string;
  readonly title: LocalizedText | null;
  /** The json-rules-engine conditions that select it, or `null`: always. */
  readonly when: TopLevelCondition | null;
  readonly deadline: DeadlineDefinition;
  readonly interpretation: LocalizedText | null;
}

/** A validated, compiled rule: what {@link getRule} returns and {@link dueDate} takes. */
export interface CompiledRule {
  readonly id: string;
  readonly title: LocalizedText;
  readonly source: RuleSourceRef;
  readonly legalBasis: readonly LegalRef[];
  readonly facts: Readonly<Record<string, FactSpec>>;
  /** `false` for an answer that is not a deadline (the earliest allowed effective date). */
  readonly isDeadline: boolean;
  readonly interpretation: LocalizedText | null;
  readonly variants: readonly RuleVariant[];
  /** The deadline kinds of its variants, without repeats. */
  readonly kinds: readonly DeadlineKind[];
  /** Where it was read from: `rules/hp-2025.json`, a user's path, or `object`. */
  readonly origin: string;
  /** The rule as validated (defaults filled in). */
  readonly definition: RuleDefinition;
}

/** A data period (chốt số liệu), both days included. */
export interface DataPeriod {
  readonly from: string;
  readonly to: string;
}

/** What a step of the computation is. */
export type DueStepKind =
  | 'fact'
  | 'count'
  | 'skip'
  | 'target'
  | 'roll'
  | 'fixed'
  | 'window'
  | 'period'
  | 'data'
  | 'due'
  | 'lastWorkingDay'
  | 'status'
  | 'notice';

/**
 * One step of the computation, in both languages. `count` steps are the working days counted
 * (`n` is the ordinal); `skip` steps are days passed over, with the calendar's reasons.
 */
export interface DueStep {
  readonly kind: DueStepKind;
  readonly date: string | null;
  readonly n?: number;
  readonly text: LocalizedText;
  readonly reasons?: readonly DayReason[];
}

/**
 * The due-day fields shared by a rule's answer ({@link DueResult}) and a plan's occurrence
 * (`PlanOccurrence`).
 */
export interface DueDayFields {
  /** The fact date the period counts from (offsets, immediately after, windows after an event), else `null`. */
  readonly from: string | null;
  /**
   * The due day (last allowed day), `YYYY-MM-DD`; `null` for ongoing, on-occurrence and
   * until-superseded rules (and, in a plan, for events not supplied).
   */
  readonly due: string | null;
  /** The first day of the window, where there is one ("Trong tháng 02/2025" → `'2025-02-01'`). */
  readonly windowStart: string | null;
  /** The last working day on or before `due` (equal to it when `due` is a working day). */
  readonly lastWorkingDay: string | null;
  /** The period of a periodic rule: `'2025-05'`, `'2025-Q1'`, `'2025-H2'`, `'2025'`. */
  readonly period: string | null;
  /** The data period of a report (chốt số liệu), both days included. */
  readonly dataPeriod: DataPeriod | null;
  /**
   * Whether a provisional day (of a year without official arrangements) lies between the fact
   * (or the last working day) and the due day.
   */
  readonly dependsOnProvisional: boolean;
  /** Pending announcements dated in that range (e.g. the proposed 23/11 ↔ 28/11/2026 swap). */
  readonly pending: readonly PendingNotice[];
}

/**
 * The result of {@link dueDate}. It is a class instance: the fields that come from the rule
 * (`ruleId`, `title`, `variant`, `kind`, `isDeadline`, `interpretation`, `legalBasis`, `note`),
 * those read back from the facts (`from`, `period`, `facts`), `steps` and `explanation` are
 * getters, so a spread copy (`{ ...result }`) leaves them out; `toJSON()` (and
 * `JSON.stringify`) gives every field as plain data.
 */
export interface DueResult extends DueDayFields {
  readonly ruleId: string;
  readonly title: LocalizedText;
  /** The id of the variant chosen. */
  readonly variant: string;
  readonly kind: DeadlineKind;
  /** `false` when the answer is not a deadline (the earliest allowed effective date). */
  readonly isDeadline: boolean;
  /** The calendar's data version (`Calendar.dataVersion`): which official data the answer used. */
  readonly dataVersion: string;
  /** How the rule reads the text, when it needs an interpretation. */
  readonly interpretation: LocalizedText | null;
  readonly legalBasis: readonly LegalRef[];
  /** For ongoing, on-occurrence and until-superseded rules: the status and what ends it. */
  readonly note: LocalizedText | null;
  /** The facts as normalised (dates as 'YYYY-MM-DD'), defaults filled in. */
  readonly facts: Readonly<Record<string, FactValue>>;
  /** The steps taken, computed on first access. */
  readonly steps: readonly DueStep[];
  /** A bilingual explanation with the source, the steps and the legal basis, computed on first access. */
  readonly explanation: LocalizedText;
  /** A plain object with every field, `steps` and `explanation` included (what `JSON.stringify` writes). */
  toJSON(): DueResultJson;
}

/** {@link DueResult} as plain data. */
export type DueResultJson = { -readonly [K in Exclude<keyof DueResult, 'toJSON'>]: DueResult[K] };
