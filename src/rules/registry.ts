/**
 * Rule sets: the shipped rules (bundled JSON, validated at build time against the rule schema,
 * compiled on first use), look-up by id, and what `dueDate` and friends accept as a rule. Users'
 * rules are added with `loadRules` (`vn-deadlines/validate`, which brings zod); a rule set is
 * immutable: `loadRules` returns a new one and changes nothing shared.
 */
import { errorIn, VnDeadlinesError } from '../core/errors.js';
import { invalidArgument, isCalendarLike, isRuleLike, isRuleSetLike, optionsOf, show } from '../core/args.js';
import { CompiledRuleImpl } from './compile.js';
import type { CompiledRule } from './types.js';
import SHIPPED from 'virtual:vn-rules';

/** @internal The shipped files as validated at build time (defaults filled in), for tests. */
export const shippedFiles = (): typeof SHIPPED => SHIPPED;

/**
 * An immutable set of compiled rules, looked up by id. Get one from {@link shippedRules} or
 * `loadRules` (`vn-deadlines/validate`); pass it to {@link dueDate} as `{ rules }`.
 * @example
 * ```ts
 * // not run: reads the user's my-rules.json
 * const rules = loadRules('./my-rules.json');
 * rules.ids().filter((id) => id.startsWith('my-agency/'));
 * ```
 */
export class RuleSet implements Iterable<CompiledRule> {
  readonly #byId: Map<string, CompiledRuleImpl>;

  /** @internal Use {@link shippedRules} or `loadRules` (`vn-deadlines/validate`). */
  constructor(rules: Iterable<CompiledRuleImpl>) {
    if (typeof rules !== 'object' || rules === null || typeof (rules as Iterable<unknown>)[Symbol.iterator] !== 'function') {
      throw invalidArgument('RuleSet', 'rules', 'compiled rules (use loadRules() or shippedRules())', rules);
    }
    this.#byId = new Map();
    for (const r of rules) {
      if (!isRuleLike(r)) throw invalidArgument('RuleSet', 'each rule', 'a compiled rule (use loadRules() or shippedRules())', r);
      this.#byId.set(r.id, r);
    }
  }

  /** Number of rules. @example `shippedRules().size // 40` */
  get size(): number {
    return this.#byId.size;
  }

  /** Whether a rule with this id is in the set. @example `shippedRules().has('nd63/national-database-entry') // true` */
  has(id: string): boolean {
    return this.#byId.has(id);
  }

  /**
   * The rule with this id.
   * @throws VnDeadlinesError `unknown_rule`, listing the ids that exist
   * @example `shippedRules().get('hp-2025/central-tthc-list').title.en`
   */
  get(id: string): CompiledRule {
    return this.lookup(id, 'RuleSet.get');
  }

  /** The rule with this id, or `undefined`. @example `shippedRules().find('x/y') // undefined` */
  find(id: string): CompiledRule | undefined {
    return this.#byId.get(id);
  }

  /** @internal `get` naming the calling function in the error. */
  lookup(id: string, fn: string): CompiledRuleImpl {
    const r = this.#byId.get(id);
    if (r !== undefined) return r;
    if (typeof id !== 'string') throw errorIn(fn, 'unknown_rule', `a rule id is text, got ${show(id)}`, { ruleId: id });
    throw errorIn(
      fn,
      'unknown_rule',
      `no rule ${JSON.stringify(id)}; known ids: ${[...this.#byId.keys()].join(', ')}. Add your own with loadRules(…) and pass { rules }`,
      { ruleId: id },
    );
  }

  /** Every id, in load order. @example `shippedRules().ids()[0] // 'hp-2025/unit-plan'` */
  ids(): string[] {
    return [...this.#byId.keys()];
  }

  /** Every rule, in load order. @example `shippedRules().list().filter((r) => r.kinds.includes('periodic'))` */
  list(): CompiledRule[] {
    return [...this.#byId.values()];
  }

  /** Iterates over the rules, in load order. @example `for (const rule of shippedRules()) console.log(rule.id)` */
  [Symbol.iterator](): Iterator<CompiledRule> {
    return this.#byId.values();
  }
}

let shipped: RuleSet | undefined;

/**
 * The rules shipped with the library (QĐ 257/QĐ-UBND Hải Phòng 2025, NĐ 63/2010, NĐ 09/2019,
 * Luật 64/2025, Luật 80/2015), compiled on first use. The build validated them against the rule
 * schema; a broken file does not build.
 *
 * @returns the shipped {@link RuleSet}
 * @throws VnDeadlinesError `duplicate_rule` if two bundled files share an id (a packaging bug)
 * @example
 * ```ts
 * shippedRules().ids().includes('hp-2025/monthly-report'); // true
 * ```
 */
export function shippedRules(): RuleSet {
  if (shipped === undefined) {
    const all: CompiledRuleImpl[] = [];
    const seen = new Map<string, string>();
    for (const [where, file] of SHIPPED) {
      for (const def of file.rules) {
        const r = new CompiledRuleImpl(def, where);
        if (seen.has(r.id)) throw duplicateRule('shippedRules', r.id, where, seen.get(r.id)!);
        seen.set(r.id, where);
        all.push(r);
      }
    }
    shipped = new RuleSet(all);
  }
  return shipped;
}

/** The error for a rule id already in a set. @internal */
export function duplicateRule(fn: string, id: string, where: string, other: string): VnDeadlinesError {
  return errorIn(
    fn,
    'duplicate_rule',
    `rule id ${JSON.stringify(id)} from ${where} clashes with the rule from ${other}; ids are unique and stable: rename yours (e.g. "my-agency/…")`,
    { ruleId: id, where, other },
  );
}

/**
 * The rule with this id, from the shipped rules or from `rules`.
 *
 * @param id - a rule id, e.g. `'hp-2025/central-tthc-list'`
 * @param rules - where to look (default: the shipped rules)
 * @returns the compiled rule: title, source, legal basis, facts, variants
 * @throws VnDeadlinesError `unknown_rule`
 * @example `getRule('hp-2025/central-tthc-list').facts.ministryDecisionDate.type // 'date'`
 */
export function getRule(id: string, rules?: RuleSet): CompiledRule {
  if (rules !== undefined && !isRuleSetLike(rules)) throw invalidArgument('getRule', 'rules', 'a RuleSet (from loadRules() or shippedRules())', rules);
  return (rules ?? shippedRules()).lookup(id, 'getRule');
}

/**
 * Resolves what `dueDate` and friends accept as a rule: an id or a compiled rule. A rule object
 * is refused with what to do: compile it with `compileRule` from `vn-deadlines/validate`.
 * @internal
 */
export function resolveRule(rule: unknown, rules: RuleSet | undefined, fn: string): CompiledRuleImpl {
  if (rules !== undefined && !isRuleSetLike(rules)) throw invalidArgument(fn, 'options.rules', 'a RuleSet (from loadRules() or shippedRules())', rules);
  if (typeof rule === 'string') return (rules ?? shippedRules()).lookup(rule, fn);
  if (rule instanceof CompiledRuleImpl || isCompiled(rule)) return rule as CompiledRuleImpl;
  if (typeof rule === 'object' && rule !== null && !Array.isArray(rule)) {
    throw errorIn(
      fn,
      'invalid_rule',
      "a rule object must be validated and compiled first: compileRule(rule) from 'vn-deadlines/validate', then pass the result (or add it with loadRules and pass its id with { rules })",
      { value: rule },
      'rule',
    );
  }
  throw errorIn(fn, 'unknown_rule', `expected a rule id or a compiled rule, got ${show(rule)}`, { value: rule });
}

/**
 * Whether a value is a compiled rule of another copy of this class (the CommonJS build bundles
 * each entry with its own): a rule object from a file has no `factList`.
 */
const isCompiled = (v: unknown): boolean => isRuleLike(v) && Array.isArray((v as { factList?: unknown }).factList);

/**
 * Options that carry a `calendar` and `rules`: an object (or nothing), with a Calendar and a
 * RuleSet when given. @internal
 */
export function runOptionsOf<T extends { calendar?: unknown; rules?: unknown }>(options: T | undefined, fn: string): Partial<T> {
  const o = optionsOf(options, fn);
  if (o.rules !== undefined && !isRuleSetLike(o.rules)) throw invalidArgument(fn, 'options.rules', 'a RuleSet (from loadRules() or shippedRules())', o.rules);
  if (o.calendar !== undefined && !isCalendarLike(o.calendar)) throw invalidArgument(fn, 'options.calendar', 'a Calendar (from createCalendar())', o.calendar);
  return o;
}
