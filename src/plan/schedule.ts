/**
 * A plan's schedule: every concrete occurrence of its rows in a period — the monthly,
 * quarterly and annual reports with their data periods, the fixed dates, the windows, the due
 * days that follow from events the caller supplies (a ministry decision, a legal document's
 * effective date), and, once each, the rows without a due day with their status.
 *
 * Interval convention: `[from, to]`, both days included. A dated occurrence belongs to the
 * period when its due day, or its window `[windowStart, due]`, meets `[from, to]`.
 */
import type { Calendar } from '../calendar/calendar.js';
import type { LocalizedText, PendingNotice } from '../calendar/types.js';
import { errorIn, VnDeadlinesError } from '../core/errors.js';
import { showJson } from '../core/args.js';
import { dueDate, occurrences } from '../rules/due.js';
import { shippedRules, type RuleSet } from '../rules/registry.js';
import type { DeadlineKind, LegalRef } from '../rules/schema.js';
import type { CompiledRule, DataPeriod, DueResult } from '../rules/types.js';
import { getPlan } from './data.js';
import type { Plan, PlanItem, PlanRow, PlanSchedule, PlanSection } from './schema.js';
import { isoDay } from '../core/iso-day.js';


/** The fields of an occurrence without a due day (an ongoing row, an event not supplied). */
const UNDATED = {
  from: null,
  due: null,
  windowStart: null,
  lastWorkingDay: null,
  period: null,
  dataPeriod: null,
  dependsOnProvisional: false,
  pending: [],
} as const;

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
  /** The rule's facts, as {@link dueDate} takes them: `{ ministryDecisionDate: '2025-03-03' }`. */
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
export interface PlanOccurrence {
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
  /** The fact date the period counts from (event-driven rules), else `null`. */
  readonly from: string | null;
  /** The due day (last allowed day), `YYYY-MM-DD`; `null` for ongoing rows and for events not supplied. */
  readonly due: string | null;
  /** The first day of the window, where there is one ("Trong tháng 02/2025" → `'2025-02-01'`). */
  readonly windowStart: string | null;
  /** The last working day on or before the due day. */
  readonly lastWorkingDay: string | null;
  /** The period of a periodic report: `'2025-03'`, `'2025-Q1'`, `'2025'`. */
  readonly period: string | null;
  /** The data period of a report (chốt số liệu), both days included. */
  readonly dataPeriod: DataPeriod | null;
  /** Whether the answer rests on a provisional day (a year without official arrangements). */
  readonly dependsOnProvisional: boolean;
  /** Pending announcements the answer crosses (e.g. 24/11/2026). */
  readonly pending: readonly PendingNotice[];
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

const STATUS_KINDS: ReadonlySet<DeadlineKind> = new Set(['ongoing', 'onOccurrence', 'untilSuperseded']);

const SCHEDULE_NOTES: Record<Exclude<PlanSchedule['type'], 'rule'>, LocalizedText> = {
  ongoing: { vi: 'Thường xuyên: không có hạn cụ thể', en: 'Ongoing: no due day' },
  onOccurrence: { vi: 'Khi có phát sinh: không có hạn cụ thể', en: 'On occurrence: no due day' },
  untilSuperseded: { vi: 'Thường xuyên, cho đến khi có văn bản thay thế', en: 'Ongoing until superseded' },
};

/** One schedulable cell of the plan: a row, or one item of a row. */
interface Task {
  readonly row: PlanRow;
  readonly item: PlanItem | null;
  readonly order: number;
}

function tasksOf(plan: Plan): Task[] {
  const out: Task[] = [];
  for (const row of plan.rows) {
    if (row.items?.length) for (const item of row.items) out.push({ row, item, order: out.length });
    else out.push({ row, item: null, order: out.length });
  }
  return out;
}

const scheduleOf = (t: Task): PlanSchedule => (t.item ?? t.row).schedule;

/** How a rule's occurrences are found. */
function classify(rule: CompiledRule): 'periodic' | 'status' | 'dated' {
  if (rule.kinds.includes('periodic')) return 'periodic';
  if (rule.kinds.every((k) => STATUS_KINDS.has(k))) return 'status';
  return 'dated';
}

/** The date facts an event-driven rule counts from. */
function eventFacts(rule: CompiledRule): string[] {
  const names = new Set<string>();
  for (const v of rule.variants) {
    const d = v.deadline;
    if (d.kind === 'offset' || d.kind === 'immediatelyAfter') names.add(d.from);
    else if (d.kind === 'window' && d.span === 'afterFact') names.add(d.fact);
  }
  return [...names];
}

function awaitingNote(rule: CompiledRule, facts: readonly string[]): LocalizedText {
  const vi = facts.map((f) => rule.facts[f]?.description.vi ?? f).join(' / ');
  const en = facts.map((f) => rule.facts[f]?.description.en ?? f).join(' / ');
  return { vi: `Chờ sự kiện: hạn tính từ ${vi}`, en: `Awaiting an event: the due day counts from ${en}` };
}


/** Checks and resolves the period. @internal */
export function periodOf(plan: Plan, from: unknown, to: unknown, fn: string): [string, string] {
  const year = plan.plan.date.slice(0, 4);
  const lo = from === undefined ? `${year}-01-01` : isoDay(from, fn, 'from');
  const hi = to === undefined ? `${year}-12-31` : isoDay(to, fn, 'to');
  if (hi < lo) throw errorIn(fn, 'invalid_argument', `'to' (${hi}) is before 'from' (${lo}); swap them`, { from: lo, to: hi });
  return [lo, hi];
}

function checkEvents(events: unknown, plan: Plan, rules: RuleSet, fn: string): PlanEvent[] {
  if (events === undefined) return [];
  if (!Array.isArray(events)) {
    throw errorIn(fn, 'invalid_argument', `events must be an array of { rule, facts }, got ${events === null ? 'null' : typeof events}`, {
      value: events,
    });
  }
  const named = new Set(tasksOf(plan).flatMap((t) => scheduleOf(t).ruleIds ?? []));
  return events.map((e: unknown, i) => {
    const at = `${fn}: events[${i}]`;
    if (typeof e !== 'object' || e === null || typeof (e as PlanEvent).rule !== 'string') {
      throw new VnDeadlinesError('invalid_argument', `${at} must be { rule: '<rule id>', facts: { … } }, got ${showJson(e)}`, { index: i, value: e });
    }
    const ev = e as PlanEvent;
    if (typeof ev.facts !== 'object' || ev.facts === null || Array.isArray(ev.facts)) {
      throw new VnDeadlinesError('invalid_argument', `${at} (rule '${ev.rule}'): facts must be an object of name → value, e.g. { ministryDecisionDate: '2025-03-03' }`, {
        index: i,
        ruleId: ev.rule,
      });
    }
    if (ev.id !== undefined && (typeof ev.id !== 'string' || ev.id === '')) {
      throw new VnDeadlinesError('invalid_argument', `${at}: id must be a non-empty string, got ${showJson(ev.id)}`, { index: i });
    }
    const rule = rules.lookup(ev.rule, fn);
    if (!named.has(rule.id)) {
      throw new VnDeadlinesError(
        'invalid_argument',
        `${at}: no row of the plan ${plan.plan.document} names rule '${rule.id}'; its event-driven rules are ${[...named]
          .filter((id) => rules.has(id) && classify(rules.get(id)) === 'dated' && eventFacts(rules.get(id)).length > 0)
          .join(', ')}`,
        { index: i, ruleId: rule.id },
      );
    }
    const how = classify(rule);
    if (how !== 'dated') {
      throw new VnDeadlinesError(
        'invalid_argument',
        `${at}: rule '${rule.id}' is ${how === 'periodic' ? 'periodic: its occurrences follow from the period [from, to]' : `${rule.kinds.join('/')}: it has no due day`}, not from an event`,
        { index: i, ruleId: rule.id },
      );
    }
    return ev;
  });
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
  const options = given === undefined ? {} : given;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw errorIn(fn, 'invalid_argument', `options must be an object { from, to, events, … }`, { value: options });
  }
  const [lo, hi] = periodOf(plan, options.from, options.to, fn);
  const rules = options.rules ?? shippedRules();
  const calendar = options.calendar;
  const dueOptions = { rules, calendar };
  const events = checkEvents(options.events, plan, rules, fn);
  const undated = options.undated ?? true;

  const unitNames = new Map(plan.units.map((u) => [u.id, u.name]));
  const refs = (ids: readonly string[]): UnitRef[] => ids.map((id) => ({ id, name: unitNames.get(id) ?? { vi: id, en: id } }));
  const planBasis = (row: string): LegalRef => ({
    document: plan.plan.document,
    date: plan.plan.date,
    title: plan.plan.title,
    articles: [`mục ${row}`],
  });

  const dated: { o: PlanOccurrence; order: number; sub: number }[] = [];
  const rest: PlanOccurrence[] = [];

  for (const task of tasksOf(plan)) {
    const { row, item } = task;
    const cell = item ?? row;
    const schedule = cell.schedule;
    const base = {
      row: row.number,
      item: item?.key ?? null,
      section: row.section,
      content: cell.content,
      wording: (schedule.type === 'rule' ? schedule.deadlineText : undefined) ?? cell.timeText,
      lead: refs(cell.lead),
      cooperating: refs(cell.cooperating),
    };
    const rowKey = item ? `${row.number}#${item.key}` : row.number;
    const fromResult = (rule: CompiledRule, r: DueResult, event: PlanEvent | null): PlanOccurrence => {
      const third = r.period ?? (event ? `event:${event.id ?? r.from ?? ''}` : '-');
      return {
        key: `${rowKey}|${rule.id}|${third}|${r.due ?? '-'}`,
        ...base,
        ruleId: rule.id,
        title: rule.title,
        variant: r.variant,
        kind: r.kind,
        from: r.from,
        due: r.due,
        windowStart: r.windowStart,
        lastWorkingDay: r.lastWorkingDay,
        period: r.period,
        dataPeriod: r.dataPeriod,
        dependsOnProvisional: r.dependsOnProvisional,
        pending: r.pending,
        legalBasis: rule.legalBasis,
        interpretation: r.interpretation,
        note: r.note,
        awaiting: [],
        event,
      };
    };
    const inRange = (r: DueResult) => r.due !== null && (r.windowStart ?? r.due) <= hi && r.due >= lo;
    const pushDated = (o: PlanOccurrence, sub: number) => dated.push({ o, order: task.order, sub });

    const ruleIds = schedule.ruleIds ?? [];
    if (ruleIds.length === 0) {
      if (undated) {
        const type = schedule.type === 'rule' ? 'ongoing' : schedule.type;
        rest.push({
          key: `${rowKey}|-|-|-`,
          ...base,
          ruleId: null,
          title: null,
          variant: null,
          kind: type,
          ...UNDATED,
          legalBasis: [planBasis(row.number)],
          interpretation: null,
          note:
            schedule.type === 'untilSuperseded'
              ? { vi: `Thường xuyên, ${lowerFirst(schedule.until.vi)}`, en: `Ongoing ${lowerFirst(schedule.until.en)}` }
              : SCHEDULE_NOTES[type],
          awaiting: [],
          event: null,
        });
      }
      continue;
    }

    ruleIds.forEach((id, ruleIndex) => {
      const rule = rules.lookup(id, fn);
      const how = classify(rule);
      if (how === 'periodic') {
        for (const r of occurrences(rule, lo, hi, dueOptions)) pushDated(fromResult(rule, r, null), ruleIndex * 1e6);
        return;
      }
      if (how === 'status') {
        if (undated) rest.push(fromResult(rule, dueDate(rule, {}, dueOptions), null));
        return;
      }
      const mine = events.map((e, i) => [e, i] as const).filter(([e]) => e.rule === rule.id);
      if (mine.length > 0) {
        for (const [e, i] of mine) {
          let r: DueResult;
          try {
            r = dueDate(rule, e.facts, dueOptions);
          } catch (err) {
            if (err instanceof VnDeadlinesError) {
              throw new VnDeadlinesError(err.code, `${fn}: events[${i}] (rule '${rule.id}'): ${err.fn === 'dueDate' ? err.reason : err.message}`, {
                ...err.details,
                index: i,
              });
            }
            throw err;
          }
          if (inRange(r)) pushDated(fromResult(rule, r, e), ruleIndex * 1e6 + i + 1);
        }
        return;
      }
      let r: DueResult | undefined;
      try {
        r = dueDate(rule, {}, dueOptions);
      } catch (err) {
        if (!(err instanceof VnDeadlinesError) || (err.code !== 'missing_fact' && err.code !== 'no_variant')) throw err;
      }
      if (r !== undefined && r.due !== null) {
        if (inRange(r)) pushDated(fromResult(rule, r, null), ruleIndex * 1e6);
      } else if (undated) {
        const facts = eventFacts(rule);
        rest.push({
          key: `${rowKey}|${rule.id}|awaiting|-`,
          ...base,
          ruleId: rule.id,
          title: rule.title,
          variant: null,
          kind: 'awaitingEvent',
          ...UNDATED,
          legalBasis: rule.legalBasis,
          interpretation: rule.interpretation,
          note: awaitingNote(rule, facts),
          awaiting: facts,
          event: null,
        });
      }
    });
  }

  dated.sort(
    (x, y) =>
      cmp(x.o.due!, y.o.due!) ||
      cmp(x.o.windowStart ?? x.o.due!, y.o.windowStart ?? y.o.due!) ||
      x.order - y.order ||
      x.sub - y.sub,
  );
  return [...dated.map((d) => d.o), ...rest];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
