/**
 * The library's errors in words, in Vietnamese or English (entry `vn-deadlines/messages`): for
 * the CLI, an HTTP service answering in the language of `Accept-Language`, a web page. The
 * errors themselves keep an English `message`; their `key`, `details` and `argument` are what
 * this module words.
 */
import { say, type Params } from '../core/catalogue.js';
import { dateText, dayText } from '../core/date-text.js';
import type { VnDeadlinesError } from '../core/errors.js';
import type { Lang } from '../core/lang.js';
import { ERROR_TEXT } from './errors.js';

export type { Lang } from '../core/lang.js';

/** How a caller names an argument or a fact in its own terms, e.g. `'date'` → `'<date>'`, fact `x` → `'--fact x'`. */
export type ArgumentNames = (argument: string, kind: 'argument' | 'fact') => string;

/** A value as a sentence quotes it. */
function quote(v: unknown): string {
  if (typeof v === 'string') return `"${v.length > 80 ? v.slice(0, 80) + '…' : v}"`;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === null || v === undefined) return String(v);
  try {
    const s = JSON.stringify(v);
    return s.length > 80 ? s.slice(0, 80) + '…' : s;
  } catch {
    return typeof v;
  }
}

const isoLike = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** What a fact must be, in words. */
function expected(d: Readonly<Record<string, unknown>>, lang: Lang): string {
  const type = String(d.type);
  const key = `fact_type_${type}` as const;
  if (!Object.hasOwn(ERROR_TEXT[lang], key)) return type;
  const values = Array.isArray(d.values) ? d.values.map((x) => quote(x)).join(', ') : '';
  return say(ERROR_TEXT, lang, key as keyof (typeof ERROR_TEXT)['vi'], { values });
}

/** The parameters of an error's text, from its details. */
function paramsOf(e: VnDeadlinesError, lang: Lang, name: ArgumentNames): Params {
  const d = e.details;
  const range = Array.isArray(d.range) ? d.range : [];
  const day = (v: unknown): string => (isoLike(v) ? dateText(v, lang) : quote(v));
  const description = d.description as Partial<Record<Lang, string>> | undefined;
  return {
    value: e.code === 'out_of_coverage' ? day(d.value) : e.code === 'not_a_working_day' && isoLike(d.value) ? dayText(d.value, lang) : quote(d.value),
    argument: typeof d.fact === 'string' ? name(d.fact, 'fact') : name(e.argument ?? '', 'argument'),
    fact: String(d.fact),
    ruleId: String(d.ruleId),
    first: day(range[0]),
    last: day(range[1]),
    from: day(d.from),
    to: day(d.to),
    year: String(d.missingOfficialYear ?? d.value),
    where: String(d.where),
    other: String(d.other),
    document: String(d.document),
    units: String(d.units),
    description: description?.[lang] ?? '',
    expected: expected(d, lang),
    detail: e.reason,
  };
}

/**
 * An error of the library in words, in Vietnamese or English, without the library's function
 * names: what went wrong and what to do. The argument at fault is named as `names` says (the
 * CLI says `<date>` or `--fact ministryDecisionDate` where the library says `date` or
 * `ministryDecisionDate`); without `names`, as the library names it.
 *
 * @param e - an error the library threw (any copy of it: see `isVnDeadlinesError`)
 * @param lang - `'vi'` or `'en'`
 * @param names - how the caller names an argument or a fact
 * @returns one sentence or two
 *
 * @example
 * ```ts
 * import { dayInfo, isVnDeadlinesError } from 'vn-deadlines';
 * import { errorText } from 'vn-deadlines/messages';
 * try {
 *   dayInfo('2025-02-30');
 * } catch (e) {
 *   if (!isVnDeadlinesError(e)) throw e;
 *   errorText(e, 'vi'); // 'date: "2025-02-30" không phải là một ngày hợp lệ; hãy ghi ngày theo dạng năm-tháng-ngày YYYY-MM-DD, ví dụ 2025-01-20.'
 *   errorText(e, 'en', (a) => `<${a}>`); // '<date>: "2025-02-30" is not a valid date; write it as YYYY-MM-DD, e.g. 2025-01-20.'
 * }
 * ```
 */
export function errorText(e: VnDeadlinesError, lang: Lang, names: ArgumentNames = (a) => a): string {
  const key = Object.hasOwn(ERROR_TEXT[lang], e.key) ? e.key : e.code;
  const text = say(ERROR_TEXT, lang, key, paramsOf(e, lang, names));
  const arg = e.argument === undefined || typeof e.details.fact === 'string' ? '' : names(e.argument, 'argument');
  return arg === '' ? text : `${arg}: ${text}`;
}
