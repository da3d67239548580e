/**
 * Stable error codes. They are part of the public API: a new code may be added, an existing
 * one is never renamed.
 */
export type ErrorCode =
  | 'invalid_date'
  | 'invalid_argument'
  | 'out_of_coverage'
  | 'not_a_working_day'
  | 'invalid_data'
  | 'invalid_rule'
  | 'unknown_rule'
  | 'duplicate_rule'
  | 'missing_fact'
  | 'invalid_fact'
  | 'no_variant'
  /** A record's `actual` is before the event its deadline counts from (a batch check's data error). */
  | 'actual_before_event';

/**
 * The message keys of errors: the code itself, or a finer key where one code covers errors a
 * user reads differently. `errorText` in `vn-deadlines/messages` has a text for each, in
 * Vietnamese and English; the parameters are the error's `details` and `argument`.
 */
/**
 * The message keys: the codes, finer keys, and `worded` for an error whose message is already in
 * the language of the run (a reader of a user's file words its errors in the language asked).
 */
export type ErrorKey =
  ErrorCode | 'strict_year_missing' | 'range_reversed' | 'not_whole_number' | 'unknown_unit' | 'unknown_procedure' | 'record_date' | 'worded';

/**
 * The brand every {@link VnDeadlinesError} carries, registered with `Symbol.for` so that the
 * ESM build, the CommonJS build and a bundled copy of the library all share it.
 */
const BRAND: unique symbol = Symbol.for('vn-deadlines.error') as never;

/**
 * The one error class the library throws. `code` is stable; `message` names the function,
 * the bad value and what to do; `details` carries typed fields for programs; `fn`, `argument`
 * and `reason` give the function, the argument at fault and the message without the function's
 * name, so that a caller that re-words an error never has to take the message apart.
 *
 * `instanceof VnDeadlinesError` also recognises errors thrown by another copy of the library
 * (the CommonJS build seen from ES modules, or a second installed version), through the
 * `Symbol.for('vn-deadlines.error')` brand; {@link isVnDeadlinesError} is the same test as a
 * type guard.
 *
 * @example
 * ```ts
 * import { addWorkingDays, VnDeadlinesError } from 'vn-deadlines';
 * try {
 *   addWorkingDays('2025-02-29', 1);
 * } catch (e) {
 *   if (e instanceof VnDeadlinesError && e.code === 'invalid_date') console.error(e.message);
 * }
 * ```
 */
export class VnDeadlinesError extends Error {
  /** Stable, machine-readable code. */
  readonly code: ErrorCode;
  /** Extra fields, e.g. `{ value, range }`. */
  readonly details: Readonly<Record<string, unknown>>;
  /** The public function that threw, e.g. `'dueDate'`, when the error names one (`message` then starts with it). */
  readonly fn: string | undefined;
  /** The argument or option at fault, e.g. `'asOf'`, when one is. */
  readonly argument: string | undefined;
  /** What went wrong: `message` without the leading function name when `fn` is set, else `message`. */
  readonly reason: string;
  /** The message key (`code`, or a finer key): with `details` and `argument` as its parameters, `errorText` of `vn-deadlines/messages` words it in Vietnamese or English. */
  readonly key: ErrorKey;

  /**
   * @param code - the stable code
   * @param message - what went wrong; with `site`, without the function's name, which is put in front
   * @param details - typed fields for programs
   * @param site - the function that threw, the argument at fault, the message key when it is not the code
   */
  constructor(
    code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
    site?: { readonly fn?: string; readonly argument?: string; readonly key?: ErrorKey },
  ) {
    super(site?.fn === undefined ? message : `${site.fn}: ${message}`);
    this.name = 'VnDeadlinesError';
    this.code = code;
    this.details = details;
    this.fn = site?.fn;
    this.argument = site?.argument;
    this.reason = message;
    this.key = site?.key ?? code;
  }

  /** `value instanceof VnDeadlinesError`: true for an error of any copy of the library. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isVnDeadlinesError(value);
  }
}

// On the prototype, not on each instance: invisible to JSON.stringify and Object.keys.
Object.defineProperty(VnDeadlinesError.prototype, BRAND, { value: true });

/**
 * A {@link VnDeadlinesError} thrown by `fn`: its message is `fn: reason`, and `fn`, `argument`
 * and `reason` are set. @internal
 */
export function errorIn(
  fn: string,
  code: ErrorCode,
  reason: string,
  details: Record<string, unknown> = {},
  argument?: string,
  key?: ErrorKey,
): VnDeadlinesError {
  return new VnDeadlinesError(code, reason, details, { fn, argument, key });
}

/**
 * Whether `e` is an error thrown by vn-deadlines, whichever copy of the library threw it: the
 * ES module build, the CommonJS build (`require('vn-deadlines')` in the same program) or a
 * bundled copy. It tests the `Symbol.for('vn-deadlines.error')` brand, not the class identity
 * that `instanceof` would otherwise compare, so it is safe across builds and versions.
 *
 * @param e - any caught value
 * @returns `true` when `e` is a {@link VnDeadlinesError}, and narrows its type
 *
 * @example
 * ```ts
 * import { addWorkingDays, isVnDeadlinesError } from 'vn-deadlines';
 * try {
 *   addWorkingDays('2025-02-29', 1);
 * } catch (e) {
 *   if (isVnDeadlinesError(e)) console.error(e.code, e.message); // invalid_date …
 *   else throw e;
 * }
 * ```
 */
export function isVnDeadlinesError(e: unknown): e is VnDeadlinesError {
  return typeof e === 'object' && e !== null && (e as { [BRAND]?: unknown })[BRAND] === true;
}
