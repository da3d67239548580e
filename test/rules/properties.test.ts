/**
 * Properties of due dates over the shipped rules and random facts: direction of offsets,
 * working-day answers, the last working day, and steps that reproduce the due day.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { getDefaultCalendar } from '../../src/calendar/create.js';
import { formatDay, tryParseIsoDay } from '../../src/core/days.js';
import { loadRules } from '../../src/validate.js';
import { dueDate, occurrences, selectVariant, shippedRules, type CompiledRule, type DueResult, type RuleVariant } from '../../src/rules/index.js';
import { factsFor, isoBetween } from './support.js';

const cal = getDefaultCalendar();
const day = (iso: string) => tryParseIsoDay(iso)!;
const rules = shippedRules().list();

/** Facts that select the given variant of a rule. */
const factsSelecting = (rule: CompiledRule, variant: RuleVariant) =>
  factsFor(rule, { complete: true }).filter((f) => {
    try {
      return selectVariant(rule, f) === variant.id;
    } catch {
      return false;
    }
  });

const variantsOf = (kinds: string[]) =>
  rules.flatMap((rule) => rule.variants.filter((v) => kinds.includes(v.deadline.kind)).map((variant) => ({ rule, variant })));

/**
 * Month arithmetic by an outside implementation: luxon's `plus({ months })` keeps the day of the
 * month, or takes the month's last day when it has no such day, as BLDS 2015 Điều 148 khoản 2–4
 * has it (the hand-worked cases in 'month and year periods' below pin the same rule).
 */
const luxonAddMonths = (iso: string, k: number): string => DateTime.fromISO(iso, { zone: 'utc' }).plus({ months: k }).toISODate()!;

/**
 * Replays a result's steps to the due day, checking each step against the calendar: the days
 * counted are working days, the days skipped are not, nothing is left out.
 */
function replay(res: DueResult, variant: RuleVariant): string | null {
  const steps = res.steps;
  const dueAt = steps.findIndex((s) => s.kind === 'due');
  const d = variant.deadline;
  if (dueAt < 0) {
    expect(res.due).toBeNull();
    return null;
  }
  const before = steps.slice(0, dueAt);
  if (d.kind === 'offset' && d.unit === 'workingDays') {
    const walk = before.filter((s) => s.kind === 'count' || s.kind === 'skip');
    const dir = d.direction === 'after' ? 1 : -1;
    walk.forEach((s, i) => {
      expect(day(s.date!)).toBe(day(res.from!) + dir * (i + 1));
      expect(cal.isWorkingDay(s.date!)).toBe(s.kind === 'count');
    });
    const counted = walk.filter((s) => s.kind === 'count');
    expect(counted.length).toBe(d.amount);
    return counted[counted.length - 1].date;
  }
  if (d.kind === 'offset') {
    const sign = d.direction === 'after' ? 1 : -1;
    const target =
      d.unit === 'calendarDays'
        ? formatDay(day(res.from!) + sign * d.amount)
        : d.unit === 'weeks'
          ? formatDay(day(res.from!) + sign * 7 * d.amount)
          : luxonAddMonths(res.from!, sign * d.amount * (d.unit === 'years' ? 12 : 1));
    expect(before.find((s) => s.kind === 'target')!.date).toBe(target);
    const skipped = before.filter((s) => s.kind === 'skip');
    if (skipped.length === 0) return target;
    const roll = before.find((s) => s.kind === 'roll')!;
    const dir = day(roll.date!) > day(target) ? 1 : -1;
    skipped.forEach((s, i) => {
      expect(day(s.date!)).toBe(day(target) + dir * i);
      expect(cal.isWorkingDay(s.date!)).toBe(false);
    });
    return formatDay(day(skipped[skipped.length - 1].date!) + dir);
  }
  if (d.kind === 'immediatelyAfter') {
    const skipped = before.filter((s) => s.kind === 'skip');
    skipped.forEach((s, i) => {
      expect(day(s.date!)).toBe(day(res.from!) + 1 + i);
      expect(cal.isWorkingDay(s.date!)).toBe(false);
    });
    return formatDay(day(res.from!) + 1 + skipped.length);
  }
  return steps[dueAt].date;
}

/** A rule of one variant: `amount` `unit` after (or before) `from`, not rolled, so the due day is the target day. */
function periodRule(amount: number, unit: 'months' | 'years', direction: 'after' | 'before') {
  const rule = {
    id: 'test/period',
    title: { vi: 'Thời hạn', en: 'Period' },
    source: { document: 'CV 1/X', date: '2025-01-02', item: '1', text: 'trong thời hạn', verbatim: true },
    legalBasis: [{ document: 'CV 1/X' }],
    facts: { from: { type: 'date', description: { vi: 'Ngày bắt đầu', en: 'Start' } } },
    variants: [{ id: 'only', deadline: { kind: 'offset', from: 'from', amount, unit, direction, roll: 'none' } }],
    ...(direction === 'before' ? { interpretation: { vi: 'Thử', en: 'Test' } } : {}),
  };
  return loadRules({ rules: [rule] }).get('test/period');
}
const periodEnd = (from: string, amount: number, unit: 'months' | 'years', direction: 'after' | 'before' = 'after') =>
  dueDate(periodRule(amount, unit, direction), { from }).due;

describe('month and year periods (BLDS 2015 Điều 148 khoản 2–4)', () => {
  // Worked by hand: a period of months ends on the corresponding day of the last month, or on
  // that month's last day when it has no corresponding day (khoản 4); a year is twelve months.
  const cases: [string, number, 'months' | 'years', 'after' | 'before', string][] = [
    ['2025-01-15', 1, 'months', 'after', '2025-02-15'],
    ['2025-01-31', 1, 'months', 'after', '2025-02-28'],
    ['2024-01-31', 1, 'months', 'after', '2024-02-29'],
    ['2025-08-31', 1, 'months', 'after', '2025-09-30'],
    ['2025-10-31', 4, 'months', 'after', '2026-02-28'],
    ['2025-12-31', 2, 'months', 'after', '2026-02-28'],
    ['2025-11-30', 3, 'months', 'after', '2026-02-28'],
    ['2025-03-31', 1, 'months', 'before', '2025-02-28'],
    ['2025-01-10', 2, 'months', 'before', '2024-11-10'],
    ['2024-05-31', 3, 'months', 'before', '2024-02-29'],
    ['2024-02-29', 1, 'years', 'after', '2025-02-28'],
    ['2023-02-28', 1, 'years', 'after', '2024-02-28'],
    ['2025-06-30', 2, 'years', 'before', '2023-06-30'],
  ];
  for (const [from, amount, unit, direction, end] of cases) {
    it(`${amount} ${unit} ${direction} ${from} is ${end}`, () => {
      expect(periodEnd(from, amount, unit, direction)).toBe(end);
    });
  }

  it('agrees with luxon plus({ months }) on any day and any number of months', () => {
    fc.assert(
      fc.property(isoBetween('2016-01-01', '2097-12-31'), fc.integer({ min: 1, max: 24 }), fc.boolean(), (from, amount, after) => {
        const end = periodEnd(from, amount, 'months', after ? 'after' : 'before');
        expect(end).toBe(luxonAddMonths(from, after ? amount : -amount));
      }),
      { numRuns: 300 },
    );
  });
});

describe('offsets', () => {
  const offsets = variantsOf(['offset', 'immediatelyAfter']);

  it('there are offset variants of every unit used and both directions', () => {
    const units = new Set(offsets.map(({ variant }) => (variant.deadline.kind === 'offset' ? `${variant.deadline.unit}/${variant.deadline.direction}` : 'immediatelyAfter')));
    expect([...units].sort()).toEqual(['calendarDays/after', 'calendarDays/before', 'immediatelyAfter', 'workingDays/after', 'workingDays/before']);
  });

  for (const { rule, variant } of offsets) {
    const d = variant.deadline;
    const after = d.kind === 'immediatelyAfter' || (d.kind === 'offset' && d.direction === 'after');
    const workingAnswer = d.kind === 'immediatelyAfter' || (d.kind === 'offset' && (d.unit === 'workingDays' || (d.roll ?? 'x') !== 'none'));
    it(`${rule.id}#${variant.id}: ${after ? 'never before' : 'never after'} its fact${workingAnswer ? '; a working day' : ''}; steps reproduce the due day`, () => {
      fc.assert(
        fc.property(factsSelecting(rule, variant), (facts) => {
          const r = dueDate(rule, facts);
          if (after) expect(r.due! >= r.from!).toBe(true);
          else expect(r.due! <= r.from!).toBe(true);
          if (d.kind === 'offset' && d.unit === 'workingDays') expect(cal.workingDaysBetween(r.from!, r.due!)).toBe(after ? d.amount : -d.amount);
          if (workingAnswer) expect(cal.isWorkingDay(r.due!)).toBe(true);
          expect(replay(r, variant)).toBe(r.due);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('a later fact never gives an earlier due day (central list, 10 working days)', () => {
    fc.assert(
      fc.property(isoBetween('2019-01-01', '2026-11-30'), isoBetween('2019-01-01', '2026-11-30'), (a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        expect(dueDate('hp-2025/central-tthc-list', { ministryDecisionDate: x }).due! <= dueDate('hp-2025/central-tthc-list', { ministryDecisionDate: y }).due!).toBe(true);
      }),
    );
  });

  it('an instant gives the answer of the day it falls on in Vietnam (UTC+7)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2026, 10, 1) }), (ms) => {
        const iso = formatDay(Math.floor((ms + 7 * 3_600_000) / 86_400_000));
        expect(dueDate('nd63/national-database-entry', { publicationDecisionDate: new Date(ms) }).due).toBe(
          dueDate('nd63/national-database-entry', { publicationDecisionDate: iso }).due,
        );
      }),
    );
  });
});

describe('every shipped rule, random facts', () => {
  for (const rule of rules) {
    it(`${rule.id}: the last working day is the last working day on or before the due day; steps reproduce it`, () => {
      fc.assert(
        fc.property(factsFor(rule, { complete: true }), (facts) => {
          const id = selectVariant(rule, facts);
          fc.pre(id !== null);
          const r = dueDate(rule, facts);
          const variant = rule.variants.find((v) => v.id === id)!;
          expect(r.variant).toBe(id);
          expect(replay(r, variant)).toBe(r.due);
          if (r.due === null) {
            expect(r.lastWorkingDay).toBeNull();
            expect(r.note).not.toBeNull();
            return;
          }
          const lwd = r.lastWorkingDay!;
          expect(cal.isWorkingDay(lwd)).toBe(true);
          expect(lwd <= r.due).toBe(true);
          for (let x = day(lwd) + 1; x <= day(r.due); x++) expect(cal.isWorkingDay(formatDay(x))).toBe(false);
          // A lower bound (an earliest effective date) is not explained with a "last working day".
          if (r.isDeadline) expect(r.steps.find((s) => s.kind === 'lastWorkingDay')!.date).toBe(lwd);
          else expect(r.steps.some((s) => s.kind === 'lastWorkingDay')).toBe(false);
          // Vietnamese text writes the day dd/mm/yyyy; English keeps ISO.
          expect(r.explanation.vi).toContain(`${r.due.slice(8)}/${r.due.slice(5, 7)}/${r.due.slice(0, 4)}`);
          expect(r.explanation.en).toContain(r.due);
          if (r.interpretation) expect(r.explanation.en).toContain(r.interpretation.en);
        }),
        { numRuns: rule.kinds.some((k) => ['ongoing', 'onOccurrence', 'untilSuperseded'].includes(k)) ? 3 : 40 },
      );
    });
  }
});

describe('periodic rules', () => {
  for (const id of ['nd09/monthly-report', 'nd09/quarterly-report', 'nd09/half-year-report', 'nd09/annual-report', 'hp-2025/monthly-report']) {
    it(`${id}: consecutive data periods tile the days without gap or overlap, and each is due after its data closes`, () => {
      const list = occurrences(id, '2020-01-01', '2025-12-31');
      expect(list.length).toBeGreaterThan(5);
      for (let i = 0; i < list.length; i++) {
        const p = list[i].dataPeriod!;
        expect(p.from <= p.to).toBe(true);
        expect(list[i].due! > p.to).toBe(true);
        if (i > 0) expect(day(p.from)).toBe(day(list[i - 1].dataPeriod!.to) + 1);
      }
    });
  }
});
