/**
 * The working-day calendar: built once into flat arrays so that every query is O(1)
 * (array look-ups), never a day-by-day loop.
 *
 * Index `i` stands for day number `start + i`. For each index:
 * - `flags[i]`: WORKING, PROVISIONAL, PENDING bits;
 * - `cum[i]`: working days in `[start, start + i]`;
 * - `cumProvisional[i]`: provisional days in `[start, start + i]`;
 * and `work[k]` is the index of the k-th working day (k from 0).
 */
import { formatDay, isoWeekday, tryParseIsoDay, toDay, daysFromCivil, type LuxonDateTimeLike } from '../core/days.js';
import { VnDeadlinesError } from '../core/errors.js';
import type { HolidayYear, Overlay, EntryKind } from '../holidays/schema.js';
import type { DayInfo, DayReason, Dependencies, LocalizedText, PendingNotice, RollConvention } from './types.js';

const WORKING = 1;
const PROVISIONAL = 2;
const PENDING = 4;

/** A day derived from the law for a year without official data (see the statutory layer). */
export interface DerivedDay {
  date: string;
  off: boolean;
  reason: DayReason;
}

/** Where a calendar's days come from. */
export interface CalendarSource {
  /** Official year files, validated. */
  official: readonly Omit<HolidayYear, '$schema'>[];
  /** First and last Gregorian year covered. */
  firstYear: number;
  lastYear: number;
  /** Non-working days derived from the law for a year without official data. */
  derive?: (year: number) => DerivedDay[];
}

/** Options of {@link createCalendar}. */
export interface CalendarOptions {
  /** Local days off and working days, applied last (validated overlay objects). */
  overlays?: readonly Overlay[];
  /** Apply pending announcements (DOMAIN §2.5) as days off. Default `false`. */
  includePending?: boolean;
}

const WEEKDAY_NAMES: LocalizedText[] = [
  { vi: 'Thứ Hai', en: 'Monday' },
  { vi: 'Thứ Ba', en: 'Tuesday' },
  { vi: 'Thứ Tư', en: 'Wednesday' },
  { vi: 'Thứ Năm', en: 'Thursday' },
  { vi: 'Thứ Sáu', en: 'Friday' },
  { vi: 'Thứ Bảy', en: 'Saturday' },
  { vi: 'Chủ nhật', en: 'Sunday' },
];

/** The weekly rest rule, cited on every weekend day. */
const WEEKLY_REST_DOC = {
  id: 'QĐ 188/1999/QĐ-TTg',
  title: {
    vi: 'Quyết định 188/1999/QĐ-TTg về chế độ tuần làm việc 40 giờ (nghỉ thứ Bảy, Chủ nhật)',
    en: 'Decision 188/1999/QĐ-TTg on the 40-hour working week (Saturday and Sunday off)',
  },
  evidence: 'S' as const,
  links: ['https://thuvienphapluat.vn/van-ban/Lao-dong-Tien-luong/Quyet-dinh-188-1999-QD-TTg-che-do-tuan-lam-viec-40-gio-45340.aspx'],
};

const ROLLS: readonly RollConvention[] = ['none', 'following', 'preceding', 'modifiedFollowing', 'modifiedPreceding'];

/**
 * An immutable working-day calendar. Make one with {@link createCalendar}; the plain
 * functions (`addWorkingDays`, …) use the default one. Methods read `this`: call them on
 * the calendar (`cal.addWorkingDays(…)`), do not detach them.
 */
export class Calendar {
  /** First day covered, `YYYY-MM-DD`. */
  readonly firstDate: string;
  /** Last day covered, `YYYY-MM-DD`. */
  readonly lastDate: string;
  /** Years covered by official data. */
  readonly officialYears: readonly number[];
  /** Whether pending announcements are applied. */
  readonly includePending: boolean;

  /** @internal */ private readonly start: number;
  /** @internal */ private readonly flags: Uint8Array;
  /** @internal */ private readonly cum: Int32Array;
  /** @internal */ private readonly cumProvisional: Int32Array;
  /** @internal */ private readonly work: Int32Array;
  /** @internal */ private readonly iso: string[];
  /** @internal */ private readonly reasons: Map<number, DayReason[]>;
  /** @internal */ private readonly pendingByIndex: Map<number, PendingNotice[]>;
  /** @internal */ private readonly pendingIndexes: number[];

  /** @internal Use {@link createCalendar}. */
  constructor(source: CalendarSource, options: CalendarOptions = {}) {
    const start = daysFromCivil(source.firstYear, 1, 1);
    const end = daysFromCivil(source.lastYear, 12, 31);
    const n = end - start + 1;
    const flags = new Uint8Array(n);
    const iso: string[] = new Array(n);
    const reasons = new Map<number, DayReason[]>();
    const addReason = (i: number, r: DayReason) => {
      const list = reasons.get(i);
      if (list) list.push(r);
      else reasons.set(i, [r]);
    };
    for (let i = 0; i < n; i++) {
      iso[i] = formatDay(start + i);
      if (isoWeekday(start + i) <= 5) flags[i] = WORKING;
    }

    // Layers 2–3 for years without official data: derived from the law, provisional.
    const officialYears = new Set(source.official.map((y) => y.year));
    for (let year = source.firstYear; year <= source.lastYear; year++) {
      if (officialYears.has(year)) continue;
      const from = daysFromCivil(year, 1, 1) - start;
      const to = daysFromCivil(year, 12, 31) - start;
      for (let i = from; i <= to; i++) flags[i] |= PROVISIONAL;
      for (const d of source.derive?.(year) ?? []) {
        const i = (tryParseIsoDay(d.date) as number) - start;
        if (i < from || i > to) continue;
        if (d.off) flags[i] &= ~WORKING;
        addReason(i, d.reason);
      }
    }

    // Layer 4: official arrangements; authoritative for the days they name.
    const pendingByIndex = new Map<number, PendingNotice[]>();
    for (const file of source.official) {
      const docs = new Map(file.documents.map((d) => [d.id, { id: d.id, title: d.title, evidence: d.evidence, links: d.links }]));
      for (const e of file.entries) {
        const i = (tryParseIsoDay(e.date) as number) - start;
        if (i < 0 || i >= n) continue;
        if (flags[i] & PROVISIONAL && reasons.has(i)) reasons.delete(i);
        flags[i] &= ~PROVISIONAL;
        if (e.kind === 'makeUpWorkday') flags[i] |= WORKING;
        else flags[i] &= ~WORKING;
        addReason(i, {
          kind: e.kind as EntryKind,
          name: e.name,
          documents: e.documents.map((id) => docs.get(id)!),
          sources: e.sources,
          ...(e.pairedWith ? { pairedWith: e.pairedWith } : {}),
          ...(e.note ? { note: e.note } : {}),
        });
      }
      // Layer 5: pending announcements.
      for (const p of file.pending) {
        const i = (tryParseIsoDay(p.date) as number) - start;
        if (i < 0 || i >= n) continue;
        const applied = options.includePending === true;
        const notice: PendingNotice = { date: p.date, name: p.name, note: p.note, documents: p.documents, sources: p.sources, applied };
        pendingByIndex.set(i, [...(pendingByIndex.get(i) ?? []), notice]);
        flags[i] |= PENDING;
        if (applied) {
          flags[i] &= ~WORKING;
          addReason(i, { kind: 'pending', name: p.name, documents: p.documents.map((id) => docs.get(id)!), sources: p.sources, note: p.note.en });
        }
      }
    }

    // Layer 6: local overlays, in the order given.
    for (const overlay of options.overlays ?? []) {
      for (const e of overlay.entries) {
        const day = toDay(e.date, 'createCalendar', 'overlay date');
        const i = day - start;
        if (i < 0 || i >= n) throw outOfRange('createCalendar', e.date, source);
        if (e.kind === 'dayOff') flags[i] &= ~WORKING;
        else flags[i] |= WORKING;
        addReason(i, {
          kind: e.kind === 'dayOff' ? 'overlayDayOff' : 'overlayWorkingDay',
          name: { vi: e.name.vi, en: e.name.en ?? e.name.vi },
          documents: (e.documents ?? []).map((id) => ({ id, title: { vi: id, en: id }, evidence: 'S' as const, links: [] })),
          sources: e.sources ?? [],
          note: [overlay.name.en ?? overlay.name.vi, e.note].filter(Boolean).join(': '),
        });
      }
    }

    const cum = new Int32Array(n);
    const cumProvisional = new Int32Array(n);
    let w = 0;
    let p = 0;
    for (let i = 0; i < n; i++) {
      if (flags[i] & WORKING) w++;
      if (flags[i] & PROVISIONAL) p++;
      cum[i] = w;
      cumProvisional[i] = p;
    }
    const work = new Int32Array(w);
    for (let i = 0, k = 0; i < n; i++) if (flags[i] & WORKING) work[k++] = i;

    this.start = start;
    this.flags = flags;
    this.cum = cum;
    this.cumProvisional = cumProvisional;
    this.work = work;
    this.iso = iso;
    this.reasons = reasons;
    this.pendingByIndex = pendingByIndex;
    this.pendingIndexes = [...pendingByIndex.keys()].sort((a, b) => a - b);
    this.firstDate = iso[0];
    this.lastDate = iso[n - 1];
    this.officialYears = [...officialYears].filter((y) => y >= source.firstYear && y <= source.lastYear).sort((a, b) => a - b);
    this.includePending = options.includePending === true;
  }

  /** @internal Index of a date inside the calendar, or an error naming `fn`. */
  private index(date: unknown, fn: string): number {
    const day = typeof date === 'string' && date.length === 10 ? tryParseIsoDay(date) ?? toDay(date, fn) : toDay(date, fn);
    const i = day - this.start;
    if (i < 0 || i >= this.flags.length) {
      throw new VnDeadlinesError(
        'out_of_coverage',
        `${fn}: ${formatDay(day)} is outside the calendar's range ${this.firstDate}–${this.lastDate}`,
        { value: formatDay(day), range: [this.firstDate, this.lastDate] },
      );
    }
    return i;
  }

  /** @internal */
  private beyond(fn: string, what: string): VnDeadlinesError {
    return new VnDeadlinesError('out_of_coverage', `${fn}: ${what} lies outside the calendar's range ${this.firstDate}–${this.lastDate}`, {
      range: [this.firstDate, this.lastDate],
    });
  }

  /**
   * Whether a day is a working day of the civil service.
   * @example `cal.isWorkingDay('2025-04-26') // true: a make-up Saturday`
   * @throws `invalid_date`, `out_of_coverage`
   */
  isWorkingDay(date: DateLike): boolean {
    return (this.flags[this.index(date, 'isWorkingDay')] & WORKING) !== 0;
  }

  /**
   * Everything known about a day: working or not, why, names, documents and sources,
   * `official` or `provisional`, and pending announcements.
   * @example `cal.dayInfo('2025-01-29').reasons[0].name.vi // 'Tết Nguyên đán …'`
   * @throws `invalid_date`, `out_of_coverage`
   */
  dayInfo(date: DateLike): DayInfo {
    const i = this.index(date, 'dayInfo');
    const weekday = isoWeekday(this.start + i);
    const working = (this.flags[i] & WORKING) !== 0;
    const reasons: DayReason[] = [];
    if (weekday >= 6 && !working) {
      reasons.push({ kind: 'weekend', name: WEEKDAY_NAMES[weekday - 1], documents: [WEEKLY_REST_DOC], sources: WEEKLY_REST_DOC.links });
    }
    reasons.push(...(this.reasons.get(i) ?? []));
    return {
      date: this.iso[i],
      weekday,
      working,
      status: this.flags[i] & PROVISIONAL ? 'provisional' : 'official',
      reasons,
      pending: this.pendingByIndex.get(i) ?? [],
    };
  }

  /**
   * Working-day offset. `n > 0`: the n-th working day strictly after `date`; `n < 0`: the
   * |n|-th working day strictly before; `n = 0`: `date` itself, which must be a working day
   * (otherwise use {@link Calendar.roll}).
   * @example `cal.addWorkingDays('2025-01-20', 10) // '2025-02-10' (Tết 27–31/01 skipped)`
   * @throws `invalid_date`, `invalid_argument` (n not an integer), `not_a_working_day` (n = 0 on a
   *   day off), `out_of_coverage` (the date or the answer outside the calendar)
   */
  addWorkingDays(date: DateLike, n: number): string {
    const i = this.index(date, 'addWorkingDays');
    if (!Number.isInteger(n)) throw badCount('addWorkingDays', n);
    const working = this.flags[i] & WORKING;
    let k: number;
    if (n > 0) k = this.cum[i] + n - 1;
    else if (n < 0) k = this.cum[i] - working + n;
    else {
      if (working) return this.iso[i];
      throw new VnDeadlinesError(
        'not_a_working_day',
        `addWorkingDays: ${this.iso[i]} is not a working day, so adding 0 working days has no answer; use roll(date, 'following') or roll(date, 'preceding')`,
        { value: this.iso[i] },
      );
    }
    if (k < 0 || k >= this.work.length) throw this.beyond('addWorkingDays', `the answer for ${this.iso[i]} ${n > 0 ? '+' : ''}${n} working days`);
    return this.iso[this.work[k]];
  }

  /**
   * `addWorkingDays(date, -n)`.
   * @example `cal.subWorkingDays('2025-02-10', 10) // '2025-01-20'`
   * @throws as {@link Calendar.addWorkingDays}
   */
  subWorkingDays(date: DateLike, n: number): string {
    if (!Number.isInteger(n)) throw badCount('subWorkingDays', n);
    return this.addWorkingDays(date, -n);
  }

  /**
   * Working days from `a` to `b`, counted in the direction of travel with `a` excluded and
   * `b` included: for `a ≤ b`, the number of working days d with a < d ≤ b; for `b < a`, minus
   * the number with b ≤ d < a. So `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every
   * d and n.
   * @example `cal.workingDaysBetween('2025-01-20', '2025-02-10') // 10`
   * @throws `invalid_date`, `out_of_coverage`
   */
  workingDaysBetween(a: DateLike, b: DateLike): number {
    const i = this.index(a, 'workingDaysBetween');
    const j = this.index(b, 'workingDaysBetween');
    if (i <= j) return this.cum[j] - this.cum[i];
    return this.cum[j] - (this.flags[j] & WORKING) - (this.cum[i] - (this.flags[i] & WORKING));
  }

  /**
   * The first working day strictly after `date`.
   * @example `cal.nextWorkingDay('2025-01-24') // '2025-02-03'`
   * @throws `invalid_date`, `out_of_coverage`
   */
  nextWorkingDay(date: DateLike): string {
    return this.addWorkingDays(date, 1);
  }

  /**
   * The last working day strictly before `date`.
   * @example `cal.previousWorkingDay('2025-02-03') // '2025-01-24'`
   * @throws `invalid_date`, `out_of_coverage`
   */
  previousWorkingDay(date: DateLike): string {
    return this.addWorkingDays(date, -1);
  }

  /**
   * Moves a day that is not a working day by a convention: `none` (as is), `following`,
   * `preceding`, `modifiedFollowing` (following unless that leaves the month, then preceding),
   * `modifiedPreceding` (the mirror). A working day is returned unchanged.
   * @example `cal.roll('2025-01-27', 'preceding') // '2025-01-24'`
   * @throws `invalid_date`, `invalid_argument` (unknown convention), `out_of_coverage`
   */
  roll(date: DateLike, convention: RollConvention): string {
    const i = this.index(date, 'roll');
    if (!ROLLS.includes(convention)) {
      throw new VnDeadlinesError('invalid_argument', `roll: unknown convention ${JSON.stringify(convention)}; use one of ${ROLLS.join(', ')}`, {
        value: convention,
      });
    }
    if (convention === 'none' || this.flags[i] & WORKING) return this.iso[i];
    const iso = this.iso[i];
    const fwd = () => this.addWorkingDays(iso, 1);
    const back = () => this.addWorkingDays(iso, -1);
    if (convention === 'following') return fwd();
    if (convention === 'preceding') return back();
    const month = iso.slice(0, 7);
    if (convention === 'modifiedFollowing') {
      const f = fwd();
      return f.slice(0, 7) === month ? f : back();
    }
    const p = back();
    return p.slice(0, 7) === month ? p : fwd();
  }

  /**
   * Every day that is not a working day in `[from, to]` (both included), with its reasons.
   * @example `cal.nonWorkingDays('2025-04-26', '2025-05-04').map((d) => d.date)`
   * @throws `invalid_date`, `out_of_coverage`, `invalid_argument` (to before from)
   */
  nonWorkingDays(from: DateLike, to: DateLike): DayInfo[] {
    const i = this.index(from, 'nonWorkingDays');
    const j = this.index(to, 'nonWorkingDays');
    if (j < i) {
      throw new VnDeadlinesError('invalid_argument', `nonWorkingDays: 'to' (${this.iso[j]}) is before 'from' (${this.iso[i]}); swap them`, {
        from: this.iso[i],
        to: this.iso[j],
      });
    }
    const out: DayInfo[] = [];
    for (let k = i; k <= j; k++) if (!(this.flags[k] & WORKING)) out.push(this.dayInfo(this.iso[k]));
    return out;
  }

  /**
   * What a computation over the days between `a` and `b` (both included, either order) rests
   * on: whether a provisional day lies there, and which pending announcements are dated there.
   * @example `cal.dependencies('2026-11-20', '2026-11-27').pending[0].date // '2026-11-24'`
   * @throws `invalid_date`, `out_of_coverage`
   */
  dependencies(a: DateLike, b: DateLike): Dependencies {
    let i = this.index(a, 'dependencies');
    let j = this.index(b, 'dependencies');
    if (j < i) [i, j] = [j, i];
    const provisional = this.cumProvisional[j] - (i > 0 ? this.cumProvisional[i - 1] : 0) > 0;
    const pending: PendingNotice[] = [];
    for (const k of this.pendingIndexes) if (k >= i && k <= j) pending.push(...this.pendingByIndex.get(k)!);
    return { provisional, pending };
  }
}

/** A day as the calendar's methods accept it: see {@link toDay}. */
export type DateLike = string | Date | LuxonDateTimeLike;

function badCount(fn: string, n: unknown): VnDeadlinesError {
  return new VnDeadlinesError('invalid_argument', `${fn}: n must be a whole number of working days, got ${String(n)}`, { value: n });
}

function outOfRange(fn: string, date: string, source: CalendarSource): VnDeadlinesError {
  return new VnDeadlinesError('out_of_coverage', `${fn}: ${date} is outside the calendar's range ${source.firstYear}-01-01–${source.lastYear}-12-31`, {
    value: date,
  });
}

