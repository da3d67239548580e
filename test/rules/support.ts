/** fast-check arbitraries for rule facts, shared by the property and differential tests. */
import fc from 'fast-check';
import { daysFromCivil, formatDay, tryParseIsoDay } from '../../src/core/days.js';
import type { CompiledRule, Condition, FactSpec } from '../../src/rules/index.js';

/** Date values in conditions, with the days either side: boundary cases for comparisons. */
function conditionDates(rule: CompiledRule): string[] {
  const out = new Set<string>();
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if (rule.facts[c.fact]?.type === 'date') {
      for (const v of Array.isArray(c.value) ? c.value : [c.value]) {
        const d = tryParseIsoDay(String(v));
        if (d !== undefined) for (const k of [-1, 0, 1]) out.add(formatDay(d + k));
      }
    }
  };
  rule.variants.forEach((v) => v.when && walk(v.when));
  return [...out];
}

/** A day number in [first, last] years, as an ISO date (integers shrink well). */
export const isoBetween = (from: string, to: string) => fc.integer({ min: tryParseIsoDay(from)!, max: tryParseIsoDay(to)! }).map(formatDay);

/** Values of one fact type, inside the calendar with margins so that offsets stay in range. */
export function factValue(spec: FactSpec, boundary: string[] = []): fc.Arbitrary<unknown> {
  switch (spec.type) {
    case 'date': {
      const plain = isoBetween('2019-03-01', '2026-10-31');
      return boundary.length ? fc.oneof(plain, fc.constantFrom(...boundary)) : plain;
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...spec.values);
    case 'month':
      return fc.integer({ min: 2019 * 12 + 1, max: 2026 * 12 + 10 }).map((i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    case 'quarter':
      return fc.tuple(fc.integer({ min: 2019, max: 2026 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`);
    case 'half':
      return fc.tuple(fc.integer({ min: 2019, max: 2026 }), fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`);
    case 'year':
      return fc.integer({ min: 2019, max: 2026 }).map(String);
  }
}

/**
 * Random facts for a rule: every declared fact, each optional one sometimes left out (unless
 * `complete`), dates drawn near the rule's condition boundaries too.
 */
export function factsFor(rule: CompiledRule, options: { complete?: boolean } = {}): fc.Arbitrary<Record<string, unknown>> {
  const boundary = conditionDates(rule);
  const entries = Object.entries(rule.facts).map(([name, spec]) => {
    const optional = !spec.required || ('default' in spec && spec.default !== undefined);
    const value = factValue(spec, boundary);
    return [name, optional && !options.complete ? fc.option(value, { nil: undefined }) : value] as const;
  });
  return fc.record(Object.fromEntries(entries)).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
}

/** First day of a year, as a day number. */
export const yearStart = (y: number) => daysFromCivil(y, 1, 1);
