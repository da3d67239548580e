/**
 * The schedulable cells of a plan (a row, or each item of a split row) and how the occurrences
 * of their rules are found: by period, by event, or as a status without a due day.
 */
import type { DeadlineKind } from '../rules/schema.js';
import type { CompiledRule } from '../rules/types.js';
import type { Plan, PlanItem, PlanRow, PlanSchedule } from './schema.js';

const STATUS_KINDS: ReadonlySet<DeadlineKind> = new Set(['ongoing', 'onOccurrence', 'untilSuperseded']);

/** One schedulable cell of the plan: a row, or one item of a row. */
export interface Task {
  readonly row: PlanRow;
  readonly item: PlanItem | null;
  readonly order: number;
}

/** The cells of a plan, in its order. */
export function tasksOf(plan: Plan): Task[] {
  const out: Task[] = [];
  for (const row of plan.rows) {
    if (row.items?.length) for (const item of row.items) out.push({ row, item, order: out.length });
    else out.push({ row, item: null, order: out.length });
  }
  return out;
}

/** The schedule of a cell. */
export const scheduleOf = (t: Task): PlanSchedule => (t.item ?? t.row).schedule;

/** How a rule's occurrences are found. */
export function classify(rule: CompiledRule): 'periodic' | 'status' | 'dated' {
  if (rule.kinds.includes('periodic')) return 'periodic';
  if (rule.kinds.every((k) => STATUS_KINDS.has(k))) return 'status';
  return 'dated';
}

/** The date facts an event-driven rule counts from. */
export function eventFacts(rule: CompiledRule): string[] {
  const names = new Set<string>();
  for (const v of rule.variants) {
    const d = v.deadline;
    if (d.kind === 'offset' || d.kind === 'immediatelyAfter') names.add(d.from);
    else if (d.kind === 'window' && d.span === 'afterFact') names.add(d.fact);
  }
  return [...names];
}
