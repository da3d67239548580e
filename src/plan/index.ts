/**
 * The plan as data: QĐ 257/QĐ-UBND (Hải Phòng, 24/01/2025) — every row of its table with its
 * units and schedule, unit lookup, and its indicator targets.
 *
 * @example
 * ```ts
 * import { getPlan, rowsForUnit } from 'vn-deadlines';
 * getPlan().rows.length;                          // 38
 * rowsForUnit('UBND huyện Tiên Lãng', 'lead');    // rows led by "UBND cấp huyện"
 * ```
 * @packageDocumentation
 */
export { getPlan, parsePlan } from './data.js';
export { findUnits, rowsForUnit, type UnitRole } from './units.js';
export { foldUnitName } from './text.js';
export { evaluateTargets, type TargetResult } from './targets.js';
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
