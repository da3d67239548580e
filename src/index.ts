/**
 * vn-deadlines: the Vietnamese civil-service working-day calendar and administrative
 * deadlines as declarative rules.
 * @packageDocumentation
 */
export { VnDeadlinesError, type ErrorCode } from './core/errors.js';
export type { DateInput, LuxonDateTimeLike } from './core/days.js';
export { Calendar, type DateLike, type DetailedQueries } from './calendar/calendar.js';
export { getDefaultCalendar, FIRST_YEAR, LAST_YEAR, type CreateCalendarOptions } from './calendar/create.js';
export { createCalendar, type ValidatingCalendarOptions } from './calendar/validated.js';
export {
  isWorkingDay,
  dayInfo,
  addWorkingDays,
  subWorkingDays,
  workingDaysBetween,
  nextWorkingDay,
  previousWorkingDay,
  roll,
  nonWorkingDays,
  dependencies,
  detailed,
} from './calendar/functions.js';
export type { DayInfo, DayReason, DayStatus, Dependencies, Detailed, LocalizedText, Observance, PendingNotice, RollConvention } from './calendar/types.js';
export { solarToLunar, lunarToSolar, lunarNewYear, type LunarDate } from './lunar/index.js';
export { parseOverlay } from './holidays/validate.js';
export { holidayYearSchema, overlaySchema, type Overlay, type HolidayYear, type HolidayEntry, type EntryKind } from './holidays/schema.js';
export {
  dueDate,
  occurrences,
  selectVariant,
  normalizeFacts,
  loadRules,
  getRule,
  shippedRules,
  RuleSet,
  type RuleInput,
  type LoadRulesOptions,
  type FactValue,
  type CompiledRule,
  type RuleVariant,
  type DueResult,
  type DueResultJson,
  type DueStep,
  type DueStepKind,
  type DueOptions,
  type DataPeriod,
  type RuleDefinition,
  type VariantDefinition,
  type DeadlineDefinition,
  type DeadlineKind,
  type FactSpec,
  type FactType,
  type LegalRef,
  type RuleSourceRef,
  type Condition,
  type LeafCondition,
  type TopLevelCondition,
} from './rules/index.js';
export {
  getPlan,
  parsePlan,
  findUnits,
  rowsForUnit,
  evaluateTargets,
  type UnitRole,
  type TargetResult,
  type Plan,
  type PlanUnit,
  type PlanRow,
  type PlanItem,
  type PlanSchedule,
  type PlanSection,
  type PlanIndicator,
  type UnitKind,
} from './plan/index.js';
export { planSchedule, type PlanEvent, type PlanOccurrence, type PlanScheduleOptions, type ScheduleKind, type UnitRef } from './plan/schedule.js';
export { agenda, type Agenda, type AgendaItem, type AgendaOptions, type AgendaStatus, type Completion } from './plan/agenda.js';
