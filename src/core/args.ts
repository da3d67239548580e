/**
 * Checks of arguments at the public edge: options objects, and values shown in messages
 * whatever their type (a BigInt or a Symbol must not turn a clear error into a TypeError).
 * Used on slow paths only: the hot paths check their arguments by their own fast tests.
 */
import { errorIn, VnDeadlinesError } from './errors.js';

/** A value as a message shows it: strings quoted; BigInt, Symbol, Date, arrays and objects named. @internal */
export function show(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 80 ? value.slice(0, 80) + '…' : value);
    case 'bigint':
      return `${value}n (a BigInt)`;
    case 'symbol':
      return `${value.toString()} (a Symbol)`;
    case 'function':
      return 'a function';
    case 'object':
      if (value === null) return 'null';
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date(${value.toISOString()})`;
      return Array.isArray(value) ? 'an array' : 'an object';
    default:
      return String(value);
  }
}

/** The `invalid_argument` error naming the function, what was expected and what was given. @internal */
export function invalidArgument(fn: string, what: string, expected: string, value: unknown): VnDeadlinesError {
  return errorIn(fn, 'invalid_argument', `${what} must be ${expected}, got ${show(value)}`, { argument: what, value }, what);
}

/** An options argument: `undefined` (no options) or a plain object. @internal */
export function optionsOf<T extends object>(value: T | undefined, fn: string, what = 'options'): Partial<T> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidArgument(fn, what, 'an object', value);
  return value;
}

// Duck tests, not `instanceof`: the CommonJS build bundles each entry with its own copy of the
// classes, so a calendar made by `vn-deadlines/calendar` is not an instance of the class in
// `vn-deadlines/ics` there.

/** Whether a value looks like a Calendar (from createCalendar()). @internal */
export const isCalendarLike = (v: unknown): boolean =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { isWorkingDay?: unknown }).isWorkingDay === 'function' &&
  typeof (v as { dayRoll?: unknown }).dayRoll === 'function';

/** Whether a value looks like a RuleSet (from loadRules() or shippedRules()). @internal */
export const isRuleSetLike = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && typeof (v as { lookup?: unknown }).lookup === 'function' && typeof (v as { list?: unknown }).list === 'function';

/** Whether a value looks like a compiled rule (from getRule()). @internal */
export const isRuleLike = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string' && Array.isArray((v as { variants?: unknown }).variants);

/** A value as JSON when it can be written so (cut at 200 characters), else as {@link show} names it. @internal */
export function showJson(value: unknown): string {
  try {
    const s = JSON.stringify(value);
    if (s !== undefined) return s.length > 200 ? s.slice(0, 200) + '…' : s;
  } catch {
    // a BigInt or a cycle
  }
  return show(value);
}
