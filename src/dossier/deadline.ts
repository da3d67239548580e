/** `dossierDeadline`: the appointment of a dossier, with its steps and what it rests on. */
import type { Calendar } from '../calendar/calendar.js';
import { getDefaultCalendar } from '../calendar/create.js';
import type { LocalizedText, PendingNotice } from '../calendar/types.js';
import { optionsOf } from '../core/args.js';
import { dayOf, formatInstant, instantText, toInstant, type InstantInput } from './instant.js';
import { readEvents, type DossierEvent, type ReadEvent } from './events.js';
import { defaultOfficeHours, parseOfficeHours, type OfficeHours } from './office-hours.js';
import { resolveProcedure, type ProcedureRef } from './shipped.js';
import { isSuspended, latestDue, runClock, stepOf, type ClockState, type DossierStep } from './clock.js';
import { WorkingTime } from './working-time.js';
import type { Procedure } from './profile.js';

/** What {@link dossierDeadline} takes. */
export interface DossierDeadlineInput {
  /** A shipped profile's id (`procedures/*.json`), a profile from `parseProcedure`, or a profile object. */
  procedure: ProcedureRef;
  /**
   * When the complete, valid dossier was accepted, as written on the receipt slip (NĐ 118/2025
   * Điều 17 khoản 3; not the instant of an online submission, which the desk may accept up to 8
   * working hours later): an ISO timestamp with offset, a `Date` or a luxon `DateTime`.
   */
  receivedAt: InstantInput;
  /** Supplement requests and receipts, extensions, re-appointments (any order; sorted by instant). */
  events?: readonly DossierEvent[];
  /** Office hours from `parseOfficeHours` or as an object; default the shipped provisional ones. */
  officeHours?: OfficeHours | object;
  /** The working-day calendar (default: the official one). */
  calendar?: Calendar;
}

/** An appointment of the dossier: the original one (the clock's), or a re-appointment after an apology. */
export interface Appointment {
  readonly kind: 'original' | 'reappointed';
  /** `null` for the original appointment while the clock is stopped. */
  readonly dueAt: string | null;
  readonly reason: string | null;
}

/** The answer of {@link dossierDeadline}. */
export interface DossierDeadline {
  readonly procedure: string;
  readonly unit: 'workingDays' | 'workingHours';
  readonly receivedAt: string;
  /** Where the clock started (receipt moved to the next session or past a cut-off). */
  readonly clockStart: string;
  /** The appointment now (`+07:00`): the latest re-appointment, else the clock's; `null` while the clock is stopped. */
  readonly dueAt: string | null;
  /** The day of `dueAt` in Vietnam. */
  readonly dueDate: string | null;
  /** Every appointment, the original first: the record keeps them all. */
  readonly appointments: readonly Appointment[];
  /** The clock is stopped, awaiting supplements. */
  readonly suspended: boolean;
  readonly steps: readonly DossierStep[];
  readonly explanation: LocalizedText;
  /** A day the count rests on is provisional (no official data for its year). */
  readonly dependsOnProvisional: boolean;
  /** Pending announcements dated in the days the count rests on. */
  readonly pendingNotices: readonly PendingNotice[];
  /** Data the answer rests on that no primary text confirms: `officeHours:<id>`, `procedure:<id>`. */
  readonly unverified: readonly string[];
}

/** What a deadline rests on besides its clock: provisional days, pending notices. */
interface Dependencies {
  readonly provisional: boolean;
  readonly pending: readonly PendingNotice[];
}

/**
 * A dossier's clock, run, and what it ran on: its deadline, and its status (`dossierStatus`), are
 * made from it. @internal
 */
export class Computed {
  readonly result: DossierDeadline;
  constructor(
    readonly procedure: Procedure,
    readonly wt: WorkingTime,
    readonly received: number,
    readonly events: readonly ReadEvent[],
    readonly state: ClockState,
    receivedText: string,
    deps: Dependencies,
  ) {
    this.result = new DeadlineResult(this, receivedText, deps);
  }
}

/**
 * The result: what a register's NDJSON report and on-time table read made at once; the clock
 * start, the appointments, the unverified data, the steps and the explanation made from the
 * clock on first access. Made every time, with a closure for the steps, they took ~940 B of the
 * ~3,790 B allocated per line of a 200k-line register (now ~2,850).
 */
class DeadlineResult implements DossierDeadline {
  readonly procedure: string;
  readonly unit: 'workingDays' | 'workingHours';
  readonly receivedAt: string;
  readonly dueAt: string | null;
  readonly dependsOnProvisional: boolean;
  readonly pendingNotices: readonly PendingNotice[];
  readonly #c: Computed;
  #appointments: readonly Appointment[] | undefined;
  #unverified: readonly string[] | undefined;
  #steps: readonly DossierStep[] | undefined;
  constructor(c: Computed, receivedText: string, deps: Dependencies) {
    this.#c = c;
    this.procedure = c.procedure.id;
    this.unit = c.procedure.unit;
    this.receivedAt = receivedText;
    const due = latestDue(c.state);
    this.dueAt = Number.isNaN(due) ? null : formatInstant(due);
    this.dependsOnProvisional = deps.provisional;
    this.pendingNotices = deps.pending;
  }
  get clockStart(): string {
    return formatInstant(this.#c.state.start);
  }
  get dueDate(): string | null {
    const due = latestDue(this.#c.state);
    return Number.isNaN(due) ? null : this.#c.wt.calendar.dayIso(dayOf(due - 1));
  }
  get appointments(): readonly Appointment[] {
    return (this.#appointments ??= appointmentsOf(this.#c.state));
  }
  get suspended(): boolean {
    return isSuspended(this.#c.state);
  }
  get unverified(): readonly string[] {
    return (this.#unverified ??= unverifiedOf(this.#c));
  }
  get steps(): readonly DossierStep[] {
    // The clock runs again, recording them.
    const { procedure, wt, received, events } = this.#c;
    return (this.#steps ??= runClock(procedure, wt, received, events, true).steps.map(stepOf));
  }
  get explanation(): LocalizedText {
    const s = this.steps;
    return { vi: s.map((x) => x.text.vi).join('\n'), en: s.map((x) => x.text.en).join('\n') };
  }
  /** Every field, in the order of {@link DossierDeadline}. */
  toJSON(): DossierDeadline {
    return {
      procedure: this.procedure,
      unit: this.unit,
      receivedAt: this.receivedAt,
      clockStart: this.clockStart,
      dueAt: this.dueAt,
      dueDate: this.dueDate,
      appointments: this.appointments,
      suspended: this.suspended,
      dependsOnProvisional: this.dependsOnProvisional,
      pendingNotices: this.pendingNotices,
      unverified: this.unverified,
      steps: this.steps,
      explanation: this.explanation,
    };
  }
}

/** The appointments of a clock: the original (its due instant `null` while suspended), then each re-appointment. */
function appointmentsOf(s: ClockState): Appointment[] {
  const at = (ms: number) => (Number.isNaN(ms) ? null : formatInstant(ms));
  const original: Appointment = { kind: 'original', dueAt: at(s.clockDue), reason: null };
  return [original, ...s.reappointments.map((r): Appointment => ({ kind: 'reappointed', dueAt: at(r.due), reason: r.reason || null }))];
}

/** The data a deadline rests on that no primary text confirms. */
function unverifiedOf(c: Computed): string[] {
  const out: string[] = [];
  if (c.wt.hours.provisional) out.push(`officeHours:${c.wt.hours.id}`);
  if (c.procedure.example) out.push(`procedure:${c.procedure.id}`);
  return out;
}

const FN = 'dossierDeadline';
/** The dependencies of a span that rests on nothing provisional or pending. */
const NO_DEPENDENCIES: Dependencies = { provisional: false, pending: Object.freeze([]) };
let lastHours: OfficeHours | undefined;
let lastCal: Calendar | undefined;
let lastWt: WorkingTime | undefined;
const parsedHours = new WeakMap<object, OfficeHours>();

function workingTime(calendar: Calendar | undefined, hours: OfficeHours | object | undefined): WorkingTime {
  const cal = calendar ?? getDefaultCalendar();
  let h: OfficeHours;
  if (hours === undefined) h = defaultOfficeHours();
  else if ('sessionsOn' in hours) h = hours;
  else {
    // Office hours given as data: validated once per object.
    h = parsedHours.get(hours) ?? parseOfficeHours(hours);
    parsedHours.set(hours, h);
  }
  // One clock (and its cache of sessions) per calendar and office hours, kept while they repeat.
  if (cal !== lastCal || h !== lastHours) [lastCal, lastHours, lastWt] = [cal, h, new WorkingTime(cal, h)];
  return lastWt!;
}

/** @internal */
export function computeDeadline(input: DossierDeadlineInput, fn = FN, asOf = Infinity): Computed {
  const o = optionsOf(input, fn, 'input');
  const procedure = resolveProcedure(o.procedure, fn);
  const received = toInstant(o.receivedAt, fn, 'receivedAt');
  const all = readEvents(o.events, fn, received);
  // Events are in order: none after `asOf` when the last is not.
  const events = all.length === 0 || all[all.length - 1].at <= asOf ? all : all.filter((e) => e.at <= asOf);
  const wt = workingTime(o.calendar, o.officeHours);
  const state = runClock(procedure, wt, received, events);
  return new Computed(procedure, wt, received, events, state, instantText(o.receivedAt, received), dependencies(wt.calendar, received, state, fn));
}

/** What the days from receipt to the last the clock reached rest on. */
function dependencies(cal: Calendar, received: number, state: ClockState, fn: string): Dependencies {
  const lo = dayOf(received);
  const hi = Math.max(state.lastDay, lo);
  // The day tables' mask first, as dueDate does: no ISO days and no lists for a span that rests on nothing.
  return cal.dayDependencyMask(lo, hi, fn) === 0 ? NO_DEPENDENCIES : cal.dependencies(cal.dayIso(lo), cal.dayIso(hi));
}

/**
 * The appointment (*ngày hẹn trả kết quả*) of a dossier: receipt outside office hours, on a day
 * off or after the procedure's cut-off counts from the next working session; N working days
 * after the day of receipt end with the last session of the N-th working day; N working hours
 * are counted inside sessions to the exact instant; supplement requests pause or restart the
 * clock as the profile says; extensions add time; re-appointments are kept beside the original.
 * Instants are answered in UTC+7 (`+07:00`). See docs/dossier-clock-law.md.
 * @throws VnDeadlinesError `invalid_argument` for a bad instant, event or unknown procedure; `out_of_coverage` beyond the calendar
 * @example
 * ```ts
 * const d = dossierDeadline({ procedure: 'example/ho-tich-3-ngay-lam-viec', receivedAt: '2025-01-24T16:45:00+07:00' });
 * d.dueAt; // '2025-02-06T16:30:00+07:00': from Mon 03/02 (after Tết), 3 working days, end of the winter afternoon session
 * ```
 */
export function dossierDeadline(input: DossierDeadlineInput): DossierDeadline {
  return computeDeadline(input).result;
}
