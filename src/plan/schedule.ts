/**
 * A plan's schedule: every concrete occurrence of its rows in a period — the monthly,
 * quarterly and annual reports with their data periods, the fixed dates, the windows, the due
 * days that follow from events the caller supplies (a ministry decision, a legal document's
 * effective date), and, once each, the rows without a due day with their status.
 *
 * Interval convention: `[from, to]`, both days included. A dated occurrence belongs to the
 * period when its due day, or its window `[windowStart, due]`, meets `[from, to]`.
 */
import { errorIn, VnDeadlinesError } from '../core/errors.js';
import { dueDate, occurrences } from '../rules/due.js';
import type { DueOptions } from '../rules/options.js';
import { shippedRules, type RuleSet } from '../rules/registry.js';
import type { CompiledRule, DueResult } from '../rules/types.js';
import { getPlan } from './data.js';
import { checkEvents, periodOf } from './events.js';
import { awaitingOccurrence, cellOf, resultOccurrence, ruleLessOccurrence, unitRefs, type Cell } from './occurrence.js';
import type { Plan } from './schema.js';
import type { PlanEvent, PlanOccurrence, PlanScheduleOptions } from './schedule-types.js';
import { classify, scheduleOf, tasksOf } from './tasks.js';

export type { PlanEvent, UnitRef, ScheduleKind, PlanOccurrence, PlanScheduleOptions } from './schedule-types.js';

/** One query's state: its arguments, and the occurrences found so far. */
interface Ctx {
  readonly lo: string;
  readonly hi: string;
  readonly rules: RuleSet;
  readonly dueOptions: DueOptions;
  readonly events: readonly PlanEvent[];
  readonly undated: boolean;
  /** Dated occurrences with their sort keys: the cell's place in the plan, then the rule's and the event's. */
  readonly dated: { o: PlanOccurrence; order: number; sub: number }[];
  /** Occurrences without a due day, in the plan's order. */
  readonly rest: PlanOccurrence[];
}

/** Whether a result's due day, or its window, meets the period. */
const inRange = (ctx: Ctx, r: DueResult): boolean => r.due !== null && (r.windowStart ?? r.due) <= ctx.hi && r.due >= ctx.lo;

/** The due day of an event's rule, an error naming the event. */
function eventResult(ctx: Ctx, rule: CompiledRule, e: PlanEvent, i: number): DueResult {
  try {
    return dueDate(rule, e.facts, ctx.dueOptions);
  } catch (err) {
    if (!(err instanceof VnDeadlinesError)) throw err;
    const at = `events[${i}]`;
    throw errorIn('planSchedule', err.code, `${at} (rule '${rule.id}'): ${err.fn === 'dueDate' ? err.reason : err.message}`, { ...err.details, index: i }, at);
  }
}

/** An event-driven (or fixed) rule: one occurrence per event supplied, else its fixed due day, else one awaiting its event. */
function scheduleDated(ctx: Ctx, cell: Cell, rule: CompiledRule, sub: number): void {
  const push = (o: PlanOccurrence, k: number) => ctx.dated.push({ o, order: cell.task.order, sub: k });
  const mine = ctx.events.map((e, i) => [e, i] as const).filter(([e]) => e.rule === rule.id);
  if (mine.length > 0) {
    for (const [e, i] of mine) {
      const r = eventResult(ctx, rule, e, i);
      if (inRange(ctx, r)) push(resultOccurrence(cell, rule, r, e), sub + i + 1);
    }
    return;
  }
  let r: DueResult | undefined;
  try {
    r = dueDate(rule, {}, ctx.dueOptions);
  } catch (err) {
    if (!(err instanceof VnDeadlinesError) || (err.code !== 'missing_fact' && err.code !== 'no_variant')) throw err;
  }
  if (r !== undefined && r.due !== null) {
    if (inRange(ctx, r)) push(resultOccurrence(cell, rule, r, null), sub);
  } else if (ctx.undated) ctx.rest.push(awaitingOccurrence(cell, rule));
}

/** The occurrences of one rule of a cell. */
function scheduleRule(ctx: Ctx, cell: Cell, rule: CompiledRule, sub: number): void {
  const how = classify(rule);
  if (how === 'periodic') {
    for (const r of occurrences(rule, ctx.lo, ctx.hi, ctx.dueOptions))
      ctx.dated.push({ o: resultOccurrence(cell, rule, r, null), order: cell.task.order, sub });
  } else if (how === 'status') {
    if (ctx.undated) ctx.rest.push(resultOccurrence(cell, rule, dueDate(rule, {}, ctx.dueOptions), null));
  } else scheduleDated(ctx, cell, rule, sub);
}

/**
 * Every concrete occurrence of a plan's rows in a period, sorted by due day (then by window
 * start and the plan's order), the occurrences without a due day last in the plan's order:
 *
 * - **periodic rules** (monthly, quarterly, annual reports): one occurrence per period whose
 *   due day lies in `[from, to]`, with its period and data period (see {@link occurrences});
 * - **fixed dates and windows**: included when the due day or the window `[windowStart, due]`
 *   meets `[from, to]`;
 * - **event-driven rules** (counted from a decision or an effective date): one occurrence per
 *   supplied event of that rule, included like a fixed date; with no event, one `awaitingEvent`
 *   occurrence without a due day that names the facts it waits for;
 * - **ongoing, on-occurrence, until-superseded rows**: once each, with their status text.
 *
 * A row split into items (II.2.1, II.2.2) is scheduled item by item, each with its own units.
 * Each occurrence carries the row number, the units with their names, the due day, the window,
 * the last working day, the rule id, the legal basis and the provisional / pending flags.
 *
 * @param options - `from`, `to` (default: the plan's year), `events`, `undated` (default `true`),
 *   `calendar`, `rules`
 * @returns the occurrences
 * @throws VnDeadlinesError `invalid_date` (from, to), `invalid_argument` (to before from; an event
 *   that is not `{ rule, facts }`, or whose rule no row names or is not event-driven),
 *   `unknown_rule`, `missing_fact` / `invalid_fact` / `no_variant` (an event's facts),
 *   `out_of_coverage`
 * @example
 * ```ts
 * const monthly = planSchedule({ from: '2025-01-01', to: '2025-12-31', undated: false })
 *   .filter((o) => o.ruleId === 'hp-2025/monthly-report');
 * monthly.length;                      // 12
 * monthly[4].due;                      // '2025-05-17'
 * monthly[4].lastWorkingDay;           // '2025-05-16'
 * monthly[4].dataPeriod;               // { from: '2025-04-15', to: '2025-05-14' }
 * ```
 */
export function planSchedule(options?: PlanScheduleOptions): PlanOccurrence[];
/**
 * {@link planSchedule} for a plan given first: another plan file (see {@link parsePlan}), or
 * `undefined` for the shipped one.
 *
 * @param plan - the plan; the shipped plan (QĐ 257/QĐ-UBND) when `undefined`
 * @param options - as for the form without a plan
 * @returns the occurrences
 * @throws VnDeadlinesError as for the form without a plan
 * @example
 * ```ts
 * planSchedule(getPlan(), {
 *   from: '2025-03-01', to: '2025-03-31',
 *   events: [{ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-03-03' } }],
 * }).find((o) => o.item === 'central')?.due; // '2025-03-17'
 * ```
 */
export function planSchedule(plan: Plan | undefined, options?: PlanScheduleOptions): PlanOccurrence[];
export function planSchedule(a?: Plan | PlanScheduleOptions, b?: PlanScheduleOptions): PlanOccurrence[] {
  const fn = 'planSchedule';
  const isPlan = (x: unknown): x is Plan => typeof x === 'object' && x !== null && 'rows' in x && 'units' in x && 'plan' in x;
  const plan = isPlan(a) ? a : getPlan();
  const given = isPlan(a) || a === undefined ? b : a;
  // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- null must reach the check below and be rejected
  const options = given === undefined ? {} : given;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw errorIn(fn, 'invalid_argument', `options must be an object { from, to, events, … }`, { value: options });
  }
  const [lo, hi] = periodOf(plan, options.from, options.to, fn);
  const rules = options.rules ?? shippedRules();
  const ctx: Ctx = {
    lo,
    hi,
    rules,
    dueOptions: { rules, calendar: options.calendar },
    events: checkEvents(options.events, plan, rules, fn),
    undated: options.undated ?? true,
    dated: [],
    rest: [],
  };
  const refs = unitRefs(plan);
  for (const task of tasksOf(plan)) {
    const cell = cellOf(task, refs);
    const ruleIds = scheduleOf(task).ruleIds ?? [];
    if (ruleIds.length === 0) {
      if (ctx.undated) ctx.rest.push(ruleLessOccurrence(plan, cell));
      continue;
    }
    ruleIds.forEach((id, ruleIndex) => scheduleRule(ctx, cell, rules.lookup(id, fn), ruleIndex * 1e6));
  }
  ctx.dated.sort((x, y) => cmp(x.o.due!, y.o.due!) || cmp(x.o.windowStart ?? x.o.due!, y.o.windowStart ?? y.o.due!) || x.order - y.order || x.sub - y.sub);
  return [...ctx.dated.map((d) => d.o), ...ctx.rest];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
