/**
 * The arguments of a schedule query: the period `[from, to]` and the events supplied for the
 * event-driven rules, checked against the plan and its rules.
 */
import { showJson } from '../core/args.js';
import { errorIn } from '../core/errors.js';
import { isoDay } from '../core/iso-day.js';
import type { RuleSet } from '../rules/registry.js';
import type { Plan } from './schema.js';
import type { PlanEvent } from './schedule-types.js';
import { classify, eventFacts, scheduleOf, tasksOf } from './tasks.js';

/** Checks and resolves the period. @internal */
export function periodOf(plan: Plan, from: unknown, to: unknown, fn: string): [string, string] {
  const year = plan.plan.date.slice(0, 4);
  const lo = from === undefined ? `${year}-01-01` : isoDay(from, fn, 'from');
  const hi = to === undefined ? `${year}-12-31` : isoDay(to, fn, 'to');
  if (hi < lo) throw errorIn(fn, 'invalid_argument', `'to' (${hi}) is before 'from' (${lo}); swap them`, { from: lo, to: hi }, undefined, 'range_reversed');
  return [lo, hi];
}

/** Checks the shape of one event. */
function checkShape(e: unknown, i: number, fn: string): PlanEvent {
  const at = `events[${i}]`;
  if (typeof e !== 'object' || e === null || typeof (e as PlanEvent).rule !== 'string') {
    throw errorIn(fn, 'invalid_argument', `${at} must be { rule: '<rule id>', facts: { … } }, got ${showJson(e)}`, { index: i, value: e }, at);
  }
  const ev = e as PlanEvent;
  if (typeof ev.facts !== 'object' || ev.facts === null || Array.isArray(ev.facts)) {
    throw errorIn(
      fn,
      'invalid_argument',
      `${at} (rule '${ev.rule}'): facts must be an object of name → value, e.g. { ministryDecisionDate: '2025-03-03' }`,
      { index: i, ruleId: ev.rule },
      at,
    );
  }
  if (ev.id !== undefined && (typeof ev.id !== 'string' || ev.id === '')) {
    throw errorIn(fn, 'invalid_argument', `${at}: id must be a non-empty string, got ${showJson(ev.id)}`, { index: i }, at);
  }
  return ev;
}

/** Checks that an event's rule is one the plan names and that it is event-driven. */
function checkRule(ev: PlanEvent, i: number, named: ReadonlySet<string>, plan: Plan, rules: RuleSet, fn: string): void {
  const at = `events[${i}]`;
  const rule = rules.lookup(ev.rule, fn);
  if (!named.has(rule.id)) {
    const driven = [...named].filter((id) => rules.has(id) && classify(rules.get(id)) === 'dated' && eventFacts(rules.get(id)).length > 0);
    throw errorIn(
      fn,
      'invalid_argument',
      `${at}: no row of the plan ${plan.plan.document} names rule '${rule.id}'; its event-driven rules are ${driven.join(', ')}`,
      { index: i, ruleId: rule.id },
      at,
    );
  }
  const how = classify(rule);
  if (how !== 'dated') {
    const what = how === 'periodic' ? 'periodic: its occurrences follow from the period [from, to]' : `${rule.kinds.join('/')}: it has no due day`;
    throw errorIn(fn, 'invalid_argument', `${at}: rule '${rule.id}' is ${what}, not from an event`, { index: i, ruleId: rule.id }, at);
  }
}

/** Checks the `events` option. @internal */
export function checkEvents(events: unknown, plan: Plan, rules: RuleSet, fn: string): PlanEvent[] {
  if (events === undefined) return [];
  if (!Array.isArray(events)) {
    throw errorIn(
      fn,
      'invalid_argument',
      `events must be an array of { rule, facts }, got ${events === null ? 'null' : typeof events}`,
      { value: events },
      'events',
    );
  }
  const named = new Set(tasksOf(plan).flatMap((t) => scheduleOf(t).ruleIds ?? []));
  return events.map((e: unknown, i) => {
    const ev = checkShape(e, i, fn);
    checkRule(ev, i, named, plan, rules, fn);
    return ev;
  });
}
