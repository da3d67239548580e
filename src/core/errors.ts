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
 * The one error class the library throws. `code` is stable; `message` names the function,
 * the bad value and what to do; `details` carries typed fields for programs.
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

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'VnDeadlinesError';
    this.code = code;
    this.details = details;
  }
}
