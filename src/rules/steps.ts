/**
 * The steps that lead to a due day, in Vietnamese and English: computed on demand (the result's
 * `steps` getter), so the hot path pays nothing for them. One builder per kind of deadline, then
 * the steps every result ends with (last working day, pending announcements, provisional days).
 */
import type { Calendar } from '../calendar/calendar.js';
import { formatDay, isoWeekday } from '../core/days.js';
import type { Lang } from '../core/lang.js';
import type { CompiledRuleImpl, CompiledVariant } from './compile.js';
import type { DeadlineDefinition } from './schema.js';
import { both, day, dmy, factStep, label, periodName, ROLL, skips, skipStep, t, tt, UNIT, why } from './step-text.js';
import type { DueResult, DueStep } from './types.js';

type Result = DueResult & { target: string | null };
type Deadline<K extends DeadlineDefinition['kind']> = Extract<DeadlineDefinition, { kind: K }>;

/** What every builder reads: the result, its rule and variant, the calendar; `steps` is appended to. */
interface Ctx {
  readonly res: Result;
  readonly rule: CompiledRuleImpl;
  readonly variant: CompiledVariant;
  readonly cal: Calendar;
  readonly steps: DueStep[];
}

/** Skip steps from the target to the due day, then the roll step, when the target moved. */
function rollSteps({ res, variant, cal, steps }: Ctx, target: string): void {
  const due = res.due!;
  steps.push(...skips(cal, target, due < target ? formatDay(day(due) + 1) : formatDay(day(due) - 1)));
  steps.push({ kind: 'roll', date: due, text: tt('rollTo', (l) => ({ roll: ROLL[variant.compiled.roll][l], due: label(due, l) })) });
}

/** `offset` in working days: each day counted or skipped, then the due day. */
function workingDayCountSteps({ res, rule, cal, steps }: Ctx, d: Deadline<'offset'>): void {
  const from = res.from!;
  const due = res.due!;
  steps.push(factStep(rule, d.from, from));
  const after = d.direction === 'after';
  let n = 0;
  const end = day(due);
  for (let x = day(from) + (after ? 1 : -1); after ? x <= end : x >= end; x += after ? 1 : -1) {
    const iso = formatDay(x);
    const info = cal.dayInfo(iso);
    if (!info.working) {
      steps.push(skipStep(info));
      continue;
    }
    n++;
    const notes = (l: Lang) => [...(isoWeekday(x) >= 6 ? [why(info, l)] : []), ...info.pending.map((p) => t(l, 'note', { name: p.name[l] }))];
    const k = n;
    const text = tt('count', (l) => ({ day: label(iso, l), n: k }));
    for (const l of ['vi', 'en'] as const) if (notes(l).length) text[l] += ` — ${notes(l).join('; ')}`;
    steps.push({ kind: 'count', date: iso, n: k, text });
  }
  steps.push({ kind: 'due', date: due, text: tt(after ? 'dueCount' : 'dueCountBefore', (l) => ({ day: label(due, l), n: d.amount, from: dmy(from, l) })) });
}

/** `offset` in calendar days, weeks, months or years: the target, the roll, the due day. */
function calendarOffsetSteps(ctx: Ctx, d: Deadline<'offset'>): void {
  const { res, rule, variant, cal, steps } = ctx;
  const from = res.from!;
  const due = res.due;
  steps.push(factStep(rule, d.from, from));
  const after = d.direction === 'after';
  const target = res.target!;
  const naive = d.unit === 'months' || d.unit === 'years' ? null : target;
  const clamped = naive === null && target.slice(8) !== from.slice(8);
  const targetText = both((l) => `${dmy(from, l)} ${after ? '+' : '−'} ${d.amount} ${UNIT[d.unit][l]} = ${label(target, l)}` + (clamped ? t(l, 'clamped') : ''));
  steps.push({ kind: 'target', date: target, text: targetText });
  const roll = variant.compiled.roll;
  if (due !== target) rollSteps(ctx, target);
  else if (roll === 'none' && !cal.isWorkingDay(target)) steps.push({ kind: 'roll', date: due, text: tt(rule.isDeadline ? 'noRoll' : 'noRollEarliest', (l) => ({ day: label(target, l) })) });
  steps.push({ kind: 'due', date: due, text: tt(rule.isDeadline ? 'due' : 'result', (l) => ({ day: label(due!, l) })) });
}

/** `immediatelyAfter`: the event, the days off skipped, the first working day after it. */
function immediatelyAfterSteps({ res, rule, cal, steps }: Ctx, d: Deadline<'immediatelyAfter'>): void {
  const from = res.from!;
  const due = res.due!;
  steps.push(factStep(rule, d.from, from));
  if (day(due) - day(from) > 1) steps.push(...skips(cal, formatDay(day(from) + 1), formatDay(day(due) - 1), true));
  steps.push({ kind: 'due', date: due, text: tt('dueFirst', (l) => ({ day: label(due, l), from: dmy(from, l) })) });
}

/** The data period of a report, when it has one. */
function dataStep(steps: DueStep[], p: { from: string; to: string }): void {
  steps.push({ kind: 'data', date: null, text: tt('data', (l) => ({ from: dmy(p.from, l), to: dmy(p.to, l) })) });
}

/** The roll, when the target moved, and the due day: how `fixed` and `periodic` end. */
function rollAndDueSteps(ctx: Ctx, target: string): void {
  const { res, steps } = ctx;
  const due = res.due;
  if (due !== target) rollSteps(ctx, target);
  steps.push({ kind: 'due', date: due, text: tt('due', (l) => ({ day: label(due!, l) })) });
}

/** `fixed`: the day the text names, the window it opens, the data period, the roll, the due day. */
function fixedSteps(ctx: Ctx, d: Deadline<'fixed'>): void {
  const { res, steps } = ctx;
  const target = res.target!;
  const fixedText = tt(d.bound === 'before' ? 'fixedBefore' : 'fixedBy', (l) => ({ date: dmy(d.date, l), day: label(target, l) }));
  steps.push({ kind: 'fixed', date: target, text: fixedText });
  if (res.windowStart !== null) {
    const start = res.windowStart;
    steps.push({ kind: 'window', date: start, text: tt('opensAfter', (l) => ({ date: dmy(d.opensAfter!, l), day: label(start, l) })) });
  }
  if (res.dataPeriod) dataStep(steps, res.dataPeriod);
  rollAndDueSteps(ctx, target);
}

/** What a window is, in words: a month, a year, or the days after an event. */
function windowName(res: Result, d: Deadline<'window'>, l: Lang): string {
  if (d.span === 'month') return t(l, 'windowMonth', { month: periodName(d.month, l).replace(/^(tháng|month) /, '') });
  if (d.span === 'year') return t(l, 'windowYear', { year: d.year });
  return t(l, 'windowAfter', { from: dmy(res.from!, l), until: dmy(d.until, l) });
}

/** `window`: the event (if any), the window, its last day. */
function windowSteps({ res, rule, steps }: Ctx, d: Deadline<'window'>): void {
  const start = res.windowStart!;
  const due = res.due!;
  if (d.span === 'afterFact') steps.push(factStep(rule, d.fact, res.from!));
  const text = tt('window', (l) => ({ name: windowName(res, d, l), start: label(start, l), end: label(due, l) }));
  if (start > due) for (const l of ['vi', 'en'] as const) text[l] += t(l, 'windowEmpty');
  steps.push({ kind: 'window', date: start, text });
  steps.push({ kind: 'due', date: due, text: tt('dueLast', (l) => ({ day: label(due, l) })) });
}

/** `periodic`: the period, its data, the day the text names, the roll, the due day. */
function periodicSteps(ctx: Ctx, d: Deadline<'periodic'>): void {
  const { res, steps } = ctx;
  const p = res.period!;
  steps.push({ kind: 'period', date: null, text: tt('period', (l) => ({ period: periodName(p, l) })) });
  dataStep(steps, res.dataPeriod!);
  const target = res.target!;
  const named = d.due.bound === 'before' ? formatDay(day(target) + 1) : target;
  const text = tt(d.due.bound === 'before' ? 'sendBefore' : 'sendBy', (l) => ({ date: dmy(named, l), day: label(target, l) }));
  steps.push({ kind: 'target', date: target, text });
  rollAndDueSteps(ctx, target);
}

/** The last working day on or before the due day, and why a weekend due day is a working day. */
function lastWorkingDaySteps({ res, cal, steps }: Ctx, due: string): void {
  const lwd = res.lastWorkingDay!;
  if (lwd !== due) steps.push(...skips(cal, due, formatDay(day(lwd) + 1)));
  // A due day on a weekend that is a working day (a make-up Saturday) says why, unless a counted step already did.
  const makeUp = lwd === due && isoWeekday(day(due)) >= 6 && !steps.some((st) => st.kind === 'count' && st.date === due) ? cal.dayInfo(due) : null;
  const text =
    lwd !== due
      ? tt('lastWorkingDay', (l) => ({ due: label(due, l), day: label(lwd, l) }))
      : tt(makeUp !== null ? 'isWorkingDayBecause' : 'isWorkingDay', (l) => ({ day: label(due, l), why: makeUp === null ? '' : why(makeUp, l) }));
  steps.push({ kind: 'lastWorkingDay', date: lwd, text });
}

/** Pending announcements and provisional days the result depends on. */
function noticeSteps({ res, steps }: Ctx): void {
  for (const p of res.pending) {
    const applied = (l: Lang) => t(l, p.applied ? 'pendingApplied' : 'pendingNotApplied');
    const text = tt('pending', (l) => ({ date: label(p.date, l), name: p.name[l], note: p.note[l], applied: applied(l) }));
    steps.push({ kind: 'notice', date: p.date, text });
  }
  if (res.dependsOnProvisional) steps.push({ kind: 'notice', date: null, text: tt('provisionalNote') });
}

/** The steps of the deadline's own kind. */
function kindSteps(ctx: Ctx): void {
  const d = ctx.variant.deadline;
  switch (d.kind) {
    case 'offset':
      return d.unit === 'workingDays' ? workingDayCountSteps(ctx, d) : calendarOffsetSteps(ctx, d);
    case 'immediatelyAfter':
      return immediatelyAfterSteps(ctx, d);
    case 'fixed':
      return fixedSteps(ctx, d);
    case 'window':
      return windowSteps(ctx, d);
    case 'periodic':
      return periodicSteps(ctx, d);
    default:
      ctx.steps.push({ kind: 'status', date: null, text: ctx.res.note! });
  }
}

/**
 * The steps that lead to a result's due day.
 * @internal
 */
export function buildSteps(res: Result, rule: CompiledRuleImpl, variant: CompiledVariant, cal: Calendar): DueStep[] {
  const ctx: Ctx = { res, rule, variant, cal, steps: [] };
  kindSteps(ctx);
  // A lower bound (an earliest effective date) has no "last working day".
  if (res.due !== null && res.isDeadline) lastWorkingDaySteps(ctx, res.due);
  noticeSteps(ctx);
  return ctx.steps;
}
