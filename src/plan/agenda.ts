/**
 * A unit's agenda: what it leads or supports in a period, from the plan's schedule
 * ({@link planSchedule}), sorted by due day, each item `open`, `overdue` or `done`.
 *
 * Interval convention: `[from, to]`, both days included, as for {@link planSchedule}.
 */
import type { Calendar } from '../calendar/calendar.js';
import type { LocalizedText } from '../calendar/types.js';
import { formatDay, toDay } from '../core/days.js';
import { errorIn } from '../core/errors.js';
import { showJson } from '../core/args.js';
import type { RuleSet } from '../rules/registry.js';
import { getPlan } from './data.js';
import { periodOf } from './events.js';
import { planSchedule, type PlanEvent, type PlanOccurrence, type UnitRef } from './schedule.js';
import type { Plan } from './schema.js';
import { findUnits, noSuchUnit, type UnitRole } from './units.js';
import { isoDay, todayInVietnam } from '../core/iso-day.js';

/** Where an agenda item stands on the `asOf` day. */
export type AgendaStatus = 'open' | 'overdue' | 'done';

/**
 * A recorded completion. Either an occurrence's `key` (see {@link PlanOccurrence.key}), or an
 * object that matches every occurrence whose fields equal the ones given (`row` is required):
 * `{ row: 'II.6.2', period: '2025-03', date: '2025-03-14' }` marks the March monthly report
 * done on 14 March; `{ row: 'I.1' }` marks every occurrence of row I.1 done.
 *
 * @example
 * ```ts
 * const completed: Completion[] = [
 *   { row: 'II.6.2', period: '2025-02', date: '2025-02-14' },
 *   'II.6.1|hp-2025/quarterly-report|2025-Q1|2025-03-25',
 * ];
 * ```
 */
export type Completion =
  | string
  | {
      /** Row number, e.g. `'II.6.2'`. */
      readonly row: string;
      /** Item key of a row split into items, e.g. `'central'`. */
      readonly item?: string;
      /** Rule id, for a row with several rules (II.6.1: quarterly and annual). */
      readonly ruleId?: string;
      /** Period of a periodic report: `'2025-03'`, `'2025-Q1'`, `'2025'`. */
      readonly period?: string;
      /** The due day of the occurrence. */
      readonly due?: string;
      /** The id of the event that produced it (see {@link PlanEvent.id}). */
      readonly event?: string;
      /** The day it was done (anything `toDay` accepts); recorded, and compared with the due day. */
      readonly date?: unknown;
    };

/** One item of an agenda: an occurrence, the unit's role in it and its status. */
export interface AgendaItem extends PlanOccurrence {
  /** `done` when a completion matches; else `overdue` when the due day is before `asOf`; else `open`. */
  readonly status: AgendaStatus;
  /**
   * Whether the unit leads (chủ trì) or cooperates (phối hợp); `null` in an agenda of all units.
   * A unit in both columns gets the one that names it more closely (by name rather than through
   * a group; II.1.1 names Sở Tư pháp as cooperating, its group "Các sở, ban, ngành" as lead);
   * a tie goes to lead. With `role: 'lead'` or `'cooperating'`, that role.
   */
  readonly role: 'lead' | 'cooperating' | null;
  /** The unit ids of that column that the query matched (a group such as "Các sở, ban, ngành" for a department). */
  readonly via: readonly string[];
  /** The day it was done, when the completion says. */
  readonly completedOn: string | null;
  /** Done after its due day. */
  readonly late: boolean;
}

/** The result of {@link agenda}. */
export interface Agenda {
  /** The plan: its document number and title. */
  readonly plan: { readonly document: string; readonly title: LocalizedText };
  /** The unit asked for and the plan's units it matched; `null` for all units. */
  readonly unit: { readonly query: string; readonly units: readonly UnitRef[] } | null;
  readonly role: UnitRole;
  readonly from: string;
  readonly to: string;
  /** The day statuses are judged on. */
  readonly asOf: string;
  /** Sorted by due day; items without a due day last, in the plan's order. */
  readonly items: readonly AgendaItem[];
}

/** Options of {@link agenda}. */
export interface AgendaOptions {
  /** A unit id or name (see {@link findUnits}: `'justice-department'`, `'so tu phap'`, `'UBND huyện Tiên Lãng'`). Left out: every row. */
  unit?: string;
  /** First day (anything `toDay` accepts). Default: 1 January of the plan's year. */
  from?: unknown;
  /** Last day, included. Default: 31 December of the plan's year. */
  to?: unknown;
  /** The day to judge `overdue` on. Default: today in Vietnam (UTC+7). */
  asOf?: unknown;
  /** Events for the event-driven rules; see {@link PlanEvent}. */
  events?: readonly PlanEvent[];
  /** What is done; see {@link Completion}. */
  completed?: readonly Completion[];
  /** `'lead'`, `'cooperating'` or `'any'` (default). */
  role?: UnitRole;
  /** Whether to list the items without a due day (ongoing rows, events not supplied). Default `true`. */
  undated?: boolean;
  /** The plan. Default: the shipped plan (QĐ 257/QĐ-UBND). */
  plan?: Plan;
  /** The calendar to count on. Default: the default calendar. */
  calendar?: Calendar;
  /** Where rule ids are looked up. Default: the shipped rules. */
  rules?: RuleSet;
}

const ROLES: readonly UnitRole[] = ['lead', 'cooperating', 'any'];

interface CompiledCompletion {
  match(o: PlanOccurrence): boolean;
  date: string | null;
}

function compileCompletions(list: unknown, fn: string): CompiledCompletion[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    throw errorIn(fn, 'invalid_argument', `completed must be an array of occurrence keys or { row, … } objects`, { value: list });
  }
  return list.map((c: unknown, i): CompiledCompletion => {
    if (typeof c === 'string') return { match: (o) => o.key === c, date: null };
    if (typeof c !== 'object' || c === null || typeof (c as { row?: unknown }).row !== 'string') {
      throw errorIn(
        fn,
        'invalid_argument',
        `completed[${i}] must be an occurrence key or { row: 'II.6.2', period?, item?, ruleId?, due?, event?, date? }, got ${showJson(c)}`,
        { index: i, value: c },
      );
    }
    const x = c as Exclude<Completion, string>;
    for (const f of ['item', 'ruleId', 'period', 'due', 'event'] as const) {
      if (x[f] !== undefined && typeof x[f] !== 'string') {
        throw errorIn(fn, 'invalid_argument', `completed[${i}].${f} must be a string, got ${showJson(x[f])}`, { index: i, field: f });
      }
    }
    const date = x.date === undefined ? null : formatDay(toDay(x.date, fn, `completed[${i}].date`));
    return {
      date,
      match: (o) =>
        o.row === x.row &&
        (x.item === undefined || o.item === x.item) &&
        (x.ruleId === undefined || o.ruleId === x.ruleId) &&
        (x.period === undefined || o.period === x.period) &&
        (x.due === undefined || o.due === x.due) &&
        (x.event === undefined || o.event?.id === x.event),
    };
  });
}

/**
 * What a unit leads or supports in a period: the plan's occurrences ({@link planSchedule})
 * in which the unit — directly, or through a group that contains it (a department through
 * "Các sở, ban, ngành") — is a lead or cooperating unit, sorted by due day, the items without a
 * due day last. Each item says the unit's role and its status on `asOf`: `done` when a
 * completion matches it, else `overdue` when its due day is before `asOf`, else `open`.
 *
 * @param options - `unit` (id or name; left out: every row), `from`, `to` (default: the plan's
 *   year; both included), `asOf` (default: today in UTC+7), `events`, `completed`, `role`
 *   (`'lead'`, `'cooperating'`, `'any'`), `undated`, `plan`, `calendar`, `rules`
 * @returns the {@link Agenda}
 * @throws VnDeadlinesError `invalid_argument` (a unit no plan unit matches, an unknown role, to
 *   before from, a malformed event or completion), `invalid_date`, and what {@link planSchedule} throws
 * @example
 * ```ts
 * const a = agenda({ unit: 'so tu phap', from: '2025-03-01', to: '2025-03-31', asOf: '2025-03-20', undated: false });
 * a.items.map((i) => `${i.due} ${i.row} ${i.role} ${i.status}`);
 * // ['2025-03-17 II.6.2 lead overdue', '2025-03-25 II.6.1 lead open', '2025-12-31 II.5.1 cooperating open']
 * ```
 */
export function agenda(options: AgendaOptions = {}): Agenda {
  const fn = 'agenda';
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw errorIn(fn, 'invalid_argument', `options must be an object { unit, from, to, asOf, … }`, { value: options });
  }
  const plan = options.plan ?? getPlan();
  const role = options.role ?? 'any';
  if (!ROLES.includes(role)) {
    throw errorIn(fn, 'invalid_argument', `role ${showJson(role)} is not one of 'lead', 'cooperating', 'any'`, { value: role });
  }
  const [from, to] = periodOf(plan, options.from, options.to, fn);
  const asOf = options.asOf === undefined ? todayInVietnam() : isoDay(options.asOf, fn, 'asOf');
  const completions = compileCompletions(options.completed, fn);

  let unit: Agenda['unit'] = null;
  let rank: Map<string, number> | null = null;
  if (options.unit !== undefined) {
    if (typeof options.unit !== 'string') {
      throw errorIn(fn, 'invalid_argument', `unit must be a unit id or name, got ${typeof options.unit}`, { value: options.unit });
    }
    const units = findUnits(options.unit, plan);
    if (units.length === 0) throw noSuchUnit(fn, options.unit, plan);
    unit = { query: options.unit, units: units.map((u) => ({ id: u.id, name: u.name })) };
    // findUnits lists direct matches first, then the groups that contain them.
    rank = new Map(units.map((u, i) => [u.id, i]));
  }

  const schedule = planSchedule(plan, {
    from,
    to,
    events: options.events,
    undated: options.undated,
    calendar: options.calendar,
    rules: options.rules,
  });

  const items: AgendaItem[] = [];
  for (const o of schedule) {
    let itemRole: AgendaItem['role'] = null;
    let via: string[] = [];
    if (rank !== null) {
      const leads = o.lead.filter((u) => rank.has(u.id)).map((u) => u.id);
      const coops = o.cooperating.filter((u) => rank.has(u.id)).map((u) => u.id);
      const best = (list: string[]) => Math.min(...list.map((id) => rank.get(id)!));
      const asLead = role !== 'cooperating' && leads.length > 0;
      const asCoop = role !== 'lead' && coops.length > 0;
      if (!asLead && !asCoop) continue;
      // Named in both columns (Sở Tư pháp in II.1.1: lead through "Các sở, ban, ngành", cooperating by
      // name): the column that names the closer match wins; a tie goes to lead.
      if (asLead && (!asCoop || best(leads) <= best(coops))) [itemRole, via] = ['lead', leads];
      else [itemRole, via] = ['cooperating', coops];
    }
    const done = completions.filter((c) => c.match(o));
    const completedOn = done.map((c) => c.date).find((d) => d !== null) ?? null;
    const status: AgendaStatus = done.length > 0 ? 'done' : o.due !== null && o.due < asOf ? 'overdue' : 'open';
    items.push({ ...o, status, role: itemRole, via, completedOn, late: completedOn !== null && o.due !== null && completedOn > o.due });
  }
  return { plan: { document: plan.plan.document, title: plan.plan.title }, unit, role, from, to, asOf, items };
}
