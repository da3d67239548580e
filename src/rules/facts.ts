/**
 * Facts: parsing what the caller gives into the normalised values conditions and deadlines
 * read. Dates become 'YYYY-MM-DD' (anything `toDay` accepts: ISO date, ISO timestamp with
 * offset, JS Date, luxon DateTime — converted in UTC+7); booleans stay booleans; enums and
 * periods ('YYYY-MM', 'YYYY-Qn', 'YYYY-Hn', 'YYYY') are checked and kept as strings.
 */
import { formatDay, toDay, tryParseIsoDay } from '../core/days.js';
import { errorIn, VnDeadlinesError } from '../core/errors.js';
import { isIsoHalf, isIsoMonth, isIsoQuarter, isIsoYear } from './iso.js';
import type { FactSpec, FactType } from './schema.js';

/** A normalised fact value. */
export type FactValue = string | boolean;

/** What each fact type expects, for messages. @internal */
const FACT_EXPECTS: Record<FactType, string> = {
  date: "a date: 'YYYY-MM-DD', an ISO timestamp with offset, a JS Date or a luxon DateTime",
  boolean: 'true or false',
  enum: 'one of the listed values',
  month: "a month 'YYYY-MM'",
  quarter: "a quarter 'YYYY-Qn' (n = 1–4)",
  half: "a half-year 'YYYY-H1' or 'YYYY-H2'",
  year: "a year 'YYYY'",
};

/** Describes what a fact expects, with the enum values. @internal */
export function expects(spec: FactSpec): string {
  return spec.type === 'enum' ? `one of ${spec.values.map((v) => JSON.stringify(v)).join(', ')}` : FACT_EXPECTS[spec.type];
}

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : `Date(${v.toISOString()})`;
  if (typeof v === 'object' && v !== null) return Array.isArray(v) ? 'an array' : 'an object';
  return String(v);
}

/** The `invalid_fact` error. @internal */
function invalidFact(fn: string, ruleId: string, name: string, spec: FactSpec, value: unknown): VnDeadlinesError {
  return errorIn(
    fn,
    'invalid_fact',
    `rule '${ruleId}': fact '${name}' must be ${expects(spec)}, got ${show(value)}; fix the value`,
    { ruleId, fact: name, type: spec.type, value, ...(spec.type === 'enum' ? { values: spec.values } : {}) },
    name,
  );
}

/**
 * A declared fact, compiled: its position, its default and its parser. One class for every
 * type, parsing by a switch, so that the call in `dueDate`'s loop over facts stays monomorphic.
 * @internal
 */
export class CompiledFact {
  readonly name: string;
  readonly index: number;
  readonly spec: FactSpec;
  readonly type: FactType;
  readonly required: boolean;
  readonly defaultValue: FactValue | undefined;
  /** A date fact: its day number is kept too, at `n + index` (n facts). */
  readonly isDate: boolean;
  /**
   * The name is also a member of every object (`toString`, `constructor`…): read it only when
   * the facts object has it as its own property. Other names are read directly (the hot path).
   */
  readonly inherited: boolean;
  readonly #ruleId: string;
  readonly #values: readonly string[];

  constructor(ruleId: string, name: string, index: number, spec: FactSpec) {
    this.name = name;
    this.index = index;
    this.spec = spec;
    this.type = spec.type;
    this.defaultValue = 'default' in spec ? spec.default : undefined;
    this.required = spec.required && this.defaultValue === undefined;
    this.isDate = spec.type === 'date';
    this.inherited = name in Object.prototype;
    this.#ruleId = ruleId;
    this.#values = spec.type === 'enum' ? spec.values : [];
  }

  /** This fact's value in `facts` (an object of name → value): its own property only. */
  read(facts: object): unknown {
    return this.inherited && !Object.hasOwn(facts, this.name) ? undefined : (facts as Record<string, unknown>)[this.name];
  }

  /** The normalised value of `raw`, or `invalid_fact` naming `fn`. */
  parse(raw: unknown, fn: string): FactValue {
    switch (this.type) {
      case 'date':
        if (typeof raw === 'string' && tryParseIsoDay(raw) !== undefined) return raw;
        try {
          return formatDay(toDay(raw, fn, `fact '${this.name}'`));
        } catch {
          break;
        }
      case 'boolean':
        if (raw === true || raw === false) return raw;
        break;
      case 'enum':
        if (typeof raw === 'string' && this.#values.includes(raw)) return raw;
        break;
      case 'year':
        if (typeof raw === 'string' && isIsoYear(raw)) return raw;
        if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1000 && raw <= 9999) return String(raw);
        break;
      case 'month':
        if (typeof raw === 'string' && isIsoMonth(raw)) return raw;
        break;
      case 'quarter':
        if (typeof raw === 'string' && isIsoQuarter(raw)) return raw;
        break;
      case 'half':
        if (typeof raw === 'string' && isIsoHalf(raw)) return raw;
        break;
    }
    throw invalidFact(fn, this.#ruleId, this.name, this.spec, raw);
  }
}
