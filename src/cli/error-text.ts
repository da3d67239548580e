/** The one line of an error on stderr, in the language of `--lang`. */
import type { VnDeadlinesError } from '../core/errors.js';
import type { Lang } from '../core/lang.js';
import type { UsageError } from '../core/usage-error.js';
import { errorText, type ArgumentNames } from '../messages/index.js';

/** How the CLI names the library's arguments: as the user typed them (`<date>`, `--as-of`). */
const ARGUMENT_NAMES: Readonly<Record<string, string>> = { date: '<date>', from: '--from', to: '--to', asOf: '--as-of', n: '<n>' };

/** The library's arguments and facts as the CLI user typed them: `--fact ministryDecisionDate`, `<date>`. */
const cliNames: ArgumentNames = (a, kind) => (kind === 'fact' ? `--fact ${a}` : (ARGUMENT_NAMES[a] ?? a));

/**
 * An error of a command in words, in the language asked: a usage error as its thrower words it,
 * a library error by `errorText`, naming arguments as typed, never the library's function names.
 */
export function cliErrorText(e: VnDeadlinesError | UsageError, l: Lang): string {
  return e.name === 'VnDeadlinesError' ? errorText(e as VnDeadlinesError, l, cliNames) : ((e as UsageError).text?.(l) ?? e.message);
}
