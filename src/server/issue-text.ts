/**
 * Why a request's field is not valid, in the language of the answer: a zod issue in the
 * service's own words (zod's messages are English, and its Vietnamese locale speaks of
 * "khóa" and "string"). The service's own checks (a date, a year, a whole number) carry their
 * English message as given in `schemas.ts` and `core/iso-date-schema.ts`; they are found here by it.
 */
import type * as z from 'zod/mini';
import type { Lang } from '../core/lang.js';
import { messages } from './messages.js';

type IssueTexts = (typeof messages)['en']['issue'];
type Issue = z.core.$ZodIssue;

/** The service's own checks, by the English message they were given. */
const OWN_CHECKS = new Map<string, keyof IssueTexts>((['date', 'realDate', 'year', 'whole'] as const).map((k) => [messages.en.issue[k], k]));

/**
 * Whether an issue is one of a date check of the service (not `YYYY-MM-DD`, or no such day): its
 * problem's code is then `invalid_date`.
 * @example
 * ```ts
 * // not run: an internal function of the CLI bundle
 * isDateIssue({ code: 'custom', message: "expected a date 'YYYY-MM-DD' that exists", path: ['date'], input: '2025-02-30' }); // true
 * ```
 */
export function isDateIssue(issue: Issue): boolean {
  const own = OWN_CHECKS.get(issue.message);
  return own === 'date' || own === 'realDate';
}

/** A JSON value's type, as zod names an expected type. */
function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** A type in words (`a string`, `một chuỗi ký tự`), or its name when the catalogue has none. */
function typeText(type: string, lang: Lang): string {
  const types: Record<string, string> = messages[lang].types;
  return types[type] ?? type;
}

/**
 * An issue in words.
 * @example
 * ```ts
 * // not run: an internal function of the CLI bundle
 * issueText({ code: 'invalid_type', expected: 'string', input: 5, path: ['rule'], message: '' }, 'vi'); // 'cần một chuỗi ký tự, nhận được một số'
 * ```
 */
export function issueText(issue: Issue, lang: Lang): string {
  const t = messages[lang].issue;
  const own = OWN_CHECKS.get(issue.message);
  if (own) return t[own] as string;
  switch (issue.code) {
    case 'unrecognized_keys':
      return t.unknownField;
    case 'invalid_type':
      return issue.input === undefined ? t.missing : t.expected(typeText(issue.expected, lang), typeText(jsonType(issue.input), lang));
    case 'invalid_value':
      return t.oneOf(issue.values.map((v) => JSON.stringify(v)).join(', '));
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? t.empty : t.tooSmall(String(issue.minimum));
    case 'too_big':
      return t.tooBig(String(issue.maximum));
    default:
      return t.other;
  }
}
