/**
 * Users' rules: `loadRules` (`vn-deadlines/validate`) adds rule files or rule objects beside the shipped rules, and
 * {@link compileRule} validates and compiles one rule object for `dueDate`. Both validate with
 * the zod rule schema, which is why they live in `vn-deadlines/validate` and not in the main entry.
 */
import { invalidArgument, isRuleSetLike, optionsOf } from '../core/args.js';
import { CompiledRuleImpl } from './compile.js';
import { readRuleFile } from './rule-file.js';
import { duplicateRule, RuleSet, shippedRules } from './registry.js';
import { parseRule, parseRuleFile, type RuleDefinition } from './schema.js';
import type { CompiledRule } from './types.js';

function parseFile(value: unknown, where: string, fn: string): CompiledRuleImpl[] {
  return parseRuleFile(value, where, fn).rules.map((r) => new CompiledRuleImpl(r as unknown as RuleDefinition, where));
}


/** What `loadRules` (`vn-deadlines/validate`) reads: a path to a JSON rule file (Node.js), a parsed rule file `{ rules: [...] }`, or one rule object. */
export type RuleInput = string | { rules: unknown[] } | Record<string, unknown>;

/** Options of `loadRules` (`vn-deadlines/validate`). */
export interface LoadRulesOptions {
  /** The set to add to. Default: {@link shippedRules}. */
  base?: RuleSet;
}

/**
 * Adds a user's rules beside the shipped ones (or beside `options.base`) and returns the new
 * set; nothing shared changes. Each rule is validated against the rule schema.
 *
 * @param inputs - paths of JSON rule files (Node.js), parsed rule files `{ rules: [...] }`, or rule objects
 * @param options - `base`: the set to add to (default: the shipped rules)
 * @returns a new {@link RuleSet}; pass it as `{ rules }` to `dueDate`
 * @throws VnDeadlinesError `invalid_rule` (naming the file, the path inside it and what was
 *   expected), `duplicate_rule` (an id already in the set)
 * @example
 * ```ts
 * // not run: reads the user's my-rules.json
 * const rules = loadRules(['./my-rules.json']);
 * dueDate('my-agency/reply', { receivedDate: '2025-01-20' }, { rules });
 * ```
 */
export function loadRules(inputs: RuleInput | readonly RuleInput[], options?: LoadRulesOptions): RuleSet {
  const fn = 'loadRules';
  const o = optionsOf(options, fn);
  if (o.base !== undefined && !isRuleSetLike(o.base)) throw invalidArgument(fn, 'options.base', 'a RuleSet (from loadRules() or shippedRules())', o.base);
  const base = o.base ?? shippedRules();
  const list = Array.isArray(inputs) ? (inputs as readonly RuleInput[]) : [inputs as RuleInput];
  const origin = new Map<string, string>(base.list().map((r) => [r.id, r.origin]));
  const added: CompiledRuleImpl[] = [];
  list.forEach((input, i) => {
    let rules: CompiledRuleImpl[];
    if (typeof input === 'string') rules = parseFile(readRuleFile(input, fn), input, fn);
    else if (typeof input === 'object' && input !== null && !Array.isArray(input) && 'rules' in input) rules = parseFile(input, `inputs[${i}]`, fn);
    else if (typeof input === 'object' && input !== null && !Array.isArray(input)) rules = [new CompiledRuleImpl(parseRule(input, `inputs[${i}]`, fn), `inputs[${i}]`)];
    else throw invalidArgument(fn, `inputs[${i}]`, 'a path, a rule file { rules: [...] } or a rule object', input);
    for (const r of rules) {
      if (origin.has(r.id)) throw duplicateRule(fn, r.id, r.origin, origin.get(r.id)!);
      origin.set(r.id, r.origin);
      added.push(r);
    }
  });
  return new RuleSet([...(base.list() as CompiledRuleImpl[]), ...added]);
}

/**
 * Validates one rule object against the rule schema and compiles it, for `dueDate`,
 * `selectVariant`, `occurrences` and `checkCompliance`, which take a compiled rule or an id.
 *
 * @param rule - a rule object, as one entry of a rule file's `rules`
 * @returns the compiled rule
 * @throws VnDeadlinesError `invalid_rule` naming the path inside the rule and what was expected
 * @example
 * ```ts
 * import { dueDate } from 'vn-deadlines';
 * const reply = compileRule({
 *   id: 'my-agency/reply',
 *   title: { vi: 'Trả lời kiến nghị', en: 'Reply to feedback' },
 *   source: { document: 'QĐ 1/QĐ-X', date: '2025-01-02', item: 'Điều 3', text: 'trả lời trong 05 ngày làm việc', verbatim: true },
 *   legalBasis: [{ document: 'QĐ 1/QĐ-X', articles: ['Điều 3'] }],
 *   facts: { receivedDate: { type: 'date', description: { vi: 'Ngày nhận', en: 'Day received' } } },
 *   variants: [{ id: 'default', deadline: { kind: 'offset', from: 'receivedDate', amount: 5, unit: 'workingDays', direction: 'after' } }],
 * });
 * dueDate(reply, { receivedDate: '2025-01-20' }).due; // '2025-02-03': Tết 25/01–02/02 skipped
 * ```
 */
export function compileRule(rule: Record<string, unknown>): CompiledRule {
  return new CompiledRuleImpl(parseRule(rule, 'rule', 'compileRule'), 'rule');
}
