/**
 * The explanation of a due date, in Vietnamese and English: computed on demand (the result's
 * `explanation` getter), so the hot path pays nothing for it. It adds to the steps (`steps.ts`)
 * the source wording, the variant and its conditions, the interpretation and the legal basis.
 */
import type { LocalizedText } from '../calendar/types.js';
import type { Lang } from '../core/lang.js';
import type { CompiledRuleImpl, CompiledVariant } from './compile.js';
import type { Condition } from './schema.js';
import { dmy, label } from './step-text.js';
import type { DueResult } from './types.js';

const OPS: Record<string, Record<Lang, string>> = {
  equal: { vi: '=', en: '=' },
  notEqual: { vi: '≠', en: '≠' },
  lessThan: { vi: '<', en: '<' },
  lessThanInclusive: { vi: '≤', en: '≤' },
  greaterThan: { vi: '>', en: '>' },
  greaterThanInclusive: { vi: '≥', en: '≥' },
  in: { vi: 'thuộc', en: 'in' },
  notIn: { vi: 'không thuộc', en: 'not in' },
  contains: { vi: 'chứa', en: 'contains' },
  doesNotContain: { vi: 'không chứa', en: 'does not contain' },
};

/** A condition in words. @internal */
export function conditionText(c: Condition, l: Lang): string {
  if ('all' in c) {
    return c.all.length === 0 ? (l === 'vi' ? 'luôn đúng' : 'always') : c.all.map((x) => conditionText(x, l)).join(l === 'vi' ? ' và ' : ' and ');
  }
  if ('any' in c) return `(${c.any.map((x) => conditionText(x, l)).join(l === 'vi' ? ' hoặc ' : ' or ')})`;
  if ('not' in c) return `${l === 'vi' ? 'không' : 'not'} (${conditionText(c.not, l)})`;
  return `${c.fact} ${OPS[c.operator][l]} ${JSON.stringify(c.value)}`;
}

/** Dates of validity in words, e.g. ' [hiệu lực từ 01/07/2025]'; '' without any. */
function validity(from: string | undefined, to: string | undefined, l: Lang): string {
  if (from === undefined && to === undefined) return '';
  const parts =
    l === 'vi'
      ? [from !== undefined ? `từ ${dmy(from)}` : '', to !== undefined ? `đến hết ${dmy(to)}` : ''].filter(Boolean).join(' ')
      : [from !== undefined ? `from ${from}` : '', to !== undefined ? `to ${to}` : ''].filter(Boolean).join(' ');
  return l === 'vi' ? ` [hiệu lực ${parts}]` : ` [in force ${parts}]`;
}

const COUNTING: LocalizedText = {
  vi:
    'Cách tính thời hạn: Bộ luật Dân sự 2015, Điều 144–148 ' +
    '(không tính ngày xảy ra sự kiện; ngày cuối là ngày nghỉ thì theo quy tắc của quy định)',
  en: 'Counting: Civil Code 2015, Art. 144–148 (the day of the event is not counted; a last day that is a day off moves as the rule says)',
};

/**
 * The bilingual explanation of a result: rule, source wording, variant, interpretation, steps,
 * conclusion and legal basis.
 * @internal
 */
export function buildExplanation(res: DueResult, rule: CompiledRuleImpl, variant: CompiledVariant): LocalizedText {
  const s = variant.source;
  const kind = variant.deadline.kind;
  const lines = (l: Lang): string[] => {
    const out: string[] = [];
    out.push(`${rule.title[l]} [${rule.id}]`);
    out.push(
      l === 'vi'
        ? `Nguồn: ${s.document} ngày ${dmy(s.date)}, ${s.item}: “${s.text}”${s.verbatim ? '' : ' (chưa đối chiếu nguyên văn)'}`
        : `Source: ${s.document} of ${s.date}, ${s.item}: “${s.text}”${s.verbatim ? '' : ' (wording not checked against the document)'}`,
    );
    if (rule.variants.length > 1 || variant.when || variant.title) {
      const vTitle = variant.title ? variant.title[l] : variant.id;
      out.push(
        `${l === 'vi' ? 'Trường hợp' : 'Variant'}: ${vTitle}` +
          (variant.when ? ` (${l === 'vi' ? 'điều kiện' : 'when'}: ${conditionText(variant.when, l)})` : ''),
      );
    }
    if (res.interpretation) out.push(`${l === 'vi' ? 'Diễn giải' : 'Interpretation'}: ${res.interpretation[l]}`);
    out.push(l === 'vi' ? 'Các bước:' : 'Steps:');
    res.steps.forEach((st, i) => out.push(`  ${i + 1}. ${st.text[l]}`));
    if (res.due === null) out.push(`${l === 'vi' ? 'Kết luận' : 'Conclusion'}: ${res.note![l]}`);
    else if (!res.isDeadline) {
      out.push(
        l === 'vi'
          ? `Kết luận: ngày sớm nhất được phép là ${label(res.due, l)} — đây không phải một thời hạn`
          : `Conclusion: the earliest allowed day is ${label(res.due, l)} — this is not a deadline`,
      );
    } else {
      const window = res.windowStart !== null ? (l === 'vi' ? `, thực hiện từ ${res.windowStart}` : `, to be done from ${res.windowStart}`) : '';
      const lwd = res.lastWorkingDay!;
      const last = res.lastWorkingDay !== res.due ? (l === 'vi' ? `; ngày làm việc cuối cùng: ${label(lwd, l)}` : `; last working day: ${label(lwd, l)}`) : '';
      out.push(`${l === 'vi' ? 'Kết luận: hạn chót' : 'Conclusion: due'} ${label(res.due, l)}${window}${last}`);
    }
    const basis = res.legalBasis.map(
      (b) => `${b.document}${b.articles?.length ? ` ${b.articles.join(', ')}` : ''}${b.note ? ` (${b.note[l]})` : ''}${validity(b.validFrom, b.validTo, l)}`,
    );
    out.push(`${l === 'vi' ? 'Căn cứ pháp lý' : 'Legal basis'}: ${basis.join('; ')}`);
    if (kind === 'offset' || kind === 'immediatelyAfter') out.push(COUNTING[l]);
    return out;
  };
  return { vi: lines('vi').join('\n'), en: lines('en').join('\n') };
}
