/**
 * A synchronous evaluator of json-rules-engine's condition format, compiled to closures.
 *
 * It gives the same answer as json-rules-engine 7 (with `allowUndefinedFacts: true`) for the
 * conditions the schema accepts: `all` (an empty list is true), `any` (an empty list is true,
 * though the schema refuses it), `not`, and the default operators with json-rules-engine's own
 * semantics, including its quirks: `lessThan` and friends are false unless
 * `parseFloat(fact)` is a number (so `'2025-01-20' < '2025-02-01'` compares the strings, and a
 * boolean never compares), and `contains` / `doesNotContain` are false unless the fact is an
 * array. A differential property test holds the two together.
 */
import type { Condition } from './schema.js';

/** Fact values by position; see `compileCondition`. */
export type FactValues = readonly unknown[];
/** A compiled condition. */
export type CompiledCondition = (values: FactValues) => boolean;

/** json-rules-engine's test, `!isNaN(parseFloat(a))`, with a shortcut for numbers and for text that starts with a digit (a date). */
function isNumberLike(a: unknown): boolean {
  if (typeof a === 'number') return !Number.isNaN(a);
  if (typeof a === 'string') {
    const c = a.charCodeAt(0);
    if (c >= 48 && c <= 57) return true;
  }
  return !Number.isNaN(Number.parseFloat(a as string));
}

/**
 * Compiles a condition once into a closure over fact values held by position. Internal: rules
 * compile their conditions with it.
 * @internal
 *
 * @param condition - a condition in json-rules-engine's format
 * @param indexOf - position of a fact in the values array (or -1: the fact is absent)
 * @returns a function of the fact values
 * @throws Error for an unknown operator or shape (the schema rejects those first)
 * @example
 * ```ts
 * const test = compileCondition({ all: [{ fact: 'level', operator: 'equal', value: 'local' }] }, (f) => ['level'].indexOf(f));
 * test(['local']); // true
 * ```
 */
export function compileCondition(condition: Condition, indexOf: (fact: string) => number): CompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map((c) => compileCondition(c, indexOf));
    if (parts.length === 0) return () => true;
    if (parts.length === 1) return parts[0];
    if (parts.length === 2) {
      const [a, b] = parts;
      return (v) => a(v) && b(v);
    }
    return (v) => {
      for (let i = 0; i < parts.length; i++) if (!parts[i](v)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compileCondition(c, indexOf));
    if (parts.length === 0) return () => true; // json-rules-engine: an empty "any" is true
    if (parts.length === 1) return parts[0];
    return (v) => {
      for (let i = 0; i < parts.length; i++) if (parts[i](v)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, indexOf);
    return (v) => !inner(v);
  }
  const i = indexOf(condition.fact);
  const b = condition.value as unknown;
  if (i < 0) {
    // The fact is never given: json-rules-engine sees `undefined`.
    const r = leafOn(condition.operator, b)(undefined);
    return () => r;
  }
  const test = leafOn(condition.operator, b);
  return (v) => test(v[i]);
}

function leafOn(operator: string, b: unknown): (a: unknown) => boolean {
  switch (operator) {
    case 'equal':
      return (a) => a === b;
    case 'notEqual':
      return (a) => a !== b;
    case 'in': {
      const list = b as unknown[];
      // eslint-disable-next-line @typescript-eslint/prefer-includes -- as json-rules-engine: indexOf (NaN never matches)
      return (a) => list.indexOf(a) > -1;
    }
    case 'notIn': {
      const list = b as unknown[];
      // eslint-disable-next-line @typescript-eslint/prefer-includes -- as json-rules-engine: indexOf (NaN never matches)
      return (a) => list.indexOf(a) === -1;
    }
    case 'contains':
      // eslint-disable-next-line @typescript-eslint/prefer-includes -- as json-rules-engine: indexOf (NaN never matches)
      return (a) => Array.isArray(a) && a.indexOf(b) > -1;
    case 'doesNotContain':
      // eslint-disable-next-line @typescript-eslint/prefer-includes -- as json-rules-engine: indexOf (NaN never matches)
      return (a) => Array.isArray(a) && a.indexOf(b) === -1;
    case 'lessThan':
      return (a) => isNumberLike(a) && (a as number) < (b as number);
    case 'lessThanInclusive':
      return (a) => isNumberLike(a) && (a as number) <= (b as number);
    case 'greaterThan':
      return (a) => isNumberLike(a) && (a as number) > (b as number);
    case 'greaterThanInclusive':
      return (a) => isNumberLike(a) && (a as number) >= (b as number);
    default:
      throw new Error(`compileCondition: unknown operator ${JSON.stringify(operator)}`);
  }
}

/**
 * Evaluates a condition against facts given by name (compiling it each time: for one-off use;
 * rules compile theirs once). Internal: the differential test holds it against json-rules-engine.
 * @internal
 *
 * @param condition - a condition in json-rules-engine's format
 * @param facts - fact values by name; a fact left out reads as `undefined`
 * @returns whether the condition holds, as json-rules-engine would decide it
 * @example
 * ```ts
 * evaluateCondition({ any: [{ fact: 'signedDate', operator: 'greaterThanInclusive', value: '2025-04-01' }] }, { signedDate: '2025-05-02' }); // true
 * ```
 */
export function evaluateCondition(condition: Condition, facts: Readonly<Record<string, unknown>>): boolean {
  const names = Object.keys(facts);
  return compileCondition(condition, (f) => names.indexOf(f))(names.map((n) => facts[n]));
}
