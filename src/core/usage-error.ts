/** The error of a command-line usage or of a file the user named: one line on stderr, exit code 2. */
import type { Lang } from './lang.js';

/**
 * A usage error: one line on stderr, exit code 2; `code`, where given, is stable (programs and
 * tests match it). `message` is English; `text`, where given, words it in the language the
 * user asked for (`--lang`), from the thrower's message catalogue.
 * @example
 * ```ts
 * new UsageError('--out x.csv is the input', 'out_is_input').code; // 'out_is_input'
 * ```
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly text?: (lang: Lang) => string,
  ) {
    super(message);
  }
}
