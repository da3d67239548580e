/**
 * The deadline kinds, compiled once per variant into a function of the fact values. Arithmetic
 * is on the integer day core; working days come from the calendar's O(1) methods, never a
 * day-by-day loop. Counting follows DOMAIN §3 (Bộ luật Dân sự 2015, Điều 144–148).
 */
import type { Calendar } from '../calendar/calendar.js';
import type { LocalizedText, RollConvention } from '../calendar/types.js';
import { civilFromDays, daysFromCivil, daysInMonth, formatDay, tryParseIsoDay } from '../core/days.js';
import type { FactValues } from './conditions.js';
import type { DeadlineDefinition, DeadlineKind } from './schema.js';
import type { DataPeriod } from './types.js';

/**
 * What a deadline computes; the result object itself is passed in, to allocate nothing more.
 * Each day is kept both as ISO text and as a day number (`NO_DAY` when absent), so that the
 * calendar is asked on day numbers, never re-parsing text. @internal
 */
export interface Computed {
  from: string | null;
  fromDay: number;
  target: string | null;
  targetDay: number;
  due: string | null;
  dueDay: number;
  windowStart: string | null;
  period: string | null;
  dataPeriod: DataPeriod | null;
}

/** A compiled deadline. @internal */
export interface CompiledDeadline {
  readonly kind: DeadlineKind;
  readonly definition: DeadlineDefinition;
  /** Names of the facts it reads (each must be present). */
  readonly needs: readonly string[];
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
  compute(values: FactValues, cal: Calendar, out: Computed): void;
  /** Periodic only: the unrolled due day of a period. */
  readonly periodTarget?: (period: string) => string;
}

/**
 * The day `k` months after `day` (k may be negative): the corresponding day, or the month's last
 * day (BLDS 2015 Điều 148 khoản 2–4).
 * @example `formatDay(addMonths(tryParseIsoDay('2025-01-31')!, 1)) // '2025-02-28'`
 * @internal
 */
export function addMonths(day: number, k: number): number {
  const [y, m, d] = civilFromDays(day);
  const total = y * 12 + (m - 1) + k;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return daysFromCivil(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** First and last month (as year*12 + month-1) of a period value. @internal */
export function periodMonths(type: 'monthly' | 'quarterly' | 'halfYearly' | 'yearly', value: string): [number, number] {
  const y = Number(value.slice(0, 4));
  switch (type) {
    case 'monthly': {
      const m = Number(value.slice(5, 7));
      return [y * 12 + m - 1, y * 12 + m - 1];
    }
    case 'quarterly': {
      const q = Number(value.slice(6, 7));
      return [y * 12 + 3 * q - 3, y * 12 + 3 * q - 1];
    }
    case 'halfYearly': {
      const h = Number(value.slice(6, 7));
      return [y * 12 + 6 * h - 6, y * 12 + 6 * h - 1];
    }
    default:
      return [y * 12, y * 12 + 11];
  }
}

/** The day named by a period point: a day of the month `anchor + monthOffset`, clamped to the month. @internal */
export function periodPoint(first: number, last: number, p: { anchor: 'firstMonth' | 'lastMonth'; monthOffset: number; day: number | 'last' }): number {
  const idx = (p.anchor === 'firstMonth' ? first : last) + p.monthOffset;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  const dim = daysInMonth(y, m);
  return daysFromCivil(y, m, p.day === 'last' ? dim : Math.min(p.day, dim));
}

/** Lists the periods (as fact values) of the years fromYear…toYear, both included. @internal */
export function periodsOf(type: 'monthly' | 'quarterly' | 'halfYearly' | 'yearly', fromYear: number, toYear: number): string[] {
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

/**
 * Compiles a deadline.
 * @param d - the validated deadline
 * @param indexOf - position of a fact among the rule's facts
 * @param factCount - how many facts the rule has: a date fact's day number is at `factCount + position`
 * @internal
 */
export function compileDeadline(d: DeadlineDefinition, indexOf: (fact: string) => number, factCount: number): CompiledDeadline {
  const base = {
    kind: d.kind,
    definition: d,
    note: null as LocalizedText | null,
    roll: 'none' as RollConvention,
    span: 'target' as CompiledDeadline['span'],
    working: false,
  };
  switch (d.kind) {
    case 'offset': {
      const i = indexOf(d.from);
      const after = d.direction === 'after';
      if (d.unit === 'workingDays') {
        const n = after ? d.amount : -d.amount;
        return {
          ...base,
          span: after ? 'countAfter' : 'countBefore',
          working: true,
          needs: [d.from],
          compute(v, cal, out) {
            const iso = v[i] as string;
            const day = v[i + factCount] as number;
            const due = cal.dayAdd(day, n, 'addWorkingDays');
            out.from = iso;
            out.fromDay = day;
            out.dueDay = due;
            out.due = cal.dayIso(due);
          },
        };
      }
      const sign = after ? 1 : -1;
      const shift: (day: number) => number =
        d.unit === 'calendarDays'
          ? (day) => day + sign * d.amount
          : d.unit === 'weeks'
            ? (day) => day + sign * 7 * d.amount
            : d.unit === 'months'
              ? (day) => addMonths(day, sign * d.amount)
              : (day) => addMonths(day, sign * 12 * d.amount);
      const roll: RollConvention = d.roll ?? (after ? 'following' : 'preceding');
      return {
        ...base,
        roll,
        working: roll !== 'none',
        needs: [d.from],
        compute(v, cal, out) {
          const iso = v[i] as string;
          const day = v[i + factCount] as number;
          const target = shift(day);
          const due = roll === 'none' ? target : cal.dayRoll(target, roll, 'roll');
          out.from = iso;
          out.fromDay = day;
          out.targetDay = target;
          out.target = cal.dayIso(target);
          out.dueDay = due;
          out.due = cal.dayIso(due);
        },
      };
    }
    case 'immediatelyAfter': {
      const i = indexOf(d.from);
      return {
        ...base,
        roll: 'following',
        span: 'countAfter',
        working: true,
        needs: [d.from],
        compute(v, cal, out) {
          const iso = v[i] as string;
          const day = v[i + factCount] as number;
          const due = cal.dayAdd(day, 1, 'addWorkingDays');
          out.from = iso;
          out.fromDay = day;
          out.dueDay = due;
          out.due = cal.dayIso(due);
        },
      };
    }
    case 'fixed': {
      const day = (tryParseIsoDay(d.date) as number) - (d.bound === 'before' ? 1 : 0);
      const target = formatDay(day);
      const roll: RollConvention = d.roll ?? 'none';
      const windowStart = d.opensAfter === undefined ? null : formatDay((tryParseIsoDay(d.opensAfter) as number) + 1);
      const dataPeriod = d.dataPeriod ? Object.freeze({ from: d.dataPeriod.from, to: d.dataPeriod.to }) : null;
      return {
        ...base,
        roll,
        working: roll !== 'none',
        needs: [],
        compute(_v, cal, out) {
          const due = roll === 'none' ? day : cal.dayRoll(day, roll, 'roll');
          out.target = target;
          out.targetDay = day;
          out.dueDay = due;
          out.due = roll === 'none' ? target : cal.dayIso(due);
          out.windowStart = windowStart;
          out.dataPeriod = dataPeriod;
        },
      };
    }
    case 'window': {
      if (d.span === 'afterFact') {
        const i = indexOf(d.fact);
        const until = d.until;
        const untilDay = tryParseIsoDay(until) as number;
        return {
          ...base,
          needs: [d.fact],
          compute(v, cal, out) {
            const iso = v[i] as string;
            const day = v[i + factCount] as number;
            out.from = iso;
            out.fromDay = day;
            out.windowStart = cal.dayIso(day + 1);
            out.dueDay = untilDay;
            out.due = until;
          },
        };
      }
      let startDay: number;
      let endDay: number;
      if (d.span === 'month') {
        const y = Number(d.month.slice(0, 4));
        const m = Number(d.month.slice(5, 7));
        startDay = daysFromCivil(y, m, 1);
        endDay = daysFromCivil(y, m, daysInMonth(y, m));
      } else {
        const y = Number(d.year);
        startDay = daysFromCivil(y, 1, 1);
        endDay = daysFromCivil(y, 12, 31);
      }
      const start = formatDay(startDay);
      const end = formatDay(endDay);
      return {
        ...base,
        needs: [],
        compute(_v, _cal, out) {
          out.windowStart = start;
          out.dueDay = endDay;
          out.due = end;
        },
      };
    }
    case 'periodic': {
      const i = indexOf(d.periodFact);
      const roll: RollConvention = d.roll ?? 'none';
      const cache = new Map<string, { target: string; targetDay: number; data: DataPeriod }>();
      const occurrence = (p: string) => {
        let hit = cache.get(p);
        if (hit === undefined) {
          const [first, last] = periodMonths(d.frequency, p);
          const due = periodPoint(first, last, d.due) - (d.due.bound === 'before' ? 1 : 0);
          hit = {
            target: formatDay(due),
            targetDay: due,
            data: Object.freeze({ from: formatDay(periodPoint(first, last, d.data.from)), to: formatDay(periodPoint(first, last, d.data.to)) }),
          };
          if (cache.size < 4096) cache.set(p, hit);
        }
        return hit;
      };
      return {
        ...base,
        roll,
        working: roll !== 'none',
        needs: [d.periodFact],
        periodTarget: (p) => occurrence(p).target,
        compute(v, cal, out) {
          const p = v[i] as string;
          const o = occurrence(p);
          out.period = p;
          out.dataPeriod = o.data;
          const due = roll === 'none' ? o.targetDay : cal.dayRoll(o.targetDay, roll, 'roll');
          out.target = o.target;
          out.targetDay = o.targetDay;
          out.dueDay = due;
          out.due = roll === 'none' ? o.target : cal.dayIso(due);
        },
      };
    }
    case 'ongoing':
      return {
        ...base,
        note: d.status ?? { vi: 'Thường xuyên: không có hạn cụ thể', en: 'Ongoing: no due day' },
        needs: [],
        compute() {},
      };
    case 'onOccurrence':
      return {
        ...base,
        note: { vi: `Khi có phát sinh: ${d.event.vi}`, en: `On occurrence: ${d.event.en}` },
        needs: [],
        compute() {},
      };
    case 'untilSuperseded':
      return {
        ...base,
        note: { vi: `Thường xuyên, cho đến khi ${d.until.vi}`, en: `Ongoing until ${d.until.en}` },
        needs: [],
        compute() {},
      };
  }
}
