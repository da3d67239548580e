/**
 * vn-deadlines: the Vietnamese civil-service working-day calendar and administrative
 * deadlines as declarative rules.
 * @packageDocumentation
 */
// Everything of the light calendar entry; its createCalendar is replaced below by the one that
// validates overlays with zod (an explicit export takes precedence over `export *`).
export * from './calendar/index.js';
export { createCalendar, type ValidatingCalendarOptions } from './calendar/validated.js';
export { parseOverlay, parseHolidayYear } from './holidays/validate.js';
export { holidayYearSchema, overlaySchema, type HolidayYear, type HolidayEntry } from './holidays/schema.js';
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
export * from './compliance/index.js';
