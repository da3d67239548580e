/** Requests checked against their route's zod schemas: a failure is a 400 problem naming the field. */
import type * as z from 'zod/mini';
import type { ErrorCode } from '../core/errors.js';
import { isDateIssue, issueText } from './issue-text.js';
import { messages } from './messages.js';
import { ProblemError } from './problem.js';

/**
 * A value checked against a schema.
 * @param where - the field named when the issue has no path (`query`, `body`)
 * @throws ProblemError 400, code `invalid_date` for a date that is not `YYYY-MM-DD` or does not exist, else `invalid_argument`
 * @example
 * ```ts
 * // not run: an internal function of the CLI bundle
 * validated(z.strictObject({ n: z.string() }), { n: '1' }, 'query'); // { n: '1' }
 * ```
 */
export function validated<T>(schema: z.ZodMiniType<T>, value: unknown, where: string): T {
  // The value given is kept in the issue (reportInput): what was received is named in the answer.
  const r = schema.safeParse(value, { reportInput: true });
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const keys = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '';
  const field = keys || (issue.path.length ? issue.path.map(String).join('.') : where);
  const code: ErrorCode = isDateIssue(issue) ? 'invalid_date' : 'invalid_argument';
  throw new ProblemError(400, code, (l) => messages[l].badField(field, issueText(issue, l)), field);
}
