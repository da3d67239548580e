/**
 * The deadline kinds, compiled once per variant into a {@link CompiledDeadline}. Arithmetic
 * is on the integer day core; working days come from the calendar's O(1) methods, never a
 * day-by-day loop. Counting follows Bộ luật Dân sự 2015, Điều 144–148 (docs/domain.md#counting-periods).
 */
import type { Calendar } from '../calendar/calendar.js';
import type { LocalizedText, RollConvention } from '../calendar/types.js';
import { civilFromDays, daysFromCivil, daysInMonth, formatDay, tryParseIsoDay } from '../core/days.js';
import type { FactValues } from './conditions.js';
import type { DeadlineDefinition, DeadlineKind } from './schema.js';
import type { DataPeriod } from './types.js';

/**
 * What a deadline computes; the result object itself is passed in, to allocate nothing more.
 * The due day is kept both as ISO text and as a day number (`NO_DAY` when absent), so that the
 * calendar is asked on day numbers, never re-parsing text; the unrolled day as a number only. @internal
 */
export interface Computed {
  targetDay: number;
  due: string | null;
  dueDay: number;
  windowStart: string | null;
  dataPeriod: DataPeriod | null;
}

/**
 * The day `k` months after `day` (k may be negative): the corresponding day, or the month's last
 * day (BLDS 2015 Điều 148 khoản 2–4).
 * @example
 * ```ts
 * // not run: addMonths is private to this module (test/rules/properties.test.ts checks it)
 * formatDay(addMonths(tryParseIsoDay('2025-01-31')!, 1)); // '2025-02-28'
 * ```
 */
function addMonths(day: number, k: number): number {
  const [y, m, d] = civilFromDays(day);
  const total = y * 12 + (m - 1) + k;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return daysFromCivil(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

type PeriodFrequency = 'monthly' | 'quarterly' | 'halfYearly' | 'yearly';

/** The first month (year*12 + month-1) of a validated period value, read without allocating. */
function periodFirstMonth(type: PeriodFrequency, value: string): number {
  const y = (value.charCodeAt(0) - 48) * 1000 + (value.charCodeAt(1) - 48) * 100 + (value.charCodeAt(2) - 48) * 10 + (value.charCodeAt(3) - 48);
  switch (type) {
    case 'monthly':
      return y * 12 + (value.charCodeAt(5) - 48) * 10 + (value.charCodeAt(6) - 48) - 1;
    case 'quarterly':
      return y * 12 + 3 * (value.charCodeAt(6) - 49);
    case 'halfYearly':
      return y * 12 + 6 * (value.charCodeAt(6) - 49);
    default:
      return y * 12;
  }
}

/** The day named by a period point: a day of the month `anchor + monthOffset`, clamped to the month. */
function periodPoint(first: number, last: number, p: { anchor: 'firstMonth' | 'lastMonth'; monthOffset: number; day: number | 'last' }): number {
  const idx = (p.anchor === 'firstMonth' ? first : last) + p.monthOffset;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  const dim = daysInMonth(y, m);
  return daysFromCivil(y, m, p.day === 'last' ? dim : Math.min(p.day, dim));
}

/** Lists the periods (as fact values) of the years fromYear…toYear, both included. @internal */
export function periodsOf(type: PeriodFrequency, fromYear: number, toYear: number): string[] {
  const out: string[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    const ys = String(y).padStart(4, '0');
    if (type === 'monthly') for (let m = 1; m <= 12; m++) out.push(`${ys}-${m < 10 ? '0' : ''}${m}`);
    else if (type === 'quarterly') for (let q = 1; q <= 4; q++) out.push(`${ys}-Q${q}`);
    else if (type === 'halfYearly') out.push(`${ys}-H1`, `${ys}-H2`);
    else out.push(ys);
  }
  return out;
}

/** How a deadline computes, one code per shape (see {@link CompiledDeadline.compute}). */
const enum Op {
  /** N working days after / before a fact. */
  WorkingDays,
  /** Calendar days, weeks, months or years after / before a fact, then rolled. */
  Shift,
  /** The first working day after a fact. */
  ImmediatelyAfter,
  /** A fixed day, maybe rolled. */
  Fixed,
  /** From the day after a fact to a fixed end. */
  WindowAfterFact,
  /** A month or a year. */
  Window,
  /** One occurrence per period. */
  Periodic,
  /** No due day: ongoing, on occurrence, until superseded. */
  None,
}

/** The months whose periods' occurrences are kept: January 2000 to December 2099. */
const CACHE_FIRST_MONTH = 2000 * 12;
const CACHE_MONTHS = 100 * 12;

interface Occurrence {
  readonly target: string;
  readonly targetDay: number;
  readonly data: DataPeriod;
}

/**
 * What {@link CompiledDeadline}'s constructor derives from a definition, filled by one function
 * per kind. A single object, reset for each deadline: compiling allocates nothing more (the
 * constructor copies it out at once, and `indexOf` compiles nothing).
 */
interface Setup {
  op: Op;
  note: LocalizedText | null;
  roll: RollConvention;
  span: CompiledDeadline['span'];
  fact: string | null;
  amount: number;
  months: boolean;
  day: number;
  dayIso: string | null;
  windowStart: string | null;
  dataPeriod: DataPeriod | null;
}

const setup: Setup = {
  op: Op.None,
  note: null,
  roll: 'none',
  span: 'target',
  fact: null,
  amount: 0,
  months: false,
  day: 0,
  dayIso: null,
  windowStart: null,
  dataPeriod: null,
};

type Definition<K extends DeadlineKind> = Extract<DeadlineDefinition, { kind: K }>;

/** N working days, or calendar days / weeks / months / years, after or before a fact. */
function setupOffset(s: Setup, d: Definition<'offset'>): void {
  s.fact = d.from;
  const sign = d.direction === 'after' ? 1 : -1;
  if (d.unit === 'workingDays') {
    s.op = Op.WorkingDays;
    s.amount = sign * d.amount;
    s.span = sign > 0 ? 'countAfter' : 'countBefore';
    s.roll = 'none';
  } else {
    s.op = Op.Shift;
    s.months = d.unit === 'months' || d.unit === 'years';
    s.amount = sign * d.amount * (d.unit === 'weeks' ? 7 : d.unit === 'years' ? 12 : 1);
    s.roll = d.roll ?? (sign > 0 ? 'following' : 'preceding');
  }
}

/** The first working day after a fact. */
function setupImmediatelyAfter(s: Setup, d: Definition<'immediatelyAfter'>): void {
  s.op = Op.ImmediatelyAfter;
  s.fact = d.from;
  s.roll = 'following';
  s.span = 'countAfter';
}

/** A fixed day (the day before it for `bound: 'before'`), maybe rolled, maybe with a window and a data period. */
function setupFixed(s: Setup, d: Definition<'fixed'>): void {
  s.op = Op.Fixed;
  s.day = tryParseIsoDay(d.date)! - (d.bound === 'before' ? 1 : 0);
  s.dayIso = formatDay(s.day);
  s.roll = d.roll ?? 'none';
  s.windowStart = d.opensAfter === undefined ? null : formatDay(tryParseIsoDay(d.opensAfter)! + 1);
  s.dataPeriod = d.dataPeriod ? Object.freeze({ from: d.dataPeriod.from, to: d.dataPeriod.to }) : null;
}

/** From the day after a fact to a fixed end, or a whole month or year. */
function setupWindow(s: Setup, d: Definition<'window'>): void {
  if (d.span === 'afterFact') {
    s.op = Op.WindowAfterFact;
    s.fact = d.fact;
    s.dayIso = d.until;
    s.day = tryParseIsoDay(d.until)!;
    return;
  }
  s.op = Op.Window;
  const y = Number(d.span === 'month' ? d.month.slice(0, 4) : d.year);
  const m = d.span === 'month' ? Number(d.month.slice(5, 7)) : 1;
  const startDay = daysFromCivil(y, m, 1);
  s.day = d.span === 'month' ? daysFromCivil(y, m, daysInMonth(y, m)) : daysFromCivil(y, 12, 31);
  s.dayIso = formatDay(s.day);
  s.windowStart = formatDay(startDay);
}

/** One occurrence per period of a period fact (the occurrences themselves are made in compute). */
function setupPeriodic(s: Setup, d: Definition<'periodic'>): void {
  s.op = Op.Periodic;
  s.fact = d.periodFact;
  s.roll = d.roll ?? 'none';
}

/** The status text of a deadline without a due day (ongoing, on occurrence, until superseded). */
function noteOf(d: Definition<'ongoing' | 'onOccurrence' | 'untilSuperseded'>): LocalizedText {
  switch (d.kind) {
    case 'ongoing':
      return d.status ?? { vi: 'Thường xuyên: không có hạn cụ thể', en: 'Ongoing: no due day' };
    case 'onOccurrence':
      return { vi: `Khi có phát sinh: ${d.event.vi}`, en: `On occurrence: ${d.event.en}` };
    case 'untilSuperseded':
      return { vi: `Thường xuyên, cho đến khi ${d.until.vi}`, en: `Ongoing until ${d.until.en}` };
  }
}

/** Resets the shared {@link setup} and fills it for a definition, one function per kind. */
function setupOf(d: DeadlineDefinition): Setup {
  const s = setup;
  s.op = Op.None;
  s.note = null;
  s.roll = 'none';
  s.span = 'target';
  s.fact = null;
  s.amount = 0;
  s.months = false;
  s.day = 0;
  s.dayIso = null;
  s.windowStart = null;
  s.dataPeriod = null;
  switch (d.kind) {
    case 'offset':
      setupOffset(s, d);
      break;
    case 'immediatelyAfter':
      setupImmediatelyAfter(s, d);
      break;
    case 'fixed':
      setupFixed(s, d);
      break;
    case 'window':
      setupWindow(s, d);
      break;
    case 'periodic':
      setupPeriodic(s, d);
      break;
    default:
      s.note = noteOf(d);
  }
  return s;
}

/** Whether the due day is a working day by construction: counted, or rolled to one. */
function isWorking(op: Op, roll: RollConvention): boolean {
  return op === Op.WorkingDays || op === Op.ImmediatelyAfter || ((op === Op.Shift || op === Op.Fixed || op === Op.Periodic) && roll !== 'none');
}
/**
 * A compiled deadline. Every kind is the same class with the same fields, and {@link compute}
 * switches on its code: one call site, one object shape, whatever mix of rules runs through
 * `dueDate` (closures per kind made those call sites megamorphic, and slow). @internal
 */
export class CompiledDeadline {
  readonly kind: DeadlineKind;
  readonly definition: DeadlineDefinition;
  /** Status text for deadlines without a due day. */
  readonly note: LocalizedText | null;
  /** The roll applied to the due day. */
  readonly roll: RollConvention;
  /**
   * Which days the answer depends on: `countAfter` the days after the fact up to the due day,
   * `countBefore` the days from the due day up to the day before the fact, `target` the days
   * between the unrolled and the rolled due day (with the last working day in both cases).
   */
  readonly span: 'countAfter' | 'countBefore' | 'target';
  /** The due day is a working day by construction (counted, or rolled to one): no roll needed for the last working day. */
  readonly working: boolean;

  /** Position of the fact it reads and needs (the date it counts from, or the period; -1: none). */
  readonly fact: number;
  /** Position of that fact's day number (a date fact): `fact + factCount`. */
  readonly factDay: number;

  readonly #op: Op;
  /** Working days (signed), calendar days (signed) or months (signed) to move. */
  readonly #amount: number;
  /** Shift: whether `#amount` counts months (else days). */
  readonly #months: boolean;
  /** Fixed: the (unrolled) due day; window: its end. */
  readonly #day: number;
  readonly #dayIso: string | null;
  readonly #windowStart: string | null;
  readonly #dataPeriod: DataPeriod | null;
  readonly #periodic: Extract<DeadlineDefinition, { kind: 'periodic' }> | null;
  /** Occurrences made so far, by first month counted from January 2000 (periods of 2000–2099; others are made each time). */
  #occurrences: (Occurrence | undefined)[] | null = null;

  /**
   * @param d - the validated deadline
   * @param indexOf - position of a fact among the rule's facts
   * @param factCount - how many facts the rule has: a date fact's day number is at `factCount + position`
   */
  constructor(d: DeadlineDefinition, indexOf: (fact: string) => number, factCount: number) {
    this.kind = d.kind;
    this.definition = d;
    const s = setupOf(d);
    this.note = s.note;
    this.roll = s.roll;
    this.span = s.span;
    this.working = isWorking(s.op, s.roll);
    this.#op = s.op;
    this.fact = s.fact === null ? -1 : indexOf(s.fact);
    this.factDay = this.fact + factCount;
    this.#amount = s.amount;
    this.#months = s.months;
    this.#day = s.day;
    this.#dayIso = s.dayIso;
    this.#windowStart = s.windowStart;
    this.#dataPeriod = s.dataPeriod;
    this.#periodic = d.kind === 'periodic' ? d : null;
  }

  /** Computes the answer for the fact values into `out` (the result object itself: nothing more is allocated). */
  compute(v: FactValues, cal: Calendar, out: Computed): void {
    switch (this.#op) {
      case Op.WorkingDays:
      case Op.ImmediatelyAfter: {
        const day = v[this.factDay] as number;
        const due = cal.dayAdd(day, this.#op === Op.WorkingDays ? this.#amount : 1, 'addWorkingDays');
        out.dueDay = due;
        out.due = cal.dayIso(due);
        return;
      }
      case Op.Shift: {
        const day = v[this.factDay] as number;
        const target = this.#months ? addMonths(day, this.#amount) : day + this.#amount;
        const due = this.roll === 'none' ? target : cal.dayRoll(target, this.roll, 'roll');
        out.targetDay = target;
        out.dueDay = due;
        out.due = cal.dayIso(due);
        return;
      }
      case Op.Fixed: {
        const due = this.roll === 'none' ? this.#day : cal.dayRoll(this.#day, this.roll, 'roll');
        out.targetDay = this.#day;
        out.dueDay = due;
        out.due = this.roll === 'none' ? this.#dayIso : cal.dayIso(due);
        out.windowStart = this.#windowStart;
        out.dataPeriod = this.#dataPeriod;
        return;
      }
      case Op.WindowAfterFact: {
        const day = v[this.factDay] as number;
        out.windowStart = cal.dayIso(day + 1);
        out.dueDay = this.#day;
        out.due = this.#dayIso;
        return;
      }
      case Op.Window:
        out.windowStart = this.#windowStart;
        out.dueDay = this.#day;
        out.due = this.#dayIso;
        return;
      case Op.Periodic: {
        const p = v[this.fact] as string;
        const o = this.#occurrence(p);
        const due = this.roll === 'none' ? o.targetDay : cal.dayRoll(o.targetDay, this.roll, 'roll');
        out.dataPeriod = o.data;
        out.targetDay = o.targetDay;
        out.dueDay = due;
        out.due = this.roll === 'none' ? o.target : cal.dayIso(due);
        return;
      }
      default:
        return;
    }
  }

  /** Periodic only: the unrolled due day of a period (a validated period value). */
  periodTarget(period: string): string {
    return this.#occurrence(period).target;
  }

  /** A period's unrolled due day and data period, made once per period (cached by its first month). */
  #occurrence(p: string): Occurrence {
    const d = this.#periodic!;
    const first = periodFirstMonth(d.frequency, p);
    const k = first - CACHE_FIRST_MONTH;
    const cached = k >= 0 && k < CACHE_MONTHS;
    if (cached) {
      const hit = (this.#occurrences ??= new Array<Occurrence | undefined>(CACHE_MONTHS).fill(undefined))[k];
      if (hit !== undefined) return hit;
    }
    const last = first + (d.frequency === 'monthly' ? 0 : d.frequency === 'quarterly' ? 2 : d.frequency === 'halfYearly' ? 5 : 11);
    const due = periodPoint(first, last, d.due) - (d.due.bound === 'before' ? 1 : 0);
    const made: Occurrence = {
      target: formatDay(due),
      targetDay: due,
      data: Object.freeze({ from: formatDay(periodPoint(first, last, d.data.from)), to: formatDay(periodPoint(first, last, d.data.to)) }),
    };
    if (cached) this.#occurrences![k] = made;
    return made;
  }

}
