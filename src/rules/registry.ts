/**
 * Rule sets: the shipped rules (bundled JSON, validated once on first use), users' rules added
 * beside them with {@link loadRules}, and look-up by id. A rule set is immutable: `loadRules`
 * returns a new one and changes nothing shared.
 */
import { errorIn, VnDeadlinesError } from '../core/errors.js';
import { invalidArgument, isCalendarLike, isRuleLike, isRuleSetLike, optionsOf, show } from '../core/args.js';
import { CompiledRuleImpl, compileRuleObject } from './compile.js';
import { checkConditionDepth, describeRuleIssues, parseOptions, ruleFileSchema, type RuleDefinition } from './schema.js';
import type { CompiledRule } from './types.js';
import SHIPPED from 'virtual:vn-rules';

/** @internal The raw shipped files, for tests. */
export const shippedFiles = (): readonly (readonly [string, unknown])[] => SHIPPED;

/**
 * An immutable set of compiled rules, looked up by id. Get one from {@link shippedRules} or
 * {@link loadRules}; pass it to {@link dueDate} as `{ rules }`.
 * @example
 * ```ts
 * // not run: reads the user's my-rules.json
 * const rules = loadRules('./my-rules.json');
 * rules.ids().filter((id) => id.startsWith('my-agency/'));
 * ```
 */
export class RuleSet implements Iterable<CompiledRule> {
  readonly #byId: Map<string, CompiledRuleImpl>;

  /** @internal Use {@link shippedRules} or {@link loadRules}. */
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

function parseFile(value: unknown, where: string, fn: string): CompiledRuleImpl[] {
  checkConditionDepth(value, true, where, fn);
  const parsed = ruleFileSchema.safeParse(value, parseOptions());
  if (!parsed.success) {
    const { text, issues } = describeRuleIssues(parsed.error, where);
    throw errorIn(fn, 'invalid_rule', `${text}`, { where, issues });
  }
  return parsed.data.rules.map((r) => new CompiledRuleImpl(r as unknown as RuleDefinition, where));
}

let shipped: RuleSet | undefined;

/**
 * The rules shipped with the library (QĐ 257/QĐ-UBND Hải Phòng 2025, NĐ 63/2010, NĐ 09/2019,
 * Luật 64/2025, Luật 80/2015), validated and compiled on first use.
 *
 * @returns the shipped {@link RuleSet}
 * @throws VnDeadlinesError `invalid_rule` if a bundled file is broken (a packaging bug)
 * @example
 * ```ts
 * shippedRules().ids().includes('hp-2025/monthly-report'); // true
 * ```
 */
export function shippedRules(): RuleSet {
  if (shipped === undefined) {
    const all: CompiledRuleImpl[] = [];
    const seen = new Map<string, string>();
    for (const [where, value] of SHIPPED) {
      for (const r of parseFile(value, where, 'shippedRules')) {
        if (seen.has(r.id)) throw duplicate('shippedRules', r.id, where, seen.get(r.id)!);
        seen.set(r.id, where);
        all.push(r);
      }
    }
    shipped = new RuleSet(all);
  }
  return shipped;
}

function duplicate(fn: string, id: string, where: string, other: string): VnDeadlinesError {
  return errorIn(
    fn,
    'duplicate_rule',
    `rule id ${JSON.stringify(id)} from ${where} clashes with the rule from ${other}; ids are unique and stable: rename yours (e.g. "my-agency/…")`,
    { ruleId: id, where, other },
  );
}

/** What {@link loadRules} reads: a path to a JSON rule file (Node.js), a parsed rule file `{ rules: [...] }`, or one rule object. */
export type RuleInput = string | { rules: unknown[] } | Record<string, unknown>;

/** Options of {@link loadRules}. */
export interface LoadRulesOptions {
  /** The set to add to. Default: {@link shippedRules}. */
  base?: RuleSet;
}

/**
 * The largest rule file `loadRules` reads from disk. The shipped files hold 40 rules in about
 * 150 kB; a file a hundred times that size is a mistake or an attack, and is refused before it
 * is parsed.
 */
const MAX_RULE_FILE_BYTES = 10 * 1024 * 1024;

interface NodeFs {
  openSync(p: string, flags: 'r'): number;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: null): number;
  closeSync(fd: number): void;
}

/** Reads at most `limit + 1` bytes of a file (a pipe or a device too), so that a huge file is never held whole. */
function readBounded(fs: NodeFs, path: string, limit: number): { bytes: Uint8Array; tooLarge: boolean } {
  const fd = fs.openSync(path, 'r');
  try {
    let buf = new Uint8Array(64 * 1024);
    let used = 0;
    for (;;) {
      if (used === buf.length) {
        const bigger = new Uint8Array(Math.min(buf.length * 2, limit + 1));
        bigger.set(buf);
        buf = bigger;
      }
      const n = fs.readSync(fd, buf, used, buf.length - used, null);
      if (n === 0) return { bytes: buf.subarray(0, used), tooLarge: false };
      used += n;
      if (used > limit) return { bytes: buf.subarray(0, 0), tooLarge: true };
    }
  } finally {
    fs.closeSync(fd);
  }
}

function readJson(path: string, fn: string): unknown {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = proc?.getBuiltinModule?.('node:fs') as NodeFs | undefined;
  if (!fs) {
    throw errorIn(fn, 'invalid_argument', `reading ${path} needs Node.js ≥ 20.16; elsewhere parse the file yourself and pass the object`, {
      value: path,
    });
  }
  let text: string;
  try {
    const { bytes, tooLarge } = readBounded(fs, path, MAX_RULE_FILE_BYTES);
    if (tooLarge) {
      throw errorIn(
        fn,
        'invalid_rule',
        `${path} is larger than ${MAX_RULE_FILE_BYTES / 1024 / 1024} MB, far more than any rule file needs; split it or check that it is the right file`,
        { where: path, limit: MAX_RULE_FILE_BYTES },
      );
    }
    // TextDecoder drops a leading byte-order mark, which editors on Windows add.
    text = new TextDecoder('utf-8').decode(bytes);
  } catch (e) {
    if (e instanceof VnDeadlinesError) throw e;
    throw errorIn(fn, 'invalid_rule', `cannot read ${path}: ${(e as Error).message}`, { where: path });
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw errorIn(fn, 'invalid_rule', `${path} is not JSON: ${(e as Error).message}`, { where: path });
  }
}

/**
 * Adds a user's rules beside the shipped ones (or beside `options.base`) and returns the new
 * set; nothing shared changes. Each rule is validated against the rule schema.
 *
 * @param inputs - paths of JSON rule files (Node.js), parsed rule files `{ rules: [...] }`, or rule objects
 * @param options - `base`: the set to add to (default: the shipped rules)
 * @returns a new {@link RuleSet}; pass it as `{ rules }` to {@link dueDate}
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
    if (typeof input === 'string') rules = parseFile(readJson(input, fn), input, fn);
    else if (typeof input === 'object' && input !== null && !Array.isArray(input) && 'rules' in input) rules = parseFile(input, `inputs[${i}]`, fn);
    else if (typeof input === 'object' && input !== null && !Array.isArray(input)) rules = [compileRuleObject(input, `inputs[${i}]`, fn)];
    else throw invalidArgument(fn, `inputs[${i}]`, 'a path, a rule file { rules: [...] } or a rule object', input);
    for (const r of rules) {
      if (origin.has(r.id)) throw duplicate(fn, r.id, r.origin, origin.get(r.id)!);
      origin.set(r.id, r.origin);
      added.push(r);
    }
  });
  return new RuleSet([...(base.list() as CompiledRuleImpl[]), ...added]);
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

const compiledObjects = new WeakMap<object, CompiledRuleImpl>();

/**
 * Resolves what `dueDate` and friends accept as a rule: an id, a compiled rule, or a rule
 * object (validated and compiled once, then cached).
 * @internal
 */
export function resolveRule(rule: unknown, rules: RuleSet | undefined, fn: string): CompiledRuleImpl {
  if (rules !== undefined && !isRuleSetLike(rules)) throw invalidArgument(fn, 'options.rules', 'a RuleSet (from loadRules() or shippedRules())', rules);
  if (typeof rule === 'string') return (rules ?? shippedRules()).lookup(rule, fn);
  if (rule instanceof CompiledRuleImpl) return rule;
  if (typeof rule === 'object' && rule !== null && !Array.isArray(rule)) {
    let c = compiledObjects.get(rule);
    if (c === undefined) {
      c = compileRuleObject(rule, 'rule', fn);
      compiledObjects.set(rule, c);
    }
    return c;
  }
  throw errorIn(fn, 'unknown_rule', `expected a rule id or a rule object, got ${show(rule)}`, { value: rule });
}

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
