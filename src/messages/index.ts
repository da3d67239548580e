/**
 * The library's error messages in a language. This file is a stand-in: the message catalogues
 * (issue 14.1) replace it with the Vietnamese and English texts of every error code.
 */
import type { VnDeadlinesError } from '../core/errors.js';
import type { Lang } from '../core/lang.js';

/**
 * The message of a library error in a language. Until the catalogues land, the error's own
 * (English) message in every language.
 * @param e - the error
 * @param lang - `vi` or `en`
 * @returns the text to show
 * @example
 * ```ts
 * // not run: an internal module of the CLI bundle (src/server uses it), not a package export
 * errorText(new VnDeadlinesError('invalid_date', 'bad day'), 'en'); // 'bad day'
 * ```
 */
export function errorText(e: VnDeadlinesError, lang: Lang): string {
  void lang;
  return e.message;
}
