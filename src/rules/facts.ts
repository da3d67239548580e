/**
 * Facts: parsing what the caller gives into the normalised values conditions and deadlines
 * read. Dates become 'YYYY-MM-DD' (anything `toDay` accepts: ISO date, ISO timestamp with
 * offset, JS Date, luxon DateTime — converted in UTC+7); booleans stay booleans; enums and
 * periods ('YYYY-MM', 'YYYY-Qn', 'YYYY-Hn', 'YYYY') are checked and kept as strings.
 */
import { formatDay, toDay, tryParseIsoDay } from '../core/days.js';
import { VnDeadlinesError } from '../core/errors.js';
import { isIsoHalf, isIsoMonth, isIsoQuarter, isIsoYear } from './iso.js';
import type { FactSpec, FactType } from './schema.js';

/** A normalised fact value. */
export type FactValue = string | boolean;

/** What each fact type expects, for messages. @internal */
export const FACT_EXPECTS: Record<FactType, string> = {
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
export function invalidFact(fn: string, ruleId: string, name: string, spec: FactSpec, value: unknown): VnDeadlinesError {
  return new VnDeadlinesError(
    'invalid_fact',
    `${fn}: rule '${ruleId}': fact '${name}' must be ${expects(spec)}, got ${show(value)}; fix the value`,
    { ruleId, fact: name, type: spec.type, value },
  );
}

/**
 * A parser for one declared fact: returns the normalised value or throws `invalid_fact`.
 * @internal
 */
export function factParser(ruleId: string, name: string, spec: FactSpec): (raw: unknown, fn: string) => FactValue {
  switch (spec.type) {
    case 'date':
      return (raw, fn) => {
        if (typeof raw === 'string' && tryParseIsoDay(raw) !== undefined) return raw;
        try {
          return formatDay(toDay(raw, fn, `fact '${name}'`));
        } catch {
          throw invalidFact(fn, ruleId, name, spec, raw);
        }
      };
    case 'boolean':
      return (raw, fn) => {
        if (raw === true || raw === false) return raw;
        throw invalidFact(fn, ruleId, name, spec, raw);
      };
    case 'enum': {
      const values = spec.values;
      return (raw, fn) => {
        if (typeof raw === 'string' && values.includes(raw)) return raw;
        throw invalidFact(fn, ruleId, name, spec, raw);
      };
    }
    case 'year':
      return (raw, fn) => {
        if (typeof raw === 'string' && isIsoYear(raw)) return raw;
        if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1000 && raw <= 9999) return String(raw);
        throw invalidFact(fn, ruleId, name, spec, raw);
      };
    default: {
      const ok = spec.type === 'month' ? isIsoMonth : spec.type === 'quarter' ? isIsoQuarter : isIsoHalf;
      return (raw, fn) => {
        if (typeof raw === 'string' && ok(raw)) return raw;
        throw invalidFact(fn, ruleId, name, spec, raw);
      };
    }
  }
}
