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
import { both, day, dmy, factStep, label, ordinal, periodName, ROLL, skips, skipStep, UNIT, why } from './step-text.js';
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
function rollSteps({ res, cal, steps }: Ctx, target: string, text: (l: Lang) => string): void {
  const due = res.due!;
  steps.push(...skips(cal, target, due < target ? formatDay(day(due) + 1) : formatDay(day(due) - 1)));
  steps.push({ kind: 'roll', date: due, text: both(text) });
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
    const notes = (l: Lang) => [
      ...(isoWeekday(x) >= 6 ? [why(info, l)] : []),
      ...info.pending.map((p) => `${l === 'vi' ? 'lưu ý' : 'note'}: ${p.name[l]} (${l === 'vi' ? 'chờ công bố' : 'pending'})`),
    ];
    const extra = both((l) => (notes(l).length ? ` — ${notes(l).join('; ')}` : ''));
    const k = n;
    const text = both((l) => `${label(iso, l)}: ${l === 'vi' ? `ngày làm việc thứ ${k}` : `working day ${k}`}${extra[l]}`);
    steps.push({ kind: 'count', date: iso, n: k, text });
  }
  steps.push({
    kind: 'due',
    date: due,
    text: both((l) =>
      l === 'vi'
        ? `Hạn: ${label(due, l)} — ngày làm việc thứ ${d.amount} ${after ? 'sau' : 'trước'} ngày ${from}`
        : `Due: ${label(due, l)} — the ${ordinal(d.amount)} working day ${after ? 'after' : 'before'} ${from}`,
    ),
  });
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
  const clampNote = (l: Lang) =>
    !clamped
      ? ''
      : l === 'vi'
        ? ' (tháng đó không có ngày tương ứng: lấy ngày cuối tháng, BLDS 2015 Điều 148)'
        : ' (that month has no corresponding day: its last day, Civil Code 2015, Art. 148)';
  const targetText = both((l) => `${from} ${after ? '+' : '−'} ${d.amount} ${UNIT[d.unit][l]} = ${label(target, l)}` + clampNote(l));
  steps.push({ kind: 'target', date: target, text: targetText });
  const roll = variant.compiled.roll;
  if (due !== target) {
    const notWorking = (l: Lang) => (l === 'vi' ? 'không phải ngày làm việc' : 'is not a working day');
    rollSteps(ctx, target, (l) => `${label(target, l)} ${notWorking(l)}: ${ROLL[roll][l]} → ${due}`);
  } else if (roll === 'none' && !cal.isWorkingDay(target)) {
    steps.push({
      kind: 'roll',
      date: due,
      text: both((l) =>
        l === 'vi' ? `${target} không phải ngày làm việc; quy tắc không dời ngày` : `${target} is not a working day; the rule does not move it`,
      ),
    });
  }
  const word = (l: Lang) => (rule.isDeadline ? (l === 'vi' ? 'Hạn' : 'Due') : l === 'vi' ? 'Kết quả' : 'Result');
  steps.push({ kind: 'due', date: due, text: both((l) => `${word(l)}: ${label(due!, l)}`) });
}

/** `immediatelyAfter`: the event, the days off skipped, the first working day after it. */
function immediatelyAfterSteps({ res, rule, cal, steps }: Ctx, d: Deadline<'immediatelyAfter'>): void {
  const from = res.from!;
  const due = res.due!;
  steps.push(factStep(rule, d.from, from));
  if (day(due) - day(from) > 1) steps.push(...skips(cal, formatDay(day(from) + 1), formatDay(day(due) - 1)));
  steps.push({
    kind: 'due',
    date: due,
    text: both((l) =>
      l === 'vi' ? `Hạn: ${label(due, l)} — ngày làm việc đầu tiên sau ngày ${from}` : `Due: ${label(due, l)} — the first working day after ${from}`,
    ),
  });
}

/** The data period of a report, when it has one. */
function dataStep(steps: DueStep[], p: { from: string; to: string }): void {
  const text = both((l) => (l === 'vi' ? `Số liệu: từ ${p.from} đến hết ${p.to}` : `Data: ${p.from} to ${p.to}, both included`));
  steps.push({ kind: 'data', date: null, text });
}

/** The roll, when the target moved, and the due day: how `fixed` and `periodic` end. */
function rollAndDueSteps(ctx: Ctx, target: string): void {
  const { res, variant, steps } = ctx;
  const due = res.due;
  if (due !== target) rollSteps(ctx, target, (l) => `${target}: ${ROLL[variant.compiled.roll][l]} → ${due}`);
  steps.push({ kind: 'due', date: due, text: both((l) => `${l === 'vi' ? 'Hạn' : 'Due'}: ${label(due!, l)}`) });
}

/** `fixed`: the day the text names, the window it opens, the data period, the roll, the due day. */
function fixedSteps(ctx: Ctx, d: Deadline<'fixed'>): void {
  const { res, steps } = ctx;
  const target = res.target!;
  steps.push({
    kind: 'fixed',
    date: target,
    text: both((l) =>
      d.bound === 'before'
        ? l === 'vi'
          ? `“Trước ngày ${dmy(d.date)}”: ngày cuối cùng là ngày liền trước, ${label(target, l)}`
          : `“Before ${d.date}”: the last allowed day is the day before, ${label(target, l)}`
        : l === 'vi'
          ? `“Chậm nhất ngày ${dmy(d.date)}”: ngày cuối cùng là ${label(target, l)}`
          : `“By ${d.date} at the latest”: the last allowed day is ${label(target, l)}`,
    ),
  });
  if (res.windowStart !== null) {
    const start = res.windowStart;
    steps.push({
      kind: 'window',
      date: start,
      text: both((l) => (l === 'vi' ? `Thực hiện sau ngày ${dmy(d.opensAfter!)}: từ ${start}` : `To be done after ${d.opensAfter}: from ${start}`)),
    });
  }
  if (res.dataPeriod) dataStep(steps, res.dataPeriod);
  rollAndDueSteps(ctx, target);
}

/** What a window is, in words: a month, a year, or the days after an event. */
function windowName(res: Result, d: Deadline<'window'>, l: Lang): string {
  if (d.span === 'month') return l === 'vi' ? `Trong tháng ${d.month.slice(5)}/${d.month.slice(0, 4)}` : `During ${d.month}`;
  if (d.span === 'year') return l === 'vi' ? `Trong năm ${d.year}` : `During ${d.year}`;
  return l === 'vi' ? `Sau ngày ${res.from}, đến hết ${dmy(d.until)}` : `After ${res.from}, until ${d.until}`;
}

/** `window`: the event (if any), the window, its last day. */
function windowSteps({ res, rule, steps }: Ctx, d: Deadline<'window'>): void {
  const start = res.windowStart!;
  const due = res.due!;
  if (d.span === 'afterFact') steps.push(factStep(rule, d.fact, res.from!));
  const empty = (l: Lang) => {
    if (start <= due) return '';
    return l === 'vi' ? ' — khoảng thời gian rỗng: sự kiện xảy ra sau ngày cuối' : ' — the window is empty: the event came after its end';
  };
  steps.push({
    kind: 'window',
    date: start,
    text: both(
      (l) => `${windowName(res, d, l)}: ${l === 'vi' ? 'từ' : 'from'} ${label(start, l)} ${l === 'vi' ? 'đến hết' : 'to'} ${label(due, l)}` + empty(l),
    ),
  });
  steps.push({ kind: 'due', date: due, text: both((l) => `${l === 'vi' ? 'Hạn (ngày cuối)' : 'Due (last day)'}: ${label(due, l)}`) });
}

/** `periodic`: the period, its data, the day the text names, the roll, the due day. */
function periodicSteps(ctx: Ctx, d: Deadline<'periodic'>): void {
  const { res, steps } = ctx;
  const p = res.period!;
  steps.push({ kind: 'period', date: null, text: both((l) => `${l === 'vi' ? 'Kỳ báo cáo' : 'Reporting period'}: ${periodName(p, l)}`) });
  dataStep(steps, res.dataPeriod!);
  const target = res.target!;
  const named = d.due.bound === 'before' ? formatDay(day(target) + 1) : target;
  steps.push({
    kind: 'target',
    date: target,
    text: both((l) =>
      d.due.bound === 'before'
        ? l === 'vi'
          ? `Gửi trước ngày ${dmy(named)}: ngày cuối cùng là ${label(target, l)}`
          : `Send before ${named}: the last allowed day is ${label(target, l)}`
        : l === 'vi'
          ? `Gửi chậm nhất ngày ${dmy(named)}: ${label(target, l)}`
          : `Send by ${named} at the latest: ${label(target, l)}`,
    ),
  });
  rollAndDueSteps(ctx, target);
}

/** The last working day on or before the due day, and why a weekend due day is a working day. */
function lastWorkingDaySteps({ res, cal, steps }: Ctx, due: string): void {
  const lwd = res.lastWorkingDay!;
  if (lwd !== due) steps.push(...skips(cal, due, formatDay(day(lwd) + 1)));
  // A due day on a weekend that is a working day (a make-up Saturday) says why, unless a counted step already did.
  const makeUp = lwd === due && isoWeekday(day(due)) >= 6 && !steps.some((st) => st.kind === 'count' && st.date === due) ? cal.dayInfo(due) : null;
  const sameDay = (l: Lang) => {
    if (makeUp !== null) return `${label(due, l)} ${l === 'vi' ? 'là ngày làm việc' : 'is a working day'} — ${why(makeUp, l)}`;
    return l === 'vi' ? `${due} là ngày làm việc` : `${due} is a working day`;
  };
  steps.push({
    kind: 'lastWorkingDay',
    date: lwd,
    text: both((l) => {
      if (lwd === due) return sameDay(l);
      return l === 'vi' ? `Ngày làm việc cuối cùng không muộn hơn ${due}: ${label(lwd, l)}` : `Last working day on or before ${due}: ${label(lwd, l)}`;
    }),
  });
}

/** Pending announcements and provisional days the result depends on. */
function noticeSteps({ res, steps }: Ctx): void {
  for (const p of res.pending) {
    const applied = (l: Lang) => {
      if (p.applied) return l === 'vi' ? 'đã áp dụng là ngày nghỉ' : 'applied as a day off';
      return l === 'vi' ? 'chưa áp dụng' : 'not applied';
    };
    const text = both((l) => `${l === 'vi' ? 'Lưu ý' : 'Note'}: ${p.date} ${p.name[l]} — ${p.note[l]} (${applied(l)})`);
    steps.push({ kind: 'notice', date: p.date, text });
  }
  if (res.dependsOnProvisional) {
    steps.push({
      kind: 'notice',
      date: null,
      text: {
        vi: 'Lưu ý: kết quả dựa trên ngày nghỉ tạm tính (chưa có lịch nghỉ chính thức cho năm đó)',
        en: 'Note: the result rests on provisional days (no official arrangements for that year yet)',
      },
    });
  }
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
  if (res.due !== null) lastWorkingDaySteps(ctx, res.due);
  noticeSteps(ctx);
  return ctx.steps;
}
