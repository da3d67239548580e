/**
 * `checkCompliance`: did an act meet its deadline? A verdict is a result, never an exception:
 * a late filing is `late`, a missing one past its due day `overdue`. Exceptions are kept for
 * input that cannot be judged (an unknown rule, a bad date, a missing fact).
 *
 * The hot path (`evaluate`) runs `dueDate`, compares day numbers and asks the calendar (O(1))
 * for the working days between the due day and the act; the verdict sentence and the
 * explanation are built only when read.
 */
import type { Calendar } from '../calendar/calendar.js';
import { createCalendar, getDefaultCalendar } from '../calendar/create.js';
import type { LocalizedText, PendingNotice } from '../calendar/types.js';
import { formatDay, tryParseIsoDay, type DateInput } from '../core/days.js';
import { VnDeadlinesError } from '../core/errors.js';
import type { CompiledRuleImpl } from '../rules/compile.js';
import { dueDate } from '../rules/due.js';
import { conditionText } from '../rules/explain.js';
import { resolveRule, runOptionsOf } from '../rules/registry.js';
import { show } from '../core/args.js';
import type { Condition } from '../rules/schema.js';
import type { CompiledRule, DueResult } from '../rules/types.js';
import type { DueOptions } from '../rules/options.js';
import { dayLabel } from '../core/weekdays.js';
import type { Lang } from '../core/lang.js';
import { isoDay, todayInVietnam } from '../core/iso-day.js';

/**
 * A verdict:
 * - `onTime`: done on or before the due day (a period ends at 24:00 of its last day, BLDS 2015
 *   Điều 148); for a rule that is not a deadline (an earliest allowed day), done on or after it;
 * - `late`: done after the due day;
 * - `tooEarly`: done before the rule's lower bound: the first day of a window (`windowStart`: a
 *   calendar month or year, "trong tháng 02/2025", "trong năm 2025"; a window that opens on an
 *   event or at the end of a data period), or the earliest allowed day of a rule that is not a deadline;
 * - `open`: not done (no `actual`) and the due day has not passed at `asOf`;
 * - `overdue`: not done and the due day has passed at `asOf`;
 * - `notApplicable`: no variant of the rule applies to the facts, or the rule has no due day
 *   (ongoing, on occurrence, until superseded); `reason` says why.
 */
export type ComplianceStatus = 'onTime' | 'late' | 'tooEarly' | 'open' | 'overdue' | 'notApplicable';

/**
 * Every status, most severe first (the order {@link checkCompliance} uses to pick the verdict of several readings).
 * @example `COMPLIANCE_STATUSES[0] // 'overdue'`
 */
export const COMPLIANCE_STATUSES: readonly ComplianceStatus[] = Object.freeze(['overdue', 'late', 'tooEarly', 'open', 'onTime', 'notApplicable']);

/** Severity rank of a status: lower is more severe. @internal */
export const SEVERITY: Readonly<Record<ComplianceStatus, number>> = { overdue: 0, late: 1, tooEarly: 2, open: 3, onTime: 4, notApplicable: 5 };

/** A rule as {@link checkCompliance} accepts it: an id, a rule from `getRule`, or a rule object. */
export type RuleRef = string | CompiledRule | object;

/** What {@link checkCompliance} checks. Give `rule` (one rule) or `rules` (several readings of the same act). */
export interface ComplianceInput {
  /** The rule: an id (`'hp-2025/central-tthc-list'`), a rule from `getRule`, or a rule object. */
  rule?: RuleRef;
  /** Several rules that govern the same act (two readings): one verdict each. */
  rules?: readonly RuleRef[];
  /** The facts the rule reads, by name, as for `dueDate`. */
  facts?: Readonly<Record<string, unknown>>;
  /**
   * When the act was done: `'YYYY-MM-DD'`, or an instant (an ISO timestamp with offset, a JS
   * `Date`, a luxon `DateTime`) taken as the day it falls on in Vietnam (UTC+7). Absent or
   * `null`: not done yet (`open` or `overdue` at `asOf`).
   */
  actual?: DateInput | null;
  /** The day the check is made, for acts not done yet. Default: today in Vietnam (UTC+7). */
  asOf?: DateInput;
}

/** Options of {@link checkCompliance}. */
export interface ComplianceOptions extends DueOptions {
  /**
   * Also check against another calendar and report what would change: `'pending'` is the
   * default calendar with the pending announcements applied (docs/domain.md#pending-announcements, e.g. 2026-11-24); a
   * `Calendar` is compared as given (use this with a calendar of your own: `'pending'` is only
   * allowed with the default calendar).
   */
  whatIf?: 'pending' | Calendar;
}

/** What would change under the what-if calendar (see {@link ComplianceOptions.whatIf}). */
export interface WhatIfChange {
  readonly status: ComplianceStatus;
  readonly due: string | null;
  readonly calendarDays: number | null;
  readonly workingDays: number | null;
  readonly workingDaysLate: number;
  /** What differs from the verdict on the main calendar. */
  readonly changed: readonly ('status' | 'due' | 'workingDaysLate')[];
}

/** The verdict of {@link checkCompliance} for one rule. */
export interface ComplianceResult {
  readonly status: ComplianceStatus;
  /** The rule's id. */
  readonly rule: string;
  readonly title: LocalizedText;
  /** The variant chosen; `null` when none applies. */
  readonly variant: string | null;
  /** `false` for a rule whose answer is an earliest allowed day, not a deadline. */
  readonly isDeadline: boolean;
  /** The due day (for a rule that is not a deadline: the earliest allowed day); `null` when there is none. */
  readonly due: string | null;
  /** The first day of the window, where the rule has one. */
  readonly windowStart: string | null;
  /** The last working day on or before the due day. */
  readonly lastWorkingDay: string | null;
  /** The day the act was done (UTC+7), or `null`: not done. */
  readonly actual: string | null;
  /** The day of the check (what `open` and `overdue` are measured to). */
  readonly asOf: string;
  /**
   * Calendar days from the due day to the act (to `asOf` when not done): negative is a margin,
   * positive a delay. `null` without a due day.
   */
  readonly calendarDays: number | null;
  /**
   * Working days from the due day to the act (to `asOf` when not done), signed as
   * `workingDaysBetween(due, actual)`: for a later act the working days d with due < d ≤ actual;
   * for an earlier one minus those with actual ≤ d < due. `null` without a due day.
   */
  readonly workingDays: number | null;
  /** `max(0, workingDays)` for `late` and `overdue`; 0 otherwise. */
  readonly workingDaysLate: number;
  /** Whether the due day or the working-day count rests on a provisional day. */
  readonly dependsOnProvisional: boolean;
  /** Pending announcements dated in the days the due day or the count rests on. */
  readonly pending: readonly PendingNotice[];
  /** Why the rule does not apply (`notApplicable`), else `null`. */
  readonly reason: LocalizedText | null;
  /** The `dueDate` result the verdict rests on; `null` when no variant applies. */
  readonly dueResult: DueResult | null;
  /** With `whatIf`: what would change, or `null` when nothing would; absent without `whatIf`. */
  readonly whatIfPending?: WhatIfChange | null;
  /** The one verdict sentence, in both languages. */
  readonly verdict: LocalizedText;
  /** The `dueDate` explanation, then the verdict sentence as its last line. */
  readonly explanation: LocalizedText;
  /** Every field as plain data, `explanation` and `verdict` included, `dueResult` left out. */
  toJSON(): ComplianceResultJson;
}

/** {@link ComplianceResult} as plain data. */
export type ComplianceResultJson = { -readonly [K in keyof Omit<ComplianceResult, 'toJSON' | 'dueResult'>]: Omit<ComplianceResult, 'toJSON' | 'dueResult'>[K] };

/** The verdicts of {@link checkCompliance} for several rules governing the same act. */
export interface ComplianceReadings {
  /** The most severe reading's status (overdue, late, tooEarly, open, onTime, notApplicable). */
  readonly status: ComplianceStatus;
  /** Whether every reading gives the same status. */
  readonly agree: boolean;
  /** One verdict per rule, in the order given. */
  readonly readings: readonly ComplianceResult[];
  /** The first reading with the most severe status. */
  readonly governing: ComplianceResult;
  /** Each reading's explanation, then one line with every verdict. */
  readonly explanation: LocalizedText;
  /** Plain data: the combined status, whether the readings agree, each reading and the explanation. */
  toJSON(): { status: ComplianceStatus; agree: boolean; readings: ComplianceResultJson[]; explanation: LocalizedText };
}

const label = dayLabel;
const NONE: readonly PendingNotice[] = Object.freeze([]);

/** Status names for people. @internal */
export const STATUS_TEXT: Readonly<Record<ComplianceStatus | 'error', LocalizedText>> = {
  onTime: { vi: 'đúng hạn', en: 'on time' },
  late: { vi: 'trễ hạn', en: 'late' },
  tooEarly: { vi: 'quá sớm', en: 'too early' },
  open: { vi: 'chưa đến hạn', en: 'open' },
  overdue: { vi: 'quá hạn', en: 'overdue' },
  notApplicable: { vi: 'không áp dụng', en: 'not applicable' },
  error: { vi: 'lỗi', en: 'error' },
};

const days = (n: number, l: Lang, working: boolean): string =>
  l === 'vi' ? `${n} ngày${working ? ' làm việc' : ''}` : `${n} ${working ? 'working ' : 'calendar '}day${n === 1 ? '' : 's'}`;

/** The result of `checkCompliance`; the verdict sentence and explanation are lazy. @internal */
export class ComplianceResultImpl implements ComplianceResult {
  status: ComplianceStatus = 'notApplicable';
  readonly rule: string;
  readonly title: LocalizedText;
  variant: string | null = null;
  readonly isDeadline: boolean;
  due: string | null = null;
  windowStart: string | null = null;
  lastWorkingDay: string | null = null;
  readonly actual: string | null;
  readonly asOf: string;
  calendarDays: number | null = null;
  workingDays: number | null = null;
  workingDaysLate = 0;
  dependsOnProvisional = false;
  pending: readonly PendingNotice[] = NONE;
  reason: LocalizedText | null = null;
  dueResult: DueResult | null = null;
  declare whatIfPending?: WhatIfChange | null;
  /** @internal The rule, for the explanation of a rule that does not apply. */
  readonly compiled: CompiledRuleImpl;
  #verdict: LocalizedText | undefined;
  #explanation: LocalizedText | undefined;

  constructor(rule: CompiledRuleImpl, actual: string | null, asOf: string) {
    this.rule = rule.id;
    this.title = rule.title;
    this.isDeadline = rule.isDeadline;
    this.actual = actual;
    this.asOf = asOf;
    this.compiled = rule;
  }

  get verdict(): LocalizedText {
    return (this.#verdict ??= { vi: verdictText(this, 'vi'), en: verdictText(this, 'en') });
  }

  get explanation(): LocalizedText {
    if (this.#explanation === undefined) {
      const v = this.verdict;
      const head = (l: Lang): string => {
        if (this.dueResult !== null) return this.dueResult.explanation[l];
        const s = this.compiled.source;
        return `${this.title[l]} [${this.rule}]\n${l === 'vi' ? 'Nguồn' : 'Source'}: ${s.document}, ${s.item}: “${s.text}”`;
      };
      this.#explanation = { vi: `${head('vi')}\n${v.vi}`, en: `${head('en')}\n${v.en}` };
    }
    return this.#explanation;
  }

  toJSON(): ComplianceResultJson {
    const out: ComplianceResultJson = {
      status: this.status,
      rule: this.rule,
      title: this.title,
      variant: this.variant,
      isDeadline: this.isDeadline,
      due: this.due,
      windowStart: this.windowStart,
      lastWorkingDay: this.lastWorkingDay,
      actual: this.actual,
      asOf: this.asOf,
      calendarDays: this.calendarDays,
      workingDays: this.workingDays,
      workingDaysLate: this.workingDaysLate,
      dependsOnProvisional: this.dependsOnProvisional,
      pending: this.pending,
      reason: this.reason,
      verdict: this.verdict,
      explanation: this.explanation,
    };
    if (this.whatIfPending !== undefined) out.whatIfPending = this.whatIfPending;
    return out;
  }
}

/** The verdict sentence. */
function verdictText(r: ComplianceResultImpl, l: Lang): string {
  const head = l === 'vi' ? 'Kết luận kiểm tra' : 'Verdict';
  const st = STATUS_TEXT[r.status][l];
  const due = r.due;
  let s: string;
  if (r.status === 'notApplicable' || due === null) {
    s = `${head}: ${st} — ${r.reason![l]}`;
  } else if (!r.isDeadline) {
    const cd = r.calendarDays!;
    if (r.actual === null)
      s = l === 'vi' ? `${head}: chưa có ngày thực hiện để kiểm tra; ngày sớm nhất được phép là ${label(due, l)}` : `${head}: open — no day given to check; the earliest allowed day is ${label(due, l)}`;
    else if (r.status === 'tooEarly')
      s =
        l === 'vi'
          ? `${head}: quá sớm — ngày ${label(r.actual, l)} sớm hơn ngày sớm nhất được phép ${label(due, l)} ${days(-cd, l, false)}`
          : `${head}: too early — ${label(r.actual, l)} is ${days(-cd, l, false)} before the earliest allowed day ${label(due, l)}`;
    else
      s =
        l === 'vi'
          ? `${head}: hợp lệ — ngày ${label(r.actual, l)} không sớm hơn ngày sớm nhất được phép ${label(due, l)}`
          : `${head}: on time — ${label(r.actual, l)} is not earlier than the earliest allowed day ${label(due, l)}`;
  } else {
    const cd = r.calendarDays!;
    const wd = r.workingDays!;
    const a = r.actual;
    switch (r.status) {
      case 'onTime':
        s =
          cd === 0
            ? l === 'vi'
              ? `${head}: đúng hạn — thực hiện ngày ${label(a!, l)}, đúng ngày cuối của thời hạn`
              : `${head}: on time — done on ${label(a!, l)}, the last day of the period`
            : l === 'vi'
              ? `${head}: đúng hạn — thực hiện ngày ${label(a!, l)}, sớm ${days(-cd, l, false)} (${days(-wd, l, true)}) so với hạn chót ${label(due, l)}`
              : `${head}: on time — done on ${label(a!, l)}, ${days(-cd, l, false)} (${days(-wd, l, true)}) before the due day ${label(due, l)}`;
        break;
      case 'late':
        s =
          l === 'vi'
            ? `${head}: trễ hạn ${days(r.workingDaysLate, l, true)} (${days(cd, l, false)}) — thực hiện ngày ${label(a!, l)}, hạn chót ${label(due, l)}`
            : `${head}: late by ${days(r.workingDaysLate, l, true)} (${days(cd, l, false)}) — done on ${label(a!, l)}, due ${label(due, l)}`;
        break;
      case 'tooEarly':
        s =
          l === 'vi'
            ? `${head}: quá sớm — thực hiện ngày ${label(a!, l)}, trước ngày bắt đầu ${label(r.windowStart!, l)} của khoảng thời gian thực hiện (hạn chót ${label(due, l)})`
            : `${head}: too early — done on ${label(a!, l)}, before the window opens on ${label(r.windowStart!, l)} (due ${label(due, l)})`;
        break;
      case 'open':
        s =
          cd === 0
            ? l === 'vi'
              ? `${head}: chưa đến hạn — chưa thực hiện tính đến ngày ${label(r.asOf, l)}, hôm nay là ngày cuối của thời hạn`
              : `${head}: open — not done as of ${label(r.asOf, l)}, the last day of the period`
            : l === 'vi'
              ? `${head}: chưa đến hạn — chưa thực hiện tính đến ngày ${label(r.asOf, l)}; còn ${days(-wd, l, true)} (${days(-cd, l, false)}) đến hạn chót ${label(due, l)}`
              : `${head}: open — not done as of ${label(r.asOf, l)}; ${days(-wd, l, true)} (${days(-cd, l, false)}) left until the due day ${label(due, l)}`;
        break;
      default:
        s =
          l === 'vi'
            ? `${head}: quá hạn — chưa thực hiện tính đến ngày ${label(r.asOf, l)}; đã quá hạn chót ${label(due, l)} ${days(r.workingDaysLate, l, true)} (${days(cd, l, false)})`
            : `${head}: overdue — not done as of ${label(r.asOf, l)}; ${days(r.workingDaysLate, l, true)} (${days(cd, l, false)}) past the due day ${label(due, l)}`;
    }
  }
  const notes: string[] = [];
  if (r.dependsOnProvisional) notes.push(l === 'vi' ? 'dựa trên ngày tạm tính' : 'rests on provisional days');
  for (const p of r.pending)
    notes.push(l === 'vi' ? `ngày ${p.date} (${p.name.vi}) đang chờ công bố là ngày nghỉ${p.applied ? ', đã được tính là ngày nghỉ' : ''}` : `${p.date} (${p.name.en}) is a pending day off${p.applied ? ', counted as a day off' : ''}`);
  return notes.length ? `${s} (${l === 'vi' ? 'lưu ý' : 'note'}: ${notes.join('; ')})` : s;
}

function noVariantReason(e: VnDeadlinesError): LocalizedText {
  const conditions = (e.details.conditions ?? []) as { variant: string; when: Condition | null }[];
  const list = (l: Lang) => conditions.map((c) => `${c.variant}: ${c.when ? conditionText(c.when, l) : l === 'vi' ? 'luôn đúng' : 'always'}`).join('; ');
  return {
    vi: `không trường hợp nào của quy định áp dụng cho các dữ kiện đã cho (điều kiện: ${list('vi')})`,
    en: `no variant of the rule applies to the facts given (conditions: ${list('en')})`,
  };
}

/**
 * The verdict for one rule, facts as given, `actual` and `asOf` as ISO days. Throws what
 * `dueDate` throws, except `no_variant` (a `notApplicable` verdict).
 * @internal
 */
export function evaluate(
  rule: CompiledRuleImpl,
  facts: Readonly<Record<string, unknown>>,
  actual: string | null,
  asOf: string,
  options: DueOptions & { calendar: Calendar },
): ComplianceResultImpl {
  const out = new ComplianceResultImpl(rule, actual, asOf);
  let res: DueResult;
  try {
    res = dueDate(rule, facts, options);
  } catch (e) {
    if (e instanceof VnDeadlinesError && e.code === 'no_variant') {
      out.reason = noVariantReason(e);
      return out;
    }
    throw e;
  }
  out.dueResult = res;
  out.variant = res.variant;
  out.windowStart = res.windowStart;
  out.lastWorkingDay = res.lastWorkingDay;
  out.dependsOnProvisional = res.dependsOnProvisional;
  out.pending = res.pending;
  const due = res.due;
  if (due === null) {
    out.reason = {
      vi: `quy định không có hạn cụ thể để đối chiếu (${res.note!.vi})`,
      en: `the rule has no due day to check against (${res.note!.en})`,
    };
    return out;
  }
  out.due = due;
  const cal = options.calendar;
  const ref = actual ?? asOf;
  const dueDay = tryParseIsoDay(due) as number;
  const refDay = tryParseIsoDay(ref) as number;
  const cd = refDay - dueDay;
  const wd = cd === 0 ? 0 : cal.workingDaysBetween(due, ref);
  out.calendarDays = cd;
  out.workingDays = wd;
  if (cd !== 0) {
    // The count rests on the days after the due day up to the act, or from the act up to the day before the due day.
    const lo = cd > 0 ? dueDay + 1 : refDay;
    const hi = cd > 0 ? refDay : dueDay - 1;
    if (cal.dayDependencyMask(lo, hi, 'checkCompliance') !== 0) {
      const deps = cal.dependencies(formatDay(lo), formatDay(hi));
      if (deps.provisional) out.dependsOnProvisional = true;
      if (deps.pending.length) {
        const seen = new Set(out.pending.map((p) => p.date));
        out.pending = Object.freeze([...out.pending, ...deps.pending.filter((p) => !seen.has(p.date))]);
      }
    }
  }
  if (!res.isDeadline) {
    out.status = actual === null ? 'open' : cd < 0 ? 'tooEarly' : 'onTime';
    return out;
  }
  if (actual === null) {
    out.status = cd > 0 ? 'overdue' : 'open';
  } else if (cd > 0) {
    out.status = 'late';
  } else if (res.windowStart !== null && actual < res.windowStart) {
    // A window has two ends: "trong tháng 02/2025" done in January is too early, as is an act before an event's window opens.
    out.status = 'tooEarly';
  } else {
    out.status = 'onTime';
  }
  if ((out.status === 'late' || out.status === 'overdue') && wd > 0) out.workingDaysLate = wd;
  return out;
}

/** What changed between a verdict and its what-if counterpart, or `null`. @internal */
export function whatIfChange(base: ComplianceResultImpl, alt: ComplianceResultImpl): WhatIfChange | null {
  const changed: WhatIfChange['changed'][number][] = [];
  if (alt.status !== base.status) changed.push('status');
  if (alt.due !== base.due) changed.push('due');
  if (alt.workingDaysLate !== base.workingDaysLate) changed.push('workingDaysLate');
  if (changed.length === 0) return null;
  return Object.freeze({
    status: alt.status,
    due: alt.due,
    calendarDays: alt.calendarDays,
    workingDays: alt.workingDays,
    workingDaysLate: alt.workingDaysLate,
    changed: Object.freeze(changed),
  });
}

let pendingCalendar: Calendar | undefined;

/** The default calendar with pending announcements applied, built once. @internal */
export function getPendingCalendar(): Calendar {
  return (pendingCalendar ??= createCalendar({ includePending: true }));
}

/**
 * The what-if calendar of the options, checked against the main calendar.
 * @internal
 */
export function whatIfCalendar(whatIf: ComplianceOptions['whatIf'], cal: Calendar, fn: string): Calendar | null {
  if (whatIf === undefined) return null;
  if (whatIf !== 'pending') {
    if (typeof whatIf !== 'object' || whatIf === null || typeof (whatIf as Calendar).workingDaysBetween !== 'function') {
      throw new VnDeadlinesError('invalid_argument', `${fn}: whatIf must be 'pending' or a Calendar, got ${show(whatIf)}`, { value: whatIf });
    }
    return whatIf;
  }
  if (cal.includePending) {
    throw new VnDeadlinesError('invalid_argument', `${fn}: whatIf 'pending' compares with the pending announcements applied, but the calendar already applies them; drop one of the two`, {
      value: whatIf,
    });
  }
  if (cal !== getDefaultCalendar()) {
    throw new VnDeadlinesError(
      'invalid_argument',
      `${fn}: whatIf 'pending' is the default calendar with pending announcements; with a calendar of your own pass the what-if calendar itself, e.g. whatIf: createCalendar({ overlays, includePending: true })`,
      { value: whatIf },
    );
  }
  return getPendingCalendar();
}

/**
 * Whether an act would be judged differently on the what-if calendar: `null` when nothing
 * changes. With `'pending'` only verdicts that rest on a pending day are recomputed (the pending
 * calendar differs from the default one on those days alone).
 * @internal
 */
export function evaluateWhatIf(
  base: ComplianceResultImpl,
  rule: CompiledRuleImpl,
  facts: Readonly<Record<string, unknown>>,
  options: DueOptions & { calendar: Calendar },
  onlyPending: boolean,
): WhatIfChange | null {
  if (onlyPending && base.pending.length === 0) return null;
  return whatIfChange(base, evaluate(rule, facts, base.actual, base.asOf, options));
}


/** The readings of one act under several rules. @internal */
export class ComplianceReadingsImpl implements ComplianceReadings {
  readonly status: ComplianceStatus;
  readonly agree: boolean;
  readonly readings: readonly ComplianceResult[];
  readonly governing: ComplianceResult;
  #explanation: LocalizedText | undefined;

  constructor(readings: readonly ComplianceResult[]) {
    let g = readings[0];
    let agree = true;
    for (const r of readings) {
      if (SEVERITY[r.status] < SEVERITY[g.status]) g = r;
      if (r.status !== readings[0].status) agree = false;
    }
    this.readings = readings;
    this.governing = g;
    this.status = g.status;
    this.agree = agree;
  }

  get explanation(): LocalizedText {
    if (this.#explanation === undefined) {
      const text = (l: Lang): string => {
        const parts = this.readings.map((r) => r.explanation[l]);
        const list = this.readings.map((r) => `${r.rule}: ${STATUS_TEXT[r.status][l]}${r.workingDaysLate > 0 ? ` ${days(r.workingDaysLate, l, true)}` : ''}`).join('; ');
        const n = this.readings.length;
        const last =
          l === 'vi'
            ? `Kết luận kiểm tra theo ${n} quy định${this.agree ? ' (thống nhất)' : ' (khác nhau)'}: ${list}`
            : `Verdict under ${n} rules${this.agree ? ' (they agree)' : ' (they differ)'}: ${list}`;
        return `${parts.join('\n\n')}\n\n${last}`;
      };
      this.#explanation = { vi: text('vi'), en: text('en') };
    }
    return this.#explanation;
  }

  toJSON() {
    return { status: this.status, agree: this.agree, readings: this.readings.map((r) => r.toJSON()), explanation: this.explanation };
  }
}

/**
 * Whether an act met its deadline: the verdict (`onTime`, `late`, `tooEarly`, `open`,
 * `overdue`, `notApplicable`), the due day, the margin or delay in calendar days and in
 * working days, and the `dueDate` explanation with one verdict sentence as its last line, in
 * Vietnamese and English. A late or missing act is a verdict, never an exception.
 *
 * The act is on time on the due day itself (a period ends at 24:00 of its last day, BLDS 2015
 * Điều 148). An instant is taken in Vietnam (UTC+7): `2025-02-10T23:30:00+07:00` is 10/02, but
 * `2025-02-10T23:30:00Z` is 06:30 on 11/02. For a rule that is not a deadline (an earliest
 * allowed day, e.g. `luat-64-2025/earliest-effective-date`), an act on or after that day is
 * `onTime` and one before it `tooEarly`. `tooEarly` also applies before the start of a window:
 * a calendar window ("trong tháng 02/2025" done in January, "trong năm 2025" done on
 * 30/12/2024) as well as one that opens on an event or after a data period.
 *
 * With `rules` (several rules governing the same act, e.g. the plan's "05 ngày" and NĐ 63/2010's
 * "05 ngày làm việc"), returns one verdict per rule and the most severe as `status`.
 *
 * @param input - `rule` (or `rules`), `facts`, `actual` (absent or `null`: not done), `asOf`
 *   (default: today in Vietnam)
 * @param options - `calendar`, `rules` (a RuleSet for ids), `whatIf` (`'pending'` or a Calendar:
 *   adds `whatIfPending`, what would change)
 * @returns a {@link ComplianceResult}, or {@link ComplianceReadings} when `input.rules` is given
 * @throws VnDeadlinesError `unknown_rule`, `invalid_rule`, `missing_fact`, `invalid_fact`,
 *   `invalid_date` (a bad `actual` or `asOf`), `out_of_coverage`, `invalid_argument` (neither
 *   or both of `rule` and `rules`; a bad `whatIf`)
 * @example
 * ```ts
 * const v = checkCompliance({ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-01-20' }, actual: '2025-02-11' });
 * v.status;          // 'late' (due 2025-02-10: 10 working days, Tết skipped)
 * v.workingDaysLate; // 1
 * v.explanation.vi.split('\n').pop(); // 'Kết luận kiểm tra: trễ hạn 1 ngày làm việc (1 ngày) — …'
 * ```
 */
export function checkCompliance(input: ComplianceInput & { rule: RuleRef; rules?: undefined }, options?: ComplianceOptions): ComplianceResult;
export function checkCompliance(input: ComplianceInput & { rules: readonly RuleRef[]; rule?: undefined }, options?: ComplianceOptions): ComplianceReadings;
export function checkCompliance(input: ComplianceInput, options?: ComplianceOptions): ComplianceResult | ComplianceReadings;
export function checkCompliance(input: ComplianceInput, opts?: ComplianceOptions): ComplianceResult | ComplianceReadings {
  const fn = 'checkCompliance';
  const options = runOptionsOf(opts, fn);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new VnDeadlinesError('invalid_argument', `${fn}: expected { rule, facts, actual, asOf }, got ${show(input)}`, { value: input });
  }
  const several = input.rules !== undefined;
  if (several === (input.rule !== undefined)) {
    throw new VnDeadlinesError('invalid_argument', `${fn}: give either rule (one rule) or rules (several readings of the same act), not ${several ? 'both' : 'neither'}`, {});
  }
  if (several && (!Array.isArray(input.rules) || input.rules.length === 0)) {
    throw new VnDeadlinesError('invalid_argument', `${fn}: rules must be a non-empty array of rule ids or rules`, { value: input.rules });
  }
  const calendar = options.calendar ?? getDefaultCalendar();
  const due = { calendar, rules: options.rules };
  const alt = whatIfCalendar(options.whatIf, calendar, fn);
  const altOptions = alt === null ? null : { calendar: alt, rules: options.rules };
  const actual = input.actual === undefined || input.actual === null ? null : isoDay(input.actual, fn, 'actual');
  const asOf = input.asOf === undefined ? todayInVietnam() : isoDay(input.asOf, fn, 'asOf');
  const facts = input.facts ?? {};
  const one = (ref: RuleRef): ComplianceResultImpl => {
    const rule = resolveRule(ref, options.rules, fn);
    const r = evaluate(rule, facts, actual, asOf, due);
    if (altOptions !== null) r.whatIfPending = evaluateWhatIf(r, rule, facts, altOptions, options.whatIf === 'pending');
    return r;
  };
  if (!several) return one(input.rule!);
  return new ComplianceReadingsImpl(input.rules!.map(one));
}
