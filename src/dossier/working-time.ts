/**
 * Working time: the minutes inside the sessions of working days. The calendar (official data,
 * overlays, pending) says which days are working days; the office hours say which minutes of
 * such a day count. Instants are epoch milliseconds.
 */
import type { Calendar } from '../calendar/calendar.js';
import { civilFromDays, isoWeekday } from '../core/days.js';
import { dayOf, DAY_MS, instantOf, VN_MS } from './instant.js';
import type { OfficeHours } from './office-hours.js';

const NONE: readonly number[] = Object.freeze([]);
const FN = 'dossierDeadline';
/** Days whose sessions are kept (a power of two). */
const SLOTS = 1024;

/** The clock of one calendar and one set of office hours. @internal */
export class WorkingTime {
  /** The sessions of the days last asked for, in a slot by day number (a register's days span months, not years). */
  readonly #cachedDays = new Float64Array(SLOTS).fill(NaN);
  readonly #cachedSessions: (readonly number[])[] = new Array<readonly number[]>(SLOTS).fill(NONE);
  constructor(
    readonly calendar: Calendar,
    readonly hours: OfficeHours,
  ) {}

  /** Session bounds (minutes) of a day; none on a day off. */
  sessions(day: number): readonly number[] {
    const slot = day & (SLOTS - 1);
    if (this.#cachedDays[slot] === day) return this.#cachedSessions[slot];
    let s = NONE;
    if (this.calendar.dayRoll(day, 'following', FN) === day) {
      const [, m, d] = civilFromDays(day);
      s = this.hours.sessionsOn(m * 32 + d, isoWeekday(day));
    }
    this.#cachedDays[slot] = day;
    this.#cachedSessions[slot] = s;
    return s;
  }

  /** The next working day after `day`. */
  nextDay(day: number): number {
    return this.calendar.dayAdd(day, 1, FN);
  }

  /** Start of the first session of the first working day after `day`. */
  firstSessionAfter(day: number): number {
    const d = this.nextDay(day);
    return instantOf(d, this.sessions(d)[0]);
  }

  /** `ms` itself when inside a session, else the start of the next session. */
  nextSessionFrom(ms: number): number {
    const day = dayOf(ms);
    const s = this.sessions(day);
    const minute = (ms + VN_MS - day * DAY_MS) / 60_000;
    for (let i = 0; i < s.length; i += 2) {
      if (minute < s[i]) return instantOf(day, s[i]);
      if (minute < s[i + 1]) return ms;
    }
    return this.firstSessionAfter(day);
  }

  /** End of the last session of a working day. */
  endOfDay(day: number): number {
    const s = this.sessions(day);
    return instantOf(day, s[s.length - 1]);
  }

  /** The instant `amount` ms of working time after `from` (counted inside sessions only). */
  add(from: number, amount: number): number {
    if (amount <= 0) return from;
    let day = dayOf(from);
    let at = from;
    for (;;) {
      const s = this.sessions(day);
      for (let i = 0; i < s.length; i += 2) {
        const a = Math.max(at, instantOf(day, s[i]));
        const b = instantOf(day, s[i + 1]);
        if (a >= b) continue;
        if (b - a >= amount) return a + amount;
        amount -= b - a;
      }
      day = this.nextDay(day);
      at = instantOf(day, 0);
    }
  }

  /** Working time (ms) in `[a, b)`, counting at most `cap`. */
  between(a: number, b: number, cap: number): number {
    let total = 0;
    let day = dayOf(a);
    while (a < b && total < cap) {
      const s = this.sessions(day);
      for (let i = 0; i < s.length; i += 2) {
        const lo = Math.max(a, instantOf(day, s[i]));
        const hi = Math.min(b, instantOf(day, s[i + 1]));
        if (hi > lo) total += hi - lo;
      }
      day = this.nextDay(day);
      a = Math.max(a, instantOf(day, 0));
    }
    return Math.min(total, cap);
  }
}
