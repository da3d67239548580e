/** The error of a command-line usage or of a file the user named: one line on stderr, exit code 2. */

/**
 * A usage error: one line on stderr, exit code 2; `code`, where given, is stable (programs and
 * tests match it).
 * @example
 * ```ts
 * new UsageError('--out x.csv is the input', 'out_is_input').code; // 'out_is_input'
 * ```
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}
