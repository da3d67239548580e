import { readFileSync } from 'node:fs';
/**
 * Wrong-typed arguments to every public function (issue 11, item 14): a VnDeadlinesError with a
 * stable code, never a raw TypeError and never a wrong answer. Each function is called with
 * valid arguments, then with each argument in turn replaced by each wrong value below. A few
 * replacements are legitimate (leaving out an optional argument, any object as options): those
 * are listed per function and must return normally.
 *
 * Every function the entry points export must appear in the table, so that a new export
 * is checked too.
 */
import { describe, expect, it } from 'vitest';
import * as main from '../src/index.js';
import * as calendarEntry from '../src/calendar/index.js';
import * as engineEntry from '../src/engine.js';
import * as icsEntry from '../src/ics/index.js';
import * as planEntry from '../src/plan/index.js';
import * as validateEntry from '../src/validate.js';
import { VnDeadlinesError, type ErrorCode } from '../src/core/errors.js';
import { MY_RULE } from './support/my-rule.js';

const CODES: readonly ErrorCode[] = [
  'invalid_date',
  'invalid_argument',
  'out_of_coverage',
  'not_a_working_day',
  'invalid_data',
  'invalid_rule',
  'unknown_rule',
  'duplicate_rule',
  'missing_fact',
  'invalid_fact',
  'no_variant',
];

/** A luxon-like value that says it is valid but has no instant. */
const nanDateTime = { isLuxonDateTime: true, isValid: true, toMillis: () => Number.NaN };

const WRONG: Record<string, unknown> = {
  null: null,
  undefined: undefined,
  number: 42,
  string: 'abc',
  array: [1],
  object: {},
  bigint: 10n,
  symbol: Symbol('x'),
  nanDateTime,
  invalidDate: new Date(Number.NaN),
};
type Wrong = keyof typeof WRONG;

/** Objects any `options` argument may be: it reads only the keys it knows. */
const OPTIONS_OK: Wrong[] = ['undefined', 'object', 'nanDateTime', 'invalidDate'];

interface Spec {
  /** Valid arguments. */
  args: unknown[];
  /** Per position, the wrong values that are legitimate there. */
  ok?: Record<number, Wrong[]>;
  /** Consumes a lazy result (a generator). */
  drain?: boolean;
}

const TABLE: Record<string, Spec> = {
  // The calendar
  isWorkingDay: { args: ['2025-04-26'] },
  dayInfo: { args: ['2025-04-26'] },
  addWorkingDays: { args: ['2025-01-20', 10], ok: { 1: ['number'] } },
  subWorkingDays: { args: ['2025-02-10', 10], ok: { 1: ['number'] } },
  workingDaysBetween: { args: ['2025-01-20', '2025-02-10'] },
  nextWorkingDay: { args: ['2025-01-24'] },
  previousWorkingDay: { args: ['2025-02-03'] },
  roll: { args: ['2025-01-27', 'preceding'] },
  nonWorkingDays: { args: ['2025-01-25', '2025-02-02'] },
  dependencies: { args: ['2026-11-20', '2026-11-27'] },
  detailed: { args: [] },
  createCalendar: { args: [{ includePending: true }], ok: { 0: OPTIONS_OK } },
  getDefaultCalendar: { args: [] },
  solarToLunar: { args: ['2025-01-29'] },
  lunarToSolar: { args: [2025, 1, 1, false], ok: { 3: ['undefined'] } },
  lunarNewYear: { args: [2025] },
  parseOverlay: {
    args: [{ name: { vi: 'Sở' }, entries: [{ date: '2025-06-02', kind: 'dayOff', name: { vi: 'Nghỉ' } }] }, 'mine.json'],
    ok: { 1: ['undefined', 'string'] },
  },
  parseHolidayYear: {
    args: [JSON.parse(readFileSync(new URL('../holidays/2026.json', import.meta.url), 'utf8')), '2026.json'],
    ok: { 1: ['undefined', 'string'] },
  },
  // Errors: any value is a fair question, and the answer is a boolean
  isVnDeadlinesError: { args: [new Error('x')], ok: { 0: Object.keys(WRONG) } },
  // Rules
  dueDate: { args: ['hp-2025/monthly-report', { month: '2025-05' }, {}], ok: { 2: OPTIONS_OK } },
  occurrences: { args: ['hp-2025/monthly-report', '2025-01-01', '2025-12-31', {}], ok: { 3: OPTIONS_OK } },
  selectVariant: { args: ['hp-2025/monthly-report', { month: '2025-05' }, {}], ok: { 2: OPTIONS_OK } },
  normalizeFacts: { args: ['hp-2025/monthly-report', { month: '2025-05' }, {}], ok: { 2: OPTIONS_OK } },
  loadRules: { args: [[], {}], ok: { 1: OPTIONS_OK } },
  compileRule: { args: [MY_RULE] },
  getRule: { args: ['hp-2025/monthly-report', main.shippedRules()], ok: { 1: ['undefined'] } },
  shippedRules: { args: [] },
  // The plan
  getPlan: { args: [] },
  parsePlan: { args: [planEntry.getPlan(), 'plan.json'], ok: { 1: ['undefined', 'string'] } },
  findUnits: { args: ['Sở Tư pháp', planEntry.getPlan()], ok: { 0: ['string'], 1: ['undefined'] } },
  rowsForUnit: { args: ['Sở Tư pháp', 'lead', planEntry.getPlan()], ok: { 0: ['string'], 1: ['undefined'], 2: ['undefined'] } },
  evaluateTargets: { args: [Object.fromEntries(planEntry.getPlan().indicators.map((i) => [i.id, 50])), planEntry.getPlan()], ok: { 1: ['undefined'] } },
  foldUnitName: { args: ['Sở Tư pháp'], ok: { 0: ['string'] } },
  planSchedule: { args: [undefined, { from: '2025-03-01', to: '2025-03-31' }], ok: { 0: OPTIONS_OK, 1: OPTIONS_OK } },
  agenda: { args: [{ from: '2025-03-01', to: '2025-03-31' }], ok: { 0: OPTIONS_OK } },
  // Compliance
  checkCompliance: { args: [{ rule: 'hp-2025/monthly-report', facts: { month: '2025-05' }, actual: '2025-05-16' }, {}], ok: { 1: OPTIONS_OK } },
  // A list of one wrong record is a list of records: one error outcome, not an exception.
  checkMany: { args: [[{ rule: 'hp-2025/monthly-report', month: '2025-05', actual: '2025-05-16' }], {}], ok: { 0: ['array'], 1: OPTIONS_OK }, drain: true },
  // vn-deadlines/engine and vn-deadlines/ics
  toEngineRules: { args: [main.shippedRules()], ok: { 0: ['undefined'] } },
  toEngineRuleProperties: { args: [main.shippedRules()], ok: { 0: ['undefined'] } },
  agendaToIcs: { args: [[], { stamp: '2025-03-01T08:00:00+07:00' }], ok: { 1: OPTIONS_OK } },
  nonWorkingDaysToIcs: { args: [2025, { stamp: '2025-03-01T08:00:00+07:00' }], ok: { 1: OPTIONS_OK } },
};

/** Functions exported by the entries, by name (classes and schemas left out). */
const exported = new Map<string, (...a: unknown[]) => unknown>();
for (const entry of [main, calendarEntry, engineEntry, icsEntry, planEntry, validateEntry] as Record<string, unknown>[]) {
  for (const [name, value] of Object.entries(entry)) {
    if (typeof value === 'function' && !/^[A-Z]/.test(name)) exported.set(name, value as (...a: unknown[]) => unknown);
  }
}

function call(name: string, spec: Spec, args: unknown[]): unknown {
  const r = exported.get(name)!(...args);
  return spec.drain ? [...(r as Iterable<unknown>)] : r;
}

describe('wrong-typed arguments to the public functions', () => {
  it('every exported function is in the table', () => {
    expect([...exported.keys()].filter((n) => !(n in TABLE))).toEqual([]);
    expect(Object.keys(TABLE).filter((n) => !exported.has(n))).toEqual([]);
  });

  for (const [name, spec] of Object.entries(TABLE)) {
    it(`${name}: valid arguments work; each wrong one is a VnDeadlinesError with a code`, () => {
      call(name, spec, spec.args);
      const failures: string[] = [];
      spec.args.forEach((_, pos) => {
        for (const [label, value] of Object.entries(WRONG)) {
          const args = [...spec.args];
          args[pos] = value;
          const accepted = spec.ok?.[pos]?.includes(label) ?? false;
          try {
            call(name, spec, args);
            if (!accepted) failures.push(`argument ${pos} = ${label}: returned, expected a VnDeadlinesError`);
          } catch (e) {
            if (!(e instanceof VnDeadlinesError)) failures.push(`argument ${pos} = ${label}: ${(e as Error)?.constructor?.name}: ${(e as Error)?.message}`);
            else if (!CODES.includes(e.code)) failures.push(`argument ${pos} = ${label}: code ${String(e.code)}`);
            else if (accepted) failures.push(`argument ${pos} = ${label}: ${e.code}: ${e.message}, expected an answer`);
          }
        }
      });
      expect(failures.join('\n')).toBe('');
    });
  }
});

describe('the cases the issue names', () => {
  const code = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      if (e instanceof VnDeadlinesError) return e.code;
      throw e;
    }
    return 'returned';
  };

  it('createCalendar(null), createCalendar({ overlays: "x" }): invalid_argument', () => {
    expect(code(() => main.createCalendar(null as never))).toBe('invalid_argument');
    expect(code(() => main.createCalendar({ overlays: 'x' as never }))).toBe('invalid_argument');
    expect(code(() => calendarEntry.createCalendar(null as never))).toBe('invalid_argument');
    expect(code(() => calendarEntry.createCalendar({ overlays: 'x' as never }))).toBe('invalid_argument');
    expect(code(() => calendarEntry.createCalendar({ overlays: [null as never] }))).toBe('invalid_data');
  });

  it('dueDate(id, facts, { rules: {} }), { calendar: {} }: invalid_argument naming the option', () => {
    expect(() => main.dueDate('hp-2025/monthly-report', { month: '2025-05' }, { rules: {} as never })).toThrow(/^dueDate: options\.rules must be a RuleSet/);
    expect(() => main.dueDate('hp-2025/monthly-report', { month: '2025-05' }, { calendar: {} as never })).toThrow(
      /^dueDate: options\.calendar must be a Calendar/,
    );
  });

  it("checkMany(null) and checkMany('abc'): invalid_argument, not one outcome per character", () => {
    expect(code(() => main.checkMany(null as never))).toBe('invalid_argument');
    expect(code(() => main.checkMany('abc' as never))).toBe('invalid_argument');
  });

  it('a BigInt rule id: unknown_rule with a message, not a TypeError from JSON.stringify', () => {
    expect(() => main.getRule(10n as never)).toThrow('getRule: a rule id is text, got 10n (a BigInt)');
    expect(code(() => main.dueDate(10n as never, {}))).toBe('unknown_rule');
  });

  it('a luxon-like value whose toMillis() is NaN is invalid_date, not "not a working day"', () => {
    expect(code(() => main.isWorkingDay(nanDateTime as never))).toBe('invalid_date');
    expect(code(() => main.addWorkingDays(nanDateTime as never, 1))).toBe('invalid_date');
    expect(code(() => main.getDefaultCalendar().isWorkingDay(nanDateTime as never))).toBe('invalid_date');
  });
});
