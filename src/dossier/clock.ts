/**
 * The clock of one dossier, run through its events: the start (receipt moved to the next
 * session or past a cut-off), the count in working days or hours, pauses or restarts on
 * supplement requests, extensions and re-appointments. Numbers only; deadline.ts makes the result.
 */
import type { LocalizedText } from '../calendar/types.js';
import { errorIn } from '../core/errors.js';
import { dayOf, DAY_MS, formatInstant, instantOf, VN_MS } from './instant.js';
import type { ReadEvent } from './events.js';
import { messages } from './messages.js';
import { ND_118, type Procedure } from './profile.js';
import type { WorkingTime } from './working-time.js';

const FN = 'dossierDeadline';
const HOUR = 3_600_000;
/** Working days after receipt within which a supplement may be requested (NĐ 118/2025 Điều 19 khoản 5), unless a sector law sets another time. */
const SUPPLEMENT_NOTICE_DAYS = 3;

/** A step of the clock: what happened, when, and the sentence. */
export interface DossierStep {
  readonly kind:
    'received' | 'startMoved' | 'counted' | 'supplementRequested' | 'supplementReceived' | 'extended' | 'reappointed' | 'stopped' | 'warning' | 'note';
  /** The instant (`+07:00`), or `null` for a note. */
  readonly at: string | null;
  readonly text: LocalizedText;
  /** The documents the step rests on. */
  readonly documents: readonly string[];
}

/** A step as the clock records it: its text made only when asked for. @internal */
export interface RawStep {
  readonly kind: DossierStep['kind'];
  readonly at: number | null;
  readonly text: () => LocalizedText;
  readonly documents: readonly string[];
}

/** The public form of a recorded step. @internal */
export function stepOf(r: RawStep): DossierStep {
  return { kind: r.kind, at: r.at === null ? null : formatInstant(r.at), text: r.text(), documents: r.documents };
}

/** A re-appointment: its due instant and its reason. */
interface Reappointment {
  readonly due: number;
  readonly reason: string;
}

/** What the clock ends with. @internal */
export interface ClockState {
  /** The steps, when the run recorded them (else none). */
  readonly steps: readonly RawStep[];
  readonly start: number;
  /** The clock's due instant with pauses and extensions (the original appointment); NaN while suspended. */
  readonly clockDue: number;
  /** The re-appointments, in order. */
  readonly reappointments: readonly Reappointment[];
  /** While awaiting supplements: when they were requested; else NaN. */
  readonly suspendedAt: number;
  /** When processing was stopped without a result, or NaN. */
  readonly stopped: number;
  readonly lastDay: number;
}

/** Whether the clock awaits supplements. @internal */
export const isSuspended = (s: ClockState): boolean => !Number.isNaN(s.suspendedAt);

/** The appointment now: the latest re-appointment's due instant, else the clock's (NaN while suspended). @internal */
export function latestDue(s: ClockState): number {
  const r = s.reappointments;
  return r.length === 0 ? s.clockDue : r[r.length - 1].due;
}

/** The steps and re-appointments of a run that has none: most runs (a register's are not recorded). */
const NONE: readonly never[] = Object.freeze([]);

type Msg = (typeof messages)['vi'];
/** Both languages of a sentence, made when the step's text is asked for. */
const both =
  (f: (m: Msg) => string): (() => LocalizedText) =>
  () => ({ vi: f(messages.vi), en: f(messages.en) });

/**
 * The run of a clock: its state as it goes, which is what it ends with. One object per dossier
 * of a register, with no list unless there are re-appointments or steps to record (a run, its
 * state and the list of appointments took ~590 B allocated per dossier; this, ~270 B).
 */
class Run implements ClockState {
  readonly steps: RawStep[];
  start = 0;
  clockDue = NaN;
  reappointments: readonly Reappointment[] = NONE;
  suspendedAt = NaN;
  stopped = NaN;
  lastDay = 0;
  budget: number;
  extendedTotal = 0;
  origin = 0;
  left = 0;
  /** Supplement requests so far. */
  supplementRequests = 0;
  /** Steps are recorded only when asked for (a deadline's `steps`): the clock runs again for them. */
  constructor(
    readonly p: Procedure,
    readonly wt: WorkingTime,
    readonly record: boolean,
  ) {
    this.budget = p.unit === 'workingDays' ? p.amount : p.amount * HOUR;
    // Pushed to only when recording.
    this.steps = record ? [] : (NONE as never[]);
  }

  step(kind: DossierStep['kind'], at: number | null, text: () => LocalizedText, documents: readonly string[] = []): void {
    this.steps.push({ kind, at, text, documents });
  }

  /** Where the clock starts for a dossier (or supplements) received at `ms`. */
  startAt(ms: number): number {
    const p = this.p;
    const day = dayOf(ms);
    if (p.cutoff >= 0 && this.wt.sessions(day).length > 0 && (ms + VN_MS - day * DAY_MS) / 60_000 > p.cutoff) {
      const o = this.wt.firstSessionAfter(day);
      if (this.record)
        this.step(
          'startMoved',
          o,
          both((m) => m.movedCutoff(p.cutoffText!, formatInstant(o))),
          p.documents.slice(1, 2),
        );
      return o;
    }
    if (p.outsideHours === 'asIs') return ms;
    const o = this.wt.nextSessionFrom(ms);
    if (o !== ms)
      if (this.record)
        this.step(
          'startMoved',
          o,
          both((m) => m.movedOutsideHours(formatInstant(o))),
        );
    return o;
  }

  /** The due instant from the current origin and budget, with its step. */
  count(): void {
    const { p, wt } = this;
    const origin = this.origin;
    const budget = this.budget;
    if (p.unit === 'workingHours') {
      const due = wt.add(this.origin, this.budget);
      this.clockDue = due;
      this.lastDay = Math.max(this.lastDay, dayOf(due));
      if (this.record)
        this.step(
          'counted',
          due,
          both((m) => m.countedHours(budget / HOUR, formatInstant(origin), formatInstant(due))),
          p.documents.slice(0, 1),
        );
      return;
    }
    const o = dayOf(this.origin);
    const day = this.budget === 0 ? wt.calendar.dayRoll(o, 'following', FN) : wt.calendar.dayAdd(o, this.budget, FN);
    const due = p.dayEnd === 'endOfDay' ? instantOf(day + 1, 0) : wt.endOfDay(day);
    this.clockDue = due;
    this.lastDay = Math.max(this.lastDay, day);
    if (!this.record) return;
    const iso = wt.calendar.dayIso(day);
    const text = both((m) => (p.dayEnd === 'endOfDay' ? m.countedDaysMidnight : m.countedDays)(budget, wt.calendar.dayIso(o), iso, formatInstant(due)));
    this.step('counted', due, text, p.documents.slice(0, 1));
  }

  /** Working time used from the origin to `at`, at most the budget. */
  used(at: number): number {
    if (this.p.unit === 'workingHours') return this.wt.between(this.origin, at, this.budget);
    const cal = this.wt.calendar;
    return Math.max(0, Math.min(this.budget, cal.dayWorkingDaysBetween(dayOf(this.origin), dayOf(at))));
  }

  shown(n: number): number {
    return this.p.unit === 'workingHours' ? Math.round((n / HOUR) * 100) / 100 : n;
  }

  event(e: ReadEvent): void {
    const { p } = this;
    if (!Number.isNaN(this.stopped)) throw errorIn(FN, 'invalid_argument', `an event at ${formatInstant(e.at)} after processing was stopped`);
    if (e.kind === 'stopped') {
      this.stopped = e.at;
      if (this.record)
        this.step(
          'stopped',
          e.at,
          both((m) => m.stopped(formatInstant(e.at), e.reason)),
        );
      return;
    }
    if (e.kind === 'supplementRequested') {
      if (isSuspended(this))
        throw errorIn(FN, 'invalid_argument', `a second supplementRequested at ${formatInstant(e.at)} before the supplements of the first were received`);
      const used = this.used(e.at);
      this.left = this.budget - used;
      this.suspendedAt = e.at;
      this.clockDue = NaN;
      this.supplementRequests++;
      if (this.record) this.recordSupplementRequest(e.at, used);
    } else if (e.kind === 'supplementReceived') {
      if (!isSuspended(this)) throw errorIn(FN, 'invalid_argument', `supplementReceived at ${formatInstant(e.at)} without a supplementRequested before it`);
      this.suspendedAt = NaN;
      this.origin = this.startAt(e.at);
      this.budget = p.supplement === 'pause' ? this.left : (p.unit === 'workingDays' ? p.amount : p.amount * HOUR) + this.extendedTotal;
      const left = this.shown(this.budget);
      if (this.record)
        this.step(
          'supplementReceived',
          e.at,
          both((m) => m.supplementReceived(formatInstant(e.at), left, p.unit)),
          [p.supplementDocument],
        );
      this.count();
    } else if (e.kind === 'extended') {
      const add = p.unit === 'workingDays' ? e.amount : e.amount * HOUR;
      this.extendedTotal += add;
      if (isSuspended(this)) this.left += add;
      else this.budget += add;
      if (this.record)
        this.step(
          'extended',
          e.at,
          both((m) => m.extended(e.amount, p.unit, e.reason)),
        );
      if (!isSuspended(this)) this.count();
    } else this.reappoint(e);
  }

  /** The notes that end an explanation: awaiting supplements, an example profile, provisional office hours. */
  closingNotes(): void {
    const { p, wt } = this;
    const note = (text: (m: Msg) => string) => this.step('note', null, both(text));
    if (isSuspended(this)) note((m) => m.suspendedNow);
    if (p.example) note((m) => m.unverifiedProfile(p.id));
    if (wt.hours.provisional) note((m) => m.unverifiedHours(wt.hours.id));
  }

  /** The step of a supplement request, and a warning from the second one on. */
  recordSupplementRequest(at: number, used: number): void {
    const { p } = this;
    const rule = p.supplementFromProfile ? p.supplement : 'restartByDecree';
    this.step(
      'supplementRequested',
      at,
      both((m) => m.supplementRequested(formatInstant(at), this.shown(used), p.unit) + ' ' + m[rule]),
      [p.supplementDocument],
    );
    const n = this.supplementRequests;
    if (n > 1)
      this.step(
        'warning',
        at,
        both((m) => m.supplementAgain(n)),
        [ND_118.supplementOnce],
      );
    // NĐ 118/2025 Điều 19 khoản 5: the request "không quá 03 ngày làm việc kể từ ngày tiếp nhận hồ sơ", counted as the processing time is.
    const received = dayOf(this.origin);
    const latest = this.wt.calendar.dayAdd(received, SUPPLEMENT_NOTICE_DAYS, FN);
    if (dayOf(at) > latest) {
      const [from, last] = [this.wt.calendar.dayIso(received), this.wt.calendar.dayIso(latest)];
      this.step(
        'warning',
        at,
        both((m) => m.lateSupplementRequest(from, last)),
        [ND_118.restart],
      );
    }
  }

  reappoint(e: ReadEvent): void {
    const { p, wt } = this;
    const due = e.dueIsDay ? (wt.sessions(e.due).length ? wt.endOfDay(e.due) : instantOf(e.due + 1, 0)) : e.due;
    const original = this.clockDue;
    // A new list: the one a run starts with is shared (re-appointments are rare).
    this.reappointments = [...this.reappointments, { due, reason: e.reason }];
    this.lastDay = Math.max(this.lastDay, dayOf(due - 1));
    if (this.record)
      this.step(
        'reappointed',
        e.at,
        both((m) => m.reappointed(formatInstant(e.at), formatInstant(due), e.reason)),
      );
    if (this.reappointments.length > p.maxReappointments)
      if (this.record)
        this.step(
          'warning',
          e.at,
          both((m) => m.tooManyReappointments(p.maxReappointments)),
          [ND_118.reappointment],
        );
    if (!Number.isNaN(original)) {
      // NĐ 118/2025 Điều 19 khoản 6: the letter "chậm nhất 01 ngày trước ngày hết hạn", read as one working day.
      const latest = wt.calendar.dayAdd(dayOf(original - 1), -1, FN);
      if (dayOf(e.at) > latest)
        if (this.record)
          this.step(
            'warning',
            e.at,
            both((m) => m.lateApology),
            [ND_118.reappointment],
          );
    }
  }
}

/** Runs the clock of a dossier received at `received` through its events (sorted). @internal */
export function runClock(p: Procedure, wt: WorkingTime, received: number, events: readonly ReadEvent[], record = false): ClockState {
  const r = new Run(p, wt, record);
  if (r.record)
    r.step(
      'received',
      received,
      both((m) => m.received(formatInstant(received))),
    );
  r.origin = r.startAt(received);
  r.start = r.origin;
  r.count();
  // Indexed: for…of made an iterator result for every dossier (~50 B allocated, events or not).
  for (let i = 0; i < events.length; i++) r.event(events[i]);
  if (r.record) r.closingNotes();
  return r;
}
