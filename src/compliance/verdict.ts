/**
 * The verdict sentences of a check, in Vietnamese and English: one small function per kind of
 * verdict (a rule that does not apply, a lower bound, a deadline by status), then the notes on
 * provisional and pending days.
 */
import type { PendingNotice } from '../calendar/types.js';
import type { Lang } from '../core/lang.js';
import { say, type Params } from '../core/catalogue.js';
import { dayText as label } from '../core/date-text.js';
import { COMPLIANCE_TEXT } from './messages.js';
import { STATUS_TEXT } from './status.js';
import type { ComplianceResult, ComplianceStatus } from './types.js';

/** A text of the compliance catalogue. */
const t = (l: Lang, key: keyof (typeof COMPLIANCE_TEXT)['vi'], params?: Params): string => say(COMPLIANCE_TEXT, l, key, params);

/** `n` days, working or calendar, in words. @internal */
const days = (n: number, l: Lang, working: boolean): string => t(l, `${working ? 'workingDays' : 'days'}${n === 1 ? '1' : ''}`, { n });

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

/** The parameters of a dated verdict's sentence. */
function params({ head, due, cd, wd, r }: Dated, l: Lang): Params {
  return {
    head,
    due: label(due, l),
    actual: r.actual === null ? '' : label(r.actual, l),
    asOf: label(r.asOf, l),
    start: r.windowStart === null ? '' : label(r.windowStart, l),
    cd: days(Math.abs(cd), l, false),
    wd: days(Math.abs(r.status === 'late' || r.status === 'overdue' ? r.workingDaysLate : wd), l, true),
  };
}

/** A rule that is not a deadline: an earliest allowed day. */
function lowerBound(d: Dated, l: Lang): string {
  const key = d.r.actual === null ? 'earliestOpen' : d.r.status === 'tooEarly' ? 'earliestTooEarly' : 'earliestOk';
  return t(l, key, params(d, l));
}

const onTime = (d: Dated, l: Lang): string => t(l, d.cd === 0 ? 'onTimeLastDay' : 'onTime', params(d, l));
const late = (d: Dated, l: Lang): string => t(l, 'late', params(d, l));
const tooEarly = (d: Dated, l: Lang): string => t(l, 'tooEarly', params(d, l));
const open = (d: Dated, l: Lang): string => t(l, d.cd === 0 ? 'openLastDay' : 'open', params(d, l));
const overdue = (d: Dated, l: Lang): string => t(l, 'overdue', params(d, l));

/** The sentence of a deadline, by status (`notApplicable` never reaches this table). */
const DEADLINE: Readonly<Record<Exclude<ComplianceStatus, 'notApplicable'>, (d: Dated, l: Lang) => string>> = { onTime, late, tooEarly, open, overdue };

/** The notes on provisional and pending days a verdict rests on. */
function notes(provisional: boolean, pending: readonly PendingNotice[], l: Lang): string[] {
  const out: string[] = provisional ? [t(l, 'provisional')] : [];
  for (const p of pending) out.push(t(l, p.applied ? 'pendingApplied' : 'pending', { date: label(p.date, l), name: p.name[l] }));
  return out;
}

/**
 * The verdict sentence of one reading.
 * @internal
 */
export function verdictText(r: Verdict, l: Lang): string {
  const head = t(l, 'head');
  let s: string;
  if (r.status === 'notApplicable' || r.due === null) s = `${head}: ${STATUS_TEXT[r.status][l]} — ${r.reason![l]}`;
  else {
    const d: Dated = { head, due: r.due, cd: r.calendarDays!, wd: r.workingDays!, r };
    s = r.isDeadline ? DEADLINE[r.status](d, l) : lowerBound(d, l);
  }
  const n = notes(r.dependsOnProvisional, r.pending, l);
  return n.length ? t(l, 'notes', { text: s, notes: n.join('; ') }) : s;
}

/**
 * The one line of the verdicts of several readings of the same act: each rule's status (and
 * delay), and whether they agree.
 * @internal
 */
export function readingsLine(readings: readonly ComplianceResult[], agree: boolean, l: Lang): string {
  const status = (r: ComplianceResult) =>
    r.workingDaysLate > 0 ? t(l, 'readingLate', { status: STATUS_TEXT[r.status][l], wd: days(r.workingDaysLate, l, true) }) : STATUS_TEXT[r.status][l];
  const list = readings.map((r) => `${r.rule}: ${status(r)}`).join('; ');
  return t(l, 'readings', { n: readings.length, agree: t(l, agree ? 'readingsAgree' : 'readingsDiffer'), list });
}
