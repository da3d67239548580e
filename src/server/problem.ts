/**
 * Errors as `application/problem+json` (RFC 9457): `type`, `title`, `status`, `detail`,
 * `instance`, plus the library's stable `code` and the `field` at fault. The library's own
 * errors keep their code; the service's (unknown route, body too large …) have codes of their own.
 */
import { isVnDeadlinesError, type VnDeadlinesError } from '../core/errors.js';
import type { Lang } from '../core/lang.js';
import { UsageError } from '../core/usage-error.js';
import { errorText } from '../messages/index.js';
import { messages, type ProblemStatus } from './messages.js';

/** The media type of a problem. */
const PROBLEM_TYPE = 'application/problem+json';

/** A problem document, as sent. */
interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  field?: string;
}

/**
 * An error the service answers with a problem of its own: a status, a stable code, the field at
 * fault and the detail in each language.
 * @example
 * ```ts
 * // not run: an internal class of the CLI bundle
 * throw new ProblemError(413, 'body_too_large', (l) => messages[l].bodyTooLarge(1024));
 * ```
 */
export class ProblemError extends Error {
  constructor(
    readonly status: ProblemStatus,
    readonly code: string,
    readonly detail: (lang: Lang) => string,
    readonly field?: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail('en'));
  }
}

/** The HTTP status of a library error: data the calendar cannot answer for is 422, any other bad input 400. */
const statusOfCode = (e: VnDeadlinesError): ProblemStatus => (e.code === 'out_of_coverage' || e.code === 'invalid_data' ? 422 : 400);

/** The field a library error is about: its argument, the fact it names, or the rule. */
function fieldOf(e: VnDeadlinesError): string | undefined {
  const d = e.details;
  if (e.argument !== undefined) return e.argument;
  if (typeof d.fact === 'string') return d.fact;
  if (typeof d.field === 'string') return d.field;
  return e.code === 'unknown_rule' ? 'rule' : undefined;
}

/**
 * Whether an error is the client's (a problem the service answers as such) rather than the
 * service's own failure (500, logged).
 * @example `isClientError(new Error('x')) // false`
 */
export const isClientError = (e: unknown): boolean => e instanceof ProblemError || isVnDeadlinesError(e) || e instanceof UsageError;

/** The problem document of any error thrown while answering. */
function problemOf(e: unknown, lang: Lang, instance: string): Problem {
  const base = (status: ProblemStatus, code: string, detail: string, field?: string): Problem => ({
    type: `urn:vn-deadlines:problem:${code}`,
    title: messages[lang].title[status],
    status,
    detail,
    instance,
    code,
    ...(field === undefined ? {} : { field }),
  });
  if (e instanceof ProblemError) return base(e.status, e.code, e.detail(lang), e.field);
  if (isVnDeadlinesError(e)) return base(statusOfCode(e), e.code, errorText(e, lang), fieldOf(e));
  if (e instanceof UsageError) return base(400, e.code ?? 'invalid_argument', e.message);
  return base(500, 'internal', messages[lang].internal);
}

/**
 * The response to an error: a problem document in the language asked for.
 * @param e - what was thrown
 * @param lang - the language of `detail` and `title`
 * @param instance - the request's path
 * @example
 * ```ts
 * // not run: an internal function of the CLI bundle
 * problemResponse(new ProblemError(404, 'not_found', (l) => messages[l].notFound('/x')), 'en', '/x').status; // 404
 * ```
 */
export function problemResponse(e: unknown, lang: Lang, instance: string): Response {
  const p = problemOf(e, lang, instance);
  const headers: Record<string, string> = { 'content-type': PROBLEM_TYPE, 'content-language': lang };
  if (e instanceof ProblemError) Object.assign(headers, e.headers);
  return new Response(JSON.stringify(p), { status: p.status, headers });
}
