/**
 * The verdict sentences of a check, in Vietnamese and English: one small function per kind of
 * verdict (a rule that does not apply, a lower bound, a deadline by status), then the notes on
 * provisional and pending days.
 */
import type { PendingNotice } from '../calendar/types.js';
import type { Lang } from '../core/lang.js';
import { dayLabel as label } from '../core/weekdays.js';
import { STATUS_TEXT } from './status.js';
import type { ComplianceResult, ComplianceStatus } from './types.js';

/** `n` days, working or calendar, in words. @internal */
const days = (n: number, l: Lang, working: boolean): string =>
  l === 'vi' ? `${n} ngày${working ? ' làm việc' : ''}` : `${n} ${working ? 'working ' : 'calendar '}day${n === 1 ? '' : 's'}`;

/** What a verdict sentence reads of a result. */
type Verdict = Pick<
  ComplianceResult,
  | 'status'
  | 'due'
  | 'reason'
  | 'isDeadline'
  | 'calendarDays'
  | 'workingDays'
  | 'workingDaysLate'
  | 'actual'
  | 'asOf'
  | 'windowStart'
  | 'dependsOnProvisional'
  | 'pending'
>;

/** A verdict with a due day, the fields its sentence needs. */
interface Dated {
  head: string;
  due: string;
  /** Calendar and working days from the due day to the act (or `asOf`). */
  cd: number;
  wd: number;
  r: Verdict;
}

/** A rule that is not a deadline: an earliest allowed day. */
function lowerBound({ head, due, cd, r }: Dated, l: Lang): string {
  if (r.actual === null)
    return l === 'vi'
      ? `${head}: chưa có ngày thực hiện để kiểm tra; ngày sớm nhất được phép là ${label(due, l)}`
      : `${head}: open — no day given to check; the earliest allowed day is ${label(due, l)}`;
  if (r.status === 'tooEarly')
    return l === 'vi'
      ? `${head}: quá sớm — ngày ${label(r.actual, l)} sớm hơn ngày sớm nhất được phép ${label(due, l)} ${days(-cd, l, false)}`
      : `${head}: too early — ${label(r.actual, l)} is ${days(-cd, l, false)} before the earliest allowed day ${label(due, l)}`;
  return l === 'vi'
    ? `${head}: hợp lệ — ngày ${label(r.actual, l)} không sớm hơn ngày sớm nhất được phép ${label(due, l)}`
    : `${head}: on time — ${label(r.actual, l)} is not earlier than the earliest allowed day ${label(due, l)}`;
}

function onTime({ head, due, cd, wd, r }: Dated, l: Lang): string {
  const a = label(r.actual!, l);
  if (cd === 0)
    return l === 'vi' ? `${head}: đúng hạn — thực hiện ngày ${a}, đúng ngày cuối của thời hạn` : `${head}: on time — done on ${a}, the last day of the period`;
  return l === 'vi'
    ? `${head}: đúng hạn — thực hiện ngày ${a}, sớm ${days(-cd, l, false)} (${days(-wd, l, true)}) so với hạn chót ${label(due, l)}`
    : `${head}: on time — done on ${a}, ${days(-cd, l, false)} (${days(-wd, l, true)}) before the due day ${label(due, l)}`;
}

function late({ head, due, cd, r }: Dated, l: Lang): string {
  return l === 'vi'
    ? `${head}: trễ hạn ${days(r.workingDaysLate, l, true)} (${days(cd, l, false)}) — thực hiện ngày ${label(r.actual!, l)}, hạn chót ${label(due, l)}`
    : `${head}: late by ${days(r.workingDaysLate, l, true)} (${days(cd, l, false)}) — done on ${label(r.actual!, l)}, due ${label(due, l)}`;
}

function tooEarly({ head, due, r }: Dated, l: Lang): string {
  return l === 'vi'
    ? `${head}: quá sớm — thực hiện ngày ${label(r.actual!, l)}, trước ngày bắt đầu ` +
        `${label(r.windowStart!, l)} của khoảng thời gian thực hiện (hạn chót ${label(due, l)})`
    : `${head}: too early — done on ${label(r.actual!, l)}, before the window opens on ${label(r.windowStart!, l)} (due ${label(due, l)})`;
}

function open({ head, due, cd, wd, r }: Dated, l: Lang): string {
  const asOf = label(r.asOf, l);
  if (cd === 0)
    return l === 'vi'
      ? `${head}: chưa đến hạn — chưa thực hiện tính đến ngày ${asOf}, hôm nay là ngày cuối của thời hạn`
      : `${head}: open — not done as of ${asOf}, the last day of the period`;
  return l === 'vi'
    ? `${head}: chưa đến hạn — chưa thực hiện tính đến ngày ${asOf}; còn ${days(-wd, l, true)} (${days(-cd, l, false)}) đến hạn chót ${label(due, l)}`
    : `${head}: open — not done as of ${asOf}; ${days(-wd, l, true)} (${days(-cd, l, false)}) left until the due day ${label(due, l)}`;
}

function overdue({ head, due, cd, r }: Dated, l: Lang): string {
  return l === 'vi'
    ? `${head}: quá hạn — chưa thực hiện tính đến ngày ${label(r.asOf, l)}; đã quá hạn chót ` +
        `${label(due, l)} ${days(r.workingDaysLate, l, true)} (${days(cd, l, false)})`
    : `${head}: overdue — not done as of ${label(r.asOf, l)}; ${days(r.workingDaysLate, l, true)} (${days(cd, l, false)}) past the due day ${label(due, l)}`;
}

/** The sentence of a deadline, by status (`notApplicable` never reaches this table). */
const DEADLINE: Readonly<Record<Exclude<ComplianceStatus, 'notApplicable'>, (d: Dated, l: Lang) => string>> = { onTime, late, tooEarly, open, overdue };

/** The notes on provisional and pending days a verdict rests on. */
function notes(provisional: boolean, pending: readonly PendingNotice[], l: Lang): string[] {
  const out: string[] = [];
  if (provisional) out.push(l === 'vi' ? 'dựa trên ngày tạm tính' : 'rests on provisional days');
  for (const p of pending)
    out.push(
      l === 'vi'
        ? `ngày ${p.date} (${p.name.vi}) đang chờ công bố là ngày nghỉ${p.applied ? ', đã được tính là ngày nghỉ' : ''}`
        : `${p.date} (${p.name.en}) is a pending day off${p.applied ? ', counted as a day off' : ''}`,
    );
  return out;
}

/**
 * The verdict sentence of one reading.
 * @internal
 */
export function verdictText(r: Verdict, l: Lang): string {
  const head = l === 'vi' ? 'Kết luận kiểm tra' : 'Verdict';
  let s: string;
  if (r.status === 'notApplicable' || r.due === null) s = `${head}: ${STATUS_TEXT[r.status][l]} — ${r.reason![l]}`;
  else {
    const d: Dated = { head, due: r.due, cd: r.calendarDays!, wd: r.workingDays!, r };
    s = r.isDeadline ? DEADLINE[r.status](d, l) : lowerBound(d, l);
  }
  const n = notes(r.dependsOnProvisional, r.pending, l);
  return n.length ? `${s} (${l === 'vi' ? 'lưu ý' : 'note'}: ${n.join('; ')})` : s;
}

/**
 * The one line of the verdicts of several readings of the same act: each rule's status (and
 * delay), and whether they agree.
 * @internal
 */
export function readingsLine(readings: readonly ComplianceResult[], agree: boolean, l: Lang): string {
  const list = readings.map((r) => `${r.rule}: ${STATUS_TEXT[r.status][l]}${r.workingDaysLate > 0 ? ` ${days(r.workingDaysLate, l, true)}` : ''}`).join('; ');
  const n = readings.length;
  return l === 'vi'
    ? `Kết luận kiểm tra theo ${n} quy định${agree ? ' (thống nhất)' : ' (khác nhau)'}: ${list}`
    : `Verdict under ${n} rules${agree ? ' (they agree)' : ' (they differ)'}: ${list}`;
}
