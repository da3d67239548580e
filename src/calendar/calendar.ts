/**
 * The working-day calendar: built once into flat arrays so that every query is O(1)
 * (array look-ups), never a day-by-day loop. The days are built layer by layer by
 * {@link buildCalendar} (./build.ts, one file a layer in ./layers/); this class answers queries.
 *
 * Index `i` stands for day number `start + i`. For each index:
 * - `flags[i]`: WORKING, PROVISIONAL, PENDING bits;
 * - `cum[i]`: working days in `[start, start + i]`;
 * - `cumProvisional[i]`: provisional days in `[start, start + i]`;
 * and `work[k]` is the index of the k-th working day (k from 0).
 *
 * `cum` and `work` are made a year at a time, on first use (tables.ts): a new process's first
 * answer makes one or two years, not 88.
 *
 * ISO strings are made on first use and kept (building all 32,000 up front costs ~10 ms):
 * `iso[i]` for day i, and `workIso[k]` for the k-th working day, the hot path of
 * `addWorkingDays`, filled a block of 256 working days (about a year) at a time, sharing the
 * strings of `iso`. Memory, 2013–2100 (32,142 days, ≈ 22,100 working days): 8 bytes a slot for
 * each ISO table (≈ 257 KB + 177 KB) plus ≈ 32 bytes for each string made (≈ 1 MB if every
 * day's is); the typed tables 5 bytes a day and 4 a working day (≈ 250 KB), and 8 bytes a day
 * more for the dependency counts once a dependency is asked for.
 */
import { formatDay, isoWeekday, toDay, type LuxonDateTimeLike } from '../core/days.js';
import { VnDeadlinesError } from '../core/errors.js';
import { showJson } from '../core/args.js';
import { PROVISIONAL, WORKING } from './flags.js';
import { buildCalendar } from './build.js';
import { dependencyTables, makeYear, yearOf, yearOfWork, type DependencyTables, type WorkingTables } from './tables.js';
import { weekendReason } from './layers/weekly-rest.js';
import { derivedReasons } from './layers/statutory.js';
import type { CalendarOptions, CalendarSource } from './source.js';
import type { DayInfo, DayReason, Dependencies, Detailed, Observance, PendingNotice, RollConvention } from './types.js';

export type { CalendarOptions, CalendarSource } from './source.js';

/** Working days a block of `workIso` holds (filled together on first use). */
const ISO_BLOCK = 256;

const ROLLS: readonly RollConvention[] = ['none', 'following', 'preceding', 'modifiedFollowing', 'modifiedPreceding'];

/**
 * An immutable working-day calendar. Make one with {@link createCalendar}; the plain
 * functions (`addWorkingDays`, …) use the default one. Methods read `this`: call them on
 * the calendar (`cal.addWorkingDays(…)`), do not detach them.
 * @example
 * ```ts
 * const cal = createCalendar({ includePending: true });
 * cal.addWorkingDays('2026-11-20', 1); // '2026-11-25': the pending 23/11 applied as a day off
 * cal.dataVersion;                     // the official data's version, e.g. '2026-11-26'
 * ```
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
  /**
   * Version of the data the calendar rests on, carried by every answer (`dayInfo`, `dueDate`, the
   * CLI's JSON): the latest `dataVersion` of the shipped year files, e.g. `'2026-11-26'`; with
   * years loaded at run time, each appended as `+<year>@<its dataVersion>`, e.g.
   * `'2026-11-26+2027@2027-01-20'`; `'law-only'` for `createCalendar({ officialData: false })`.
   * {@link Calendar.dataVersions} has each year's.
   */
  readonly dataVersion: string;
  /** Each official year's `dataVersion`, by year. */
  readonly dataVersions: Readonly<Record<number, string>>;
  /** Official years loaded at run time (`createCalendar({ officialYears })`), replacing the shipped or provisional ones. */
  readonly loadedYears: readonly number[];

  /** @internal */ private readonly start: number;
  /** @internal */ private readonly flags: Uint8Array;
  /** @internal */ private readonly cum: Int32Array;
  /** @internal Provisional and pending counts, made on the first question about them (see {@link Calendar.deps}). */
  private depTables: DependencyTables | undefined;
  /** @internal */ private readonly work: Int32Array;
  /** @internal */ private readonly iso: (string | undefined)[];
  /** @internal ISO string of the k-th working day, `undefined` until its block is made. */ private readonly workIso: (string | undefined)[];
  /** @internal What `cum` and `work` are made from, a year at a time (see tables.ts). */ private readonly years: WorkingTables;
  /** @internal */ private readonly reasons: Map<number, DayReason[]>;
  /** @internal Years whose statutory reasons are made on demand (see layers/days.ts). */ private readonly lazyYears: Set<number>;
  /** @internal Those made, by year. */ private readonly derivedByYear = new Map<number, Map<number, DayReason[]>>();
  /** @internal */ private readonly pendingByIndex: Map<number, PendingNotice[]>;
  /** @internal */ private readonly pendingIndexes: number[];
  /** @internal */ private readonly firstYear: number;
  /** @internal Index of the first day of each month, from January of the first year. */ private readonly monthStart: Int32Array;
  /** @internal */ private readonly monthLength: Uint8Array;

  /** @internal Use {@link createCalendar}. */
  constructor(source: CalendarSource, options: CalendarOptions = {}) {
    const b = buildCalendar(source, options);
    this.start = b.start;
    this.firstYear = source.firstYear;
    this.flags = b.flags;
    this.cum = b.cum;
    this.work = b.work;
    this.monthStart = b.monthStart;
    this.monthLength = b.monthLength;
    this.iso = new Array<string | undefined>(b.n);
    this.workIso = new Array<string | undefined>(b.work.length);
    this.years = b;
    this.reasons = b.reasons;
    this.lazyYears = b.lazyYears;
    this.pendingByIndex = b.pendingByIndex;
    this.pendingIndexes = b.pendingIndexes;
    this.firstDate = formatDay(b.start);
    this.lastDate = formatDay(b.start + b.n - 1);
    this.includePending = options.includePending === true;
    this.source = source;
    const versions = dataVersionsOf(source);
    this.officialYears = versions.officialYears;
    this.dataVersions = versions.dataVersions;
    this.loadedYears = versions.loadedYears;
    this.dataVersion = versions.dataVersion;
  }

  /** @internal */ private readonly source: CalendarSource;

  /**
   * @internal Index of an in-range `'YYYY-MM-DD'`, read with a month-start table (no
   * divisions); -1 for anything else (which {@link Calendar.index} then reads the long way).
   * The digit parse repeats `tryParseIsoDay`'s on purpose: calling it and subtracting the first
   * day made `addWorkingDays` 9 % slower and `workingDaysBetween` 10 % (A/B, same process).
   */
  private isoIndex(date: string): number {
    if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1;
    const c0 = date.charCodeAt(0) - 48,
      c1 = date.charCodeAt(1) - 48,
      c2 = date.charCodeAt(2) - 48,
      c3 = date.charCodeAt(3) - 48;
    const c5 = date.charCodeAt(5) - 48,
      c6 = date.charCodeAt(6) - 48,
      c8 = date.charCodeAt(8) - 48,
      c9 = date.charCodeAt(9) - 48;
    // `>>> 0` turns a character below '0' into a large number.
    if (c0 >>> 0 > 9 || c1 >>> 0 > 9 || c2 >>> 0 > 9 || c3 >>> 0 > 9 || c5 >>> 0 > 9 || c6 >>> 0 > 9 || c8 >>> 0 > 9 || c9 >>> 0 > 9) return -1;
    const m = c5 * 10 + c6;
    const d = c8 * 10 + c9;
    const ym = (c0 * 1000 + c1 * 100 + c2 * 10 + c3 - this.firstYear) * 12 + m - 1;
    if (m >= 1 && m <= 12 && ym >= 0 && ym < this.monthLength.length && d >= 1 && d <= this.monthLength[ym]) return this.monthStart[ym] + d - 1;
    return -1;
  }

  /** @internal Index of a date inside the calendar, or an error naming `fn`. */
  private index(date: unknown, fn: string): number {
    if (typeof date === 'string') {
      const i = this.isoIndex(date);
      if (i >= 0) return i;
    }
    const day = toDay(date, fn);
    const i = day - this.start;
    if (i < 0 || i >= this.flags.length) {
      const iso = formatDay(day);
      const year = Number(iso.slice(0, 4));
      const why =
        this.source.strict && year >= 2013 && year <= 2100
          ? `; ${year} has no official arrangements yet (no holidays/${year}.json) and this calendar is strict: it refuses provisional years`
          : '';
      throw new VnDeadlinesError(
        'out_of_coverage',
        `${fn}: ${iso} is outside the calendar's range ${this.firstDate}–${this.lastDate}${why}`,
        {
          value: iso,
          range: [this.firstDate, this.lastDate],
          ...(why ? { missingOfficialYear: year } : {}),
        },
        why ? { key: 'strict_year_missing' } : undefined,
      );
    }
    return i;
  }

  /** @internal The ISO string of index `i`, made once. */
  private isoAt(i: number): string {
    const s = this.iso[i];
    return s ?? (this.iso[i] = formatDay(this.start + i));
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
      reasons.push(weekendReason(weekday));
    }
    if (this.flags[i] & PROVISIONAL) reasons.push(...this.derivedReasonsAt(i));
    reasons.push(...(this.reasons.get(i) ?? []));
    return {
      date: this.isoAt(i),
      weekday,
      working,
      status: this.flags[i] & PROVISIONAL ? 'provisional' : 'official',
      reasons,
      pending: this.pendingByIndex.get(i) ?? [],
      observances: this.observancesOn(this.start + i),
      dataVersion: this.dataVersion,
    };
  }

  /** @internal The statutory reasons of a provisional day of a lazily built year. */
  private derivedReasonsAt(i: number): DayReason[] {
    if (this.lazyYears.size === 0) return [];
    const year = Number(this.isoAt(i).slice(0, 4));
    if (!this.lazyYears.has(year)) return [];
    let byIndex = this.derivedByYear.get(year);
    if (!byIndex) this.derivedByYear.set(year, (byIndex = derivedReasons(this.source, year, this.start)));
    return byIndex.get(i) ?? [];
  }

  /** @internal */
  private observancesOn(day: number): Observance[] {
    const list = this.source.observances;
    if (!list?.length) return [];
    const iso = formatDay(day);
    const month = Number(iso.slice(5, 7));
    const dom = Number(iso.slice(8));
    const lunar = this.source.toLunar?.(day);
    const out: Observance[] = [];
    for (const o of list) {
      const hit = o.calendar === 'solar' ? o.month === month && o.day === dom : !!lunar && !lunar.leap && o.month === lunar.month && o.day === lunar.day;
      if (hit) out.push({ name: o.name, calendar: o.calendar, source: 'date-holidays' });
    }
    return out;
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
    // Fast path: an in-range 'YYYY-MM-DD', a non-zero whole n, an answer inside the calendar
    // whose ISO string is made: a parse and three array reads. Anything else: addSlow.
    if (typeof date === 'string' && typeof n === 'number' && (n | 0) === n && n !== 0) {
      const i = this.isoIndex(date);
      if (i >= 0) {
        const c = this.cum[i];
        const k = n > 0 ? c + n - 1 : c - (this.flags[i] & WORKING) + n;
        // c < 0: the year is not made yet; workIso[k] undefined: out of range or not made yet.
        const s = c >= 0 && k >= 0 ? this.workIso[k] : undefined;
        if (s !== undefined) return s;
      }
    }
    return this.addSlow(date, n);
  }

  /** @internal {@link Calendar.addWorkingDays} for what its fast path does not take. */
  private addSlow(date: DateLike, n: number): string {
    const j = this.addAt(this.index(date, 'addWorkingDays'), n, 'addWorkingDays');
    // The answer is a working day: the (cum[j] - 1)-th. Its block of workIso is made here.
    return this.workIsoAt(this.cumAt(j) - 1);
  }

  /** @internal The ISO string of the k-th working day: its block of `workIso` made on first use. */
  private workIsoAt(k: number): string {
    const from = k - (k % ISO_BLOCK);
    const to = Math.min(from + ISO_BLOCK, this.work.length);
    for (let j = from; j < to; j++) this.workIso[j] = this.isoAt(this.workAt(j));
    return this.workIso[k]!;
  }

  /** @internal `cum[i]`, its year made first if need be. */
  private cumAt(i: number): number {
    const c = this.cum[i];
    if (c >= 0) return c;
    makeYear(this.years, this.flags, yearOf(this.years.yearStart, i));
    return this.cum[i];
  }

  /** @internal `work[k]` (0 ≤ k < work.length), its year made first if need be. */
  private workAt(k: number): number {
    const i = this.work[k];
    if (i >= 0) return i;
    makeYear(this.years, this.flags, yearOfWork(this.years, k));
    return this.work[k];
  }

  /**
   * @internal Memory of the look-up tables, in bytes: the typed arrays; the slots of the two ISO
   * tables (8 bytes each); and the ISO strings made so far (≈ 32 bytes each, shared by both).
   */
  tableMemory(): { typed: number; isoSlots: number; isoStrings: number; isoMade: number } {
    const deps = this.depTables ? this.depTables.cumProvisional.byteLength + this.depTables.cumPending.byteLength : 0;
    const typed = this.flags.byteLength + this.cum.byteLength + this.work.byteLength + this.monthStart.byteLength + this.monthLength.byteLength + deps;
    let isoMade = 0;
    for (const s of this.iso) if (s !== undefined) isoMade++;
    return { typed, isoSlots: 8 * (this.iso.length + this.workIso.length), isoStrings: 32 * isoMade, isoMade };
  }

  /** @internal The core of {@link Calendar.addWorkingDays}, on indexes. */
  private addAt(i: number, n: number, fn: string): number {
    if (!Number.isInteger(n)) throw badCount(fn, n);
    const working = this.flags[i] & WORKING;
    let k: number;
    if (n > 0) k = this.cumAt(i) + n - 1;
    else if (n < 0) k = this.cumAt(i) - working + n;
    else {
      if (working) return i;
      throw new VnDeadlinesError(
        'not_a_working_day',
        `${fn}: ${this.isoAt(i)} is not a working day, so adding 0 working days has no answer; use roll(date, 'following') or roll(date, 'preceding')`,
        { value: this.isoAt(i) },
      );
    }
    if (k < 0 || k >= this.work.length) throw this.beyond(fn, `the answer for ${this.isoAt(i)} ${n > 0 ? '+' : ''}${n} working days`);
    return this.workAt(k);
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
    // Fast path: two in-range 'YYYY-MM-DD' whose years' counts are made.
    const i = typeof a === 'string' ? this.isoIndex(a) : -1;
    const j = typeof b === 'string' ? this.isoIndex(b) : -1;
    if ((i | j) >= 0) {
      const ci = this.cum[i];
      const cj = this.cum[j];
      if ((ci | cj) >= 0) return i <= j ? cj - ci : cj - (this.flags[j] & WORKING) - (ci - (this.flags[i] & WORKING));
    }
    return this.betweenSlow(a, b);
  }

  /** @internal {@link Calendar.workingDaysBetween} for what its fast path does not take. */
  private betweenSlow(a: DateLike, b: DateLike): number {
    return this.betweenAt(this.index(a, 'workingDaysBetween'), this.index(b, 'workingDaysBetween'));
  }

  /** @internal {@link Calendar.workingDaysBetween} of the days at indexes `i` and `j`. */
  private betweenAt(i: number, j: number): number {
    const ci = this.cumAt(i);
    const cj = this.cumAt(j);
    if (i <= j) return cj - ci;
    return cj - (this.flags[j] & WORKING) - (ci - (this.flags[i] & WORKING));
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
      throw new VnDeadlinesError('invalid_argument', `roll: unknown convention ${showJson(convention)}; use one of ${ROLLS.join(', ')}`, {
        value: convention,
      });
    }
    return this.isoAt(this.rollAt(i, convention, 'roll'));
  }

  /** @internal The core of {@link Calendar.roll}, on indexes; `convention` is one of the five. */
  private rollAt(i: number, convention: RollConvention, fn: string): number {
    if (convention === 'none' || this.flags[i] & WORKING) return i;
    if (convention === 'following') return this.addAt(i, 1, fn);
    if (convention === 'preceding') return this.addAt(i, -1, fn);
    const month = this.isoAt(i).slice(0, 7);
    const first = convention === 'modifiedFollowing' ? 1 : -1;
    // The working day in the first direction (i is not a working day: cum[i] counts those before it).
    const w = first > 0 ? this.cumAt(i) : this.cumAt(i) - 1;
    if (w >= 0 && w < this.work.length) {
      const k = this.workAt(w);
      return this.isoAt(k).slice(0, 7) === month ? k : this.addAt(i, -first, fn);
    }
    // None inside the calendar. When the calendar ends on a month's edge (it covers whole
    // years), that day lies in another month: the convention turns back, inside the calendar.
    const edge = first > 0 ? this.flags.length - 1 : 0;
    if (formatDay(this.start + edge + first).slice(0, 7) !== this.isoAt(edge).slice(0, 7)) return this.addAt(i, -first, fn);
    return this.addAt(i, first, fn);
  }

  /**
   * @internal Day-number forms of the queries, for the rule engine's hot path: no ISO parsing.
   * `day` is a day number (days since 1970-01-01); errors as the ISO forms, naming `fn`.
   */
  dayAdd(day: number, n: number, fn: string): number {
    return this.start + this.addAt(this.at(day, fn), n, fn);
  }

  /** @internal See {@link Calendar.dayAdd}. */
  dayRoll(day: number, convention: RollConvention, fn: string): number {
    return this.start + this.rollAt(this.at(day, fn), convention, fn);
  }

  /** @internal {@link Calendar.workingDaysBetween} of two day numbers, without their ISO strings. */
  dayWorkingDaysBetween(a: number, b: number): number {
    return this.betweenAt(this.at(a, 'workingDaysBetween'), this.at(b, 'workingDaysBetween'));
  }

  /** @internal The ISO string of a day number (kept once made, inside the range). */
  dayIso(day: number): string {
    const i = day - this.start;
    return i >= 0 && i < this.flags.length ? this.isoAt(i) : formatDay(day);
  }

  /**
   * @internal What the days from `lo` to `hi` (day numbers, both included, `lo` ≤ `hi`) rest
   * on, without allocating: bit 1 a provisional day, bit 2 a pending announcement; 0 for neither.
   */
  dayDependencyMask(lo: number, hi: number, fn: string): number {
    const t = this.depTables ?? this.deps();
    // The fast path: inside the longest run of days that rest on nothing provisional or pending.
    if (lo - this.start >= t.cleanFrom && hi - this.start <= t.cleanTo) return 0;
    const j = this.at(hi, fn);
    const before = this.at(lo, fn) - 1;
    const prov = t.cumProvisional[j] - (before < 0 ? 0 : t.cumProvisional[before]);
    const pend = t.cumPending[j] - (before < 0 ? 0 : t.cumPending[before]);
    return (prov > 0 ? 1 : 0) | (pend > 0 ? 2 : 0);
  }

  /** @internal Index of a day number, or `out_of_coverage` naming `fn`. */
  private at(day: number, fn: string): number {
    const i = day - this.start;
    if (i >= 0 && i < this.flags.length) return i;
    return this.index(formatDay(day), fn);
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
      throw new VnDeadlinesError(
        'invalid_argument',
        `nonWorkingDays: 'to' (${this.isoAt(j)}) is before 'from' (${this.isoAt(i)}); swap them`,
        {
          from: this.isoAt(i),
          to: this.isoAt(j),
        },
        { key: 'range_reversed' },
      );
    }
    const out: DayInfo[] = [];
    for (let k = i; k <= j; k++) if (!(this.flags[k] & WORKING)) out.push(this.dayInfo(this.isoAt(k)));
    return out;
  }

  /**
   * What a computation over the days between `a` and `b` (both included, either order) rests
   * on: whether a provisional day lies there, and which pending announcements are dated there.
   * @example `cal.dependencies('2026-11-20', '2026-11-27').pending[0].date // '2026-11-23'`
   * @throws `invalid_date`, `out_of_coverage`
   */
  dependencies(a: DateLike, b: DateLike): Dependencies {
    const i = this.index(a, 'dependencies');
    const j = this.index(b, 'dependencies');
    return this.depsOf(Math.min(i, j), Math.max(i, j));
  }

  /** @internal The dependency tables, made on first use. */
  private deps(): DependencyTables {
    return (this.depTables ??= dependencyTables(this.flags));
  }

  /** @internal Dependencies of the index range [i, j]; empty when j < i. */
  private depsOf(i: number, j: number): Dependencies {
    if (j < i) return { provisional: false, pending: [] };
    const { cumProvisional } = this.deps();
    const provisional = cumProvisional[j] - (i > 0 ? cumProvisional[i - 1] : 0) > 0;
    const pending: PendingNotice[] = [];
    for (const k of this.pendingIndexes) if (k >= i && k <= j) pending.push(...this.pendingByIndex.get(k)!);
    return { provisional, pending };
  }

  /**
   * The same queries, each returning `{ result, provisional, pending }`: whether a provisional
   * day lies in the days the answer depends on (those after the start up to and including the
   * answer; the day itself for `isWorkingDay`), and which pending announcements are dated there.
   * Slower than the plain methods only by that look-up.
   * @example
   * ```ts
   * const r = cal.detailed.addWorkingDays('2026-11-20', 3);
   * // { result: '2026-11-26', provisional: false, pending: [{ date: '2026-11-23', … }] }
   * ```
   */
  get detailed(): DetailedQueries {
    const at = (d: DateLike, fn: string) => this.index(d, fn);
    const span = (a: number, b: number) => (a <= b ? this.depsOf(a + 1, b) : this.depsOf(b, a - 1));
    const idx = (iso: string) => at(iso, 'detailed');
    return {
      isWorkingDay: (d) => {
        const i = at(d, 'isWorkingDay');
        return { result: (this.flags[i] & WORKING) !== 0, ...this.depsOf(i, i) };
      },
      addWorkingDays: (d, n) => {
        const result = this.addWorkingDays(d, n);
        const i = at(d, 'addWorkingDays');
        const j = idx(result);
        return { result, ...(n === 0 ? this.depsOf(i, i) : span(i, j)) };
      },
      subWorkingDays: (d, n) => {
        const result = this.subWorkingDays(d, n);
        const i = at(d, 'subWorkingDays');
        const j = idx(result);
        return { result, ...(n === 0 ? this.depsOf(i, i) : span(i, j)) };
      },
      workingDaysBetween: (a, b) => ({ result: this.workingDaysBetween(a, b), ...span(at(a, 'workingDaysBetween'), at(b, 'workingDaysBetween')) }),
      nextWorkingDay: (d) => {
        const result = this.nextWorkingDay(d);
        return { result, ...span(at(d, 'nextWorkingDay'), idx(result)) };
      },
      previousWorkingDay: (d) => {
        const result = this.previousWorkingDay(d);
        return { result, ...span(at(d, 'previousWorkingDay'), idx(result)) };
      },
      roll: (d, c) => {
        const result = this.roll(d, c);
        const i = at(d, 'roll');
        const j = idx(result);
        return { result, ...this.depsOf(Math.min(i, j), Math.max(i, j)) };
      },
      nonWorkingDays: (from, to) => ({ result: this.nonWorkingDays(from, to), ...this.depsOf(at(from, 'nonWorkingDays'), at(to, 'nonWorkingDays')) }),
    };
  }
}

/** The calendar's queries with what each answer rests on: see {@link Calendar.detailed}. */
export interface DetailedQueries {
  /** {@link Calendar.isWorkingDay}; depends on the day itself. */
  isWorkingDay(date: DateLike): Detailed<boolean>;
  /** {@link Calendar.addWorkingDays}; depends on the days after the start up to the answer. */
  addWorkingDays(date: DateLike, n: number): Detailed<string>;
  /** {@link Calendar.subWorkingDays}; depends on the days from the answer up to the start. */
  subWorkingDays(date: DateLike, n: number): Detailed<string>;
  /** {@link Calendar.workingDaysBetween}; depends on the days counted. */
  workingDaysBetween(a: DateLike, b: DateLike): Detailed<number>;
  /** {@link Calendar.nextWorkingDay}. */
  nextWorkingDay(date: DateLike): Detailed<string>;
  /** {@link Calendar.previousWorkingDay}. */
  previousWorkingDay(date: DateLike): Detailed<string>;
  /** {@link Calendar.roll}; depends on the days from the date to the answer. */
  roll(date: DateLike, convention: RollConvention): Detailed<string>;
  /** {@link Calendar.nonWorkingDays}; depends on the whole range. */
  nonWorkingDays(from: DateLike, to: DateLike): Detailed<DayInfo[]>;
}

/**
 * A day as the calendar's methods accept it: `'YYYY-MM-DD'`; or an instant (an ISO timestamp
 * with offset, a JS `Date`, a luxon `DateTime`), taken as the day it falls on in Vietnam (UTC+7).
 */
export type DateLike = string | Date | LuxonDateTimeLike;

function badCount(fn: string, n: unknown): VnDeadlinesError {
  return new VnDeadlinesError(
    'invalid_argument',
    `${fn}: n must be a whole number of working days, got ${String(n)}`,
    { value: n },
    { key: 'not_whole_number' },
  );
}

/** The calendar's official years and data versions (see {@link Calendar.dataVersion}). */
function dataVersionsOf(source: CalendarSource) {
  const officialYears = [...new Set(source.official.map((y) => y.year))].filter((y) => y >= source.firstYear && y <= source.lastYear).sort((a, b) => a - b);
  const dataVersions: Record<number, string> = Object.fromEntries(source.official.map((y) => [y.year, y.dataVersion]));
  const loaded = new Set(source.loadedYears ?? []);
  const loadedYears = [...loaded].sort((a, b) => a - b);
  const shipped =
    source.official
      .filter((y) => !loaded.has(y.year))
      .map((y) => y.dataVersion)
      .sort()
      .pop() ?? '';
  const dataVersion = source.lawOnly ? 'law-only' : [shipped, ...loadedYears.map((y) => `${y}@${dataVersions[y]}`)].filter(Boolean).join('+');
  return { officialYears, dataVersions, loadedYears, dataVersion };
}
