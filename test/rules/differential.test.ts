/**
 * The synchronous evaluator against json-rules-engine (the model): on random facts, for every
 * shipped rule, the variant selected is exactly the one json-rules-engine selects; and on
 * random condition trees, every operator and boolean form gives the engine's answer.
 */
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { toEngineRules } from '../../src/rules/engine.js';
import { normalizeFacts, selectVariant, shippedRules, type Condition } from '../../src/rules/index.js';
import { evaluateCondition } from '../../src/rules/conditions.js';
import { factsFor } from './support.js';

/** The variant json-rules-engine selects: the successful event with the lowest index. */
async function engineSelect(engine: Engine, facts: Record<string, unknown>): Promise<string | null> {
  const { events } = await engine.run(facts);
  const hits = events.map((e) => e.params as { variant: string; index: number }).sort((a, b) => a.index - b.index);
  return hits.length ? hits[0].variant : null;
}

describe('every shipped rule selects what json-rules-engine selects', () => {
  for (const rule of shippedRules().list()) {
    it(`${rule.id} (${rule.variants.length} variant${rule.variants.length > 1 ? 's' : ''})`, async () => {
      const engine = new Engine(toEngineRules([rule]), { allowUndefinedFacts: true });
      await fc.assert(
        fc.asyncProperty(factsFor(rule), async (facts) => {
          const ours = selectVariant(rule, facts);
          const theirs = await engineSelect(engine, normalizeFacts(rule, facts));
          expect(ours).toBe(theirs);
        }),
        { numRuns: rule.variants.some((v) => v.when) ? 150 : 10 },
      );
    });
  }

  it('the differential can tell variants apart: each variant of a conditional rule is selected by some facts', () => {
    const seen = new Map<string, Set<string>>();
    for (const rule of shippedRules().list().filter((r) => r.variants.length > 1)) {
      const ids = new Set<string>();
      fc.sample(factsFor(rule), { numRuns: 400, seed: 7 }).forEach((f) => {
        const v = selectVariant(rule, f);
        if (v) ids.add(v);
      });
      seen.set(rule.id, ids);
      expect([...ids].sort()).toEqual(rule.variants.map((v) => v.id).sort());
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });
});

// Random condition trees over three facts, with values of every kind json-rules-engine meets.
const FACTS = ['a', 'b', 'c'] as const;
const scalar = fc.oneof(
  fc.constantFrom('2025-01-20', '2025-04-01', '2025-Q1', '2025', '10', '9', 'local', 'central', '', 'x1', ' 5', '-1', '.5', 'Infinity', '1e3'),
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom(0.5, -0, Number.NaN, Number.POSITIVE_INFINITY),
  fc.boolean(),
  fc.constant(null),
);
const factValue = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.constant(undefined));
const leaf: fc.Arbitrary<Condition> = fc
  .record({
    fact: fc.constantFrom(...FACTS),
    operator: fc.constantFrom(
      'equal',
      'notEqual',
      'lessThan',
      'lessThanInclusive',
      'greaterThan',
      'greaterThanInclusive',
      'in',
      'notIn',
      'contains',
      'doesNotContain',
    ),
    scalarValue: scalar,
    listValue: fc.array(scalar, { maxLength: 4 }),
  })
  .map(({ fact, operator, scalarValue, listValue }) => ({
    fact,
    operator,
    value: operator === 'in' || operator === 'notIn' ? listValue : scalarValue,
  }));
const { tree } = fc.letrec<{ tree: Condition }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('tree'), { maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('tree'), { maxLength: 3 }).map((any) => ({ any })),
    tie('tree').map((not) => ({ not })),
  ),
}));
const top = fc.oneof(
  fc.array(tree, { maxLength: 3 }).map((all) => ({ all })),
  fc.array(tree, { maxLength: 3 }).map((any) => ({ any })),
  tree.map((not) => ({ not })),
);

describe('random condition trees: the evaluator agrees with json-rules-engine', () => {
  it('single conditions: every operator on every kind of fact value (undefined, null, arrays, numbers, strings, booleans)', async () => {
    await fc.assert(
      fc.asyncProperty(leaf, factValue, async (condition, value) => {
        const facts = value === undefined ? {} : { [(condition as { fact: string }).fact]: value };
        const engine = new Engine([{ conditions: { all: [structuredClone(condition)] }, event: { type: 'hit' } }], { allowUndefinedFacts: true });
        const { events } = await engine.run(facts);
        expect(evaluateCondition({ all: [condition] }, facts)).toBe(events.length === 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('on every operator, boolean form and fact value (undefined, null, arrays, numbers, strings)', async () => {
    await fc.assert(
      fc.asyncProperty(top, fc.record({ a: factValue, b: factValue, c: factValue }), async (conditions, raw) => {
        const facts = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
        const engine = new Engine([{ conditions: structuredClone(conditions), event: { type: 'hit' } }], { allowUndefinedFacts: true });
        const { events } = await engine.run(facts);
        expect(evaluateCondition(conditions as Condition, facts)).toBe(events.length === 1);
      }),
      { numRuns: 400 },
    );
  });

  it('json-rules-engine quirks are reproduced: string dates compare as strings, booleans never compare, an empty any is true', () => {
    expect(evaluateCondition({ all: [{ fact: 'd', operator: 'lessThan', value: '2025-04-01' }] }, { d: '2025-03-31' })).toBe(true);
    expect(evaluateCondition({ all: [{ fact: 'b', operator: 'lessThan', value: 3 }] }, { b: true })).toBe(false);
    expect(evaluateCondition({ any: [] }, {})).toBe(true);
    expect(evaluateCondition({ all: [{ fact: 'x', operator: 'notIn', value: [1] }] }, {})).toBe(true);
    expect(evaluateCondition({ all: [{ fact: 'x', operator: 'contains', value: 1 }] }, { x: '1' })).toBe(false);
  });
});
