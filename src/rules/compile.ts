/**
 * Compiling a validated rule once: facts get positions and parsers, each variant's conditions
 * become a closure and its deadline a function over day numbers. `dueDate` then does no
 * validation or schema work per call beyond parsing the facts it is given.
 */
import type { LocalizedText } from '../calendar/types.js';
import { compileCondition, type CompiledCondition } from './conditions.js';
import { CompiledDeadline } from './deadline.js';
import { CompiledFact } from './facts.js';
import type { Condition, RuleDefinition, RuleSourceRef, TopLevelCondition } from './schema.js';
import type { CompiledRule, RuleVariant } from './types.js';

/** A variant, compiled. @internal */
export class CompiledVariant implements RuleVariant {
  readonly id: string;
  readonly index: number;
  readonly title: LocalizedText | null;
  readonly when: RuleVariant['when'];
  readonly deadline: RuleVariant['deadline'];
  readonly interpretation: LocalizedText | null;
  /** The wording of this version of the text: the variant's own `source`, else the rule's. */
  readonly source: RuleSourceRef;
  /** The days this version applies (on the `validOn` fact), or `null` without a bound. */
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly validOn: string | null;
  /** The compiled conditions, or `null`: always selected. */
  readonly test: CompiledCondition | null;
  readonly compiled: CompiledDeadline;
  readonly #rule: CompiledRuleImpl;
  constructor(rule: CompiledRuleImpl, index: number, v: RuleDefinition['variants'][number], indexOf: (f: string) => number, factCount: number) {
    this.#rule = rule;
    this.id = v.id;
    this.index = index;
    this.title = v.title ?? null;
    this.when = withValidity(v);
    this.deadline = v.deadline;
    this.interpretation = v.interpretation ?? null;
    this.source = v.source ?? rule.source;
    this.validFrom = v.validFrom ?? null;
    this.validTo = v.validTo ?? null;
    this.validOn = v.validOn ?? null;
    this.test = this.when ? compileCondition(this.when, indexOf) : null;
    this.compiled = new CompiledDeadline(v.deadline, indexOf, factCount);
  }
  /** The rule it belongs to (a getter, so that serialising a rule meets no cycle). */
  get rule(): CompiledRuleImpl {
    return this.#rule;
  }
}

/**
 * A variant's conditions with its dates of validity added: `validFrom` / `validTo` on the
 * `validOn` fact become `greaterThanInclusive` / `lessThanInclusive` leaves (dates compare as
 * text), so that the evaluator, the explanation and json-rules-engine all see the same test.
 */
function withValidity(v: RuleDefinition['variants'][number]): TopLevelCondition | null {
  const bounds: Condition[] = [];
  if (v.validOn !== undefined) {
    if (v.validFrom !== undefined) bounds.push({ fact: v.validOn, operator: 'greaterThanInclusive', value: v.validFrom });
    if (v.validTo !== undefined) bounds.push({ fact: v.validOn, operator: 'lessThanInclusive', value: v.validTo });
  }
  if (bounds.length === 0) return v.when ?? null;
  if (v.when === undefined) return { all: bounds };
  return 'all' in v.when ? { all: [...v.when.all, ...bounds] } : { all: [v.when, ...bounds] };
}

/** A compiled rule. @internal (the public face is {@link CompiledRule}) */
export class CompiledRuleImpl implements CompiledRule {
  readonly id: string;
  readonly title: LocalizedText;
  readonly source: CompiledRule['source'];
  readonly legalBasis: CompiledRule['legalBasis'];
  readonly facts: CompiledRule['facts'];
  readonly isDeadline: boolean;
  readonly interpretation: LocalizedText | null;
  readonly variants: readonly CompiledVariant[];
  readonly kinds: CompiledRule['kinds'];
  readonly origin: string;
  readonly definition: RuleDefinition;
  /** The first variant when it has no conditions (it is then always chosen), else `null`. */
  readonly always: CompiledVariant | null;
  /** Declared facts in declaration order. */
  readonly factList: readonly CompiledFact[];

  constructor(def: RuleDefinition, origin: string) {
    this.id = def.id;
    this.title = def.title;
    this.source = def.source;
    this.legalBasis = def.legalBasis;
    this.facts = def.facts;
    this.isDeadline = def.isDeadline;
    this.interpretation = def.interpretation ?? null;
    this.origin = origin;
    this.definition = def;
    const names = Object.keys(def.facts);
    const indexOf = (f: string) => names.indexOf(f);
    this.factList = names.map((name, index) => new CompiledFact(def.id, name, index, def.facts[name]));
    this.variants = def.variants.map((v, i) => new CompiledVariant(this, i, v, indexOf, names.length));
    this.always = this.variants[0].test === null ? this.variants[0] : null;
    this.kinds = [...new Set(def.variants.map((v) => v.deadline.kind))];
    Object.freeze(this);
  }
}
