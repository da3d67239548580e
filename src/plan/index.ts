/**
 * `vn-deadlines/plan`: the plan as data, QĐ 257/QĐ-UBND (Hải Phòng, 24/01/2025) — every row of
 * its table with its units and schedule, unit look-up, its schedule and a unit's agenda, and its
 * indicator targets. Kept apart from the main entry: the plan's data and schema are half of what
 * the main entry would weigh, and a user of the calendar or the rules does not need them.
 *
 * @example
 * ```ts
 * import { getPlan, rowsForUnit, evaluateTargets } from 'vn-deadlines/plan';
 * getPlan().rows.length;                                        // 38
 * rowsForUnit('UBND huyện Tiên Lãng', 'lead').length > 0;       // true: rows led by "UBND cấp huyện"
 * ```
 * @packageDocumentation
 */
export { getPlan, parsePlan } from './data.js';
export { findUnits, rowsForUnit, type UnitRole } from './units.js';
export { foldUnitName } from './text.js';
export { evaluateTargets, type TargetResult } from './targets.js';
export { planSchedule, type PlanEvent, type PlanOccurrence, type PlanScheduleOptions, type ScheduleKind, type UnitRef } from './schedule.js';
export { agenda, type Agenda, type AgendaItem, type AgendaOptions, type AgendaStatus, type Completion } from './agenda.js';
export {
  planSchema,
  unitKinds,
  scheduleTypes,
  sectionIds,
  inheritableFields,
  type Plan,
  type PlanUnit,
  type PlanRow,
  type PlanItem,
  type PlanSchedule,
  type PlanSection,
  type PlanIndicator,
  type UnitKind,
} from './schema.js';
