/**
 * The rules as json-rules-engine `Rule` objects, for users who run their own engine. The only
 * module of `src/rules` that imports json-rules-engine: `dueDate` never needs it.
 */
import { Rule, type RuleProperties } from 'json-rules-engine';
import { shippedRules, type RuleSet } from './registry.js';
import { invalidArgument, isRuleLike } from '../core/args.js';
import type { CompiledRule } from './types.js';

/** The event a variant's engine rule fires. */
export interface VariantEvent {
  type: 'vn-deadlines/variant';
  params: { ruleId: string; variant: string; index: number };
}

/**
 * The json-rules-engine rule properties of each variant of each rule: one engine rule per
 * variant, named `<rule id>#<variant id>`, firing a `vn-deadlines/variant` event. The first
 * variant has the highest priority; a variant without conditions gets `{ all: [] }` (always).
 * Among the variants of one rule that succeed, the one with the lowest `index` is the one
 * `dueDate` selects.
 *
 * @param rules - a rule set, or rules (default: the shipped rules)
 * @returns plain rule properties (deep copies: the engine may annotate them)
 * @example `toEngineRuleProperties([getRule('luat-64-2025/earliest-effective-date')]).map((r) => r.name)`
 */
export function toEngineRuleProperties(rules: RuleSet | Iterable<CompiledRule> = shippedRules()): RuleProperties[] {
  const fn = 'toEngineRuleProperties';
  if (typeof rules !== 'object' || rules === null || typeof (rules as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw invalidArgument(fn, 'rules', 'a RuleSet or a list of rules from getRule()', rules);
  }
  const out: RuleProperties[] = [];
  for (const rule of rules) {
    if (!isRuleLike(rule)) throw invalidArgument(fn, 'each rule', 'a rule from getRule() or a RuleSet', rule);
    const n = rule.variants.length;
    rule.variants.forEach((v, index) => {
      const event: VariantEvent = { type: 'vn-deadlines/variant', params: { ruleId: rule.id, variant: v.id, index } };
      out.push({
        name: `${rule.id}#${v.id}`,
        priority: n - index,
        conditions: structuredClone(v.when ?? { all: [] }),
        event,
      });
    });
  }
  return out;
}

/**
 * The rules as json-rules-engine `Rule` objects (see {@link toEngineRuleProperties} for their
 * shape). Run them with `new Engine(rules, { allowUndefinedFacts: true })` on
 * `normalizeFacts(rule, facts)` (from `vn-deadlines`): the successful event with the lowest `params.index`
 * for a rule names the variant `dueDate` selects.
 *
 * @param rules - a rule set, or rules (default: the shipped rules)
 * @returns one `Rule` per variant
 * @example
 * ```ts
 * import { Engine } from 'json-rules-engine';
 * const engine = new Engine(toEngineRules([getRule('luat-64-2025/earliest-effective-date')]), { allowUndefinedFacts: true });
 * const { events } = await engine.run({ signedDate: '2025-05-02', level: 'local' });
 * events[0].params.variant; // 'local'
 * ```
 */
export function toEngineRules(rules: RuleSet | Iterable<CompiledRule> = shippedRules()): Rule[] {
  return toEngineRuleProperties(rules).map((p) => new Rule(p));
}
