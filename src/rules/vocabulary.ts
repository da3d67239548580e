/**
 * The vocabulary of rule files: fact types, condition operators and deadline kinds. Kept apart
 * from the zod schema (`schema.ts`) so that the main entry can list them without loading zod.
 */

/**
 * Types a fact can have. Dates are normalised to 'YYYY-MM-DD'; periods keep their string form.
 * @example `FACT_TYPES.includes('quarter') // true`
 */
export const FACT_TYPES = ['date', 'boolean', 'enum', 'month', 'quarter', 'half', 'year'] as const;

/**
 * The operators of json-rules-engine that the evaluator supports (all of its defaults).
 * `contains` / `doesNotContain` are evaluated but refused in rules: vn-deadlines facts are single values.
 * @example `OPERATORS.includes('greaterThanInclusive') // true`
 */
export const OPERATORS = [
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
] as const;

/**
 * The deadline kinds (docs/domain.md#counting-periods): offsets, immediately after, fixed dates, windows, periodic,
 * ongoing, on occurrence, until superseded.
 * @example `DEADLINE_KINDS.length // 8`
 */
export const DEADLINE_KINDS = ['offset', 'immediatelyAfter', 'fixed', 'window', 'periodic', 'ongoing', 'onOccurrence', 'untilSuperseded'] as const;
