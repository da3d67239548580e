/**
 * The explanation of a due date, in Vietnamese and English: computed on demand (the result's
 * `explanation` getter), so the hot path pays nothing for it. It adds to the steps (`steps.ts`)
 * the source wording, the variant and its conditions, the interpretation and the legal basis.
 */
import type { LocalizedText } from '../calendar/types.js';
import type { Lang } from '../core/lang.js';
import type { CompiledRuleImpl, CompiledVariant } from './compile.js';
import type { Condition, FactSpec } from './schema.js';
import { dmy, label, periodName, t } from './step-text.js';
import type { DueResult } from './types.js';
import { citation, itemText } from '../core/citation.js';

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

/** A fact's name for people: its description (an enum's lists its values after a colon: the name is before it). @internal */
export function factName(spec: FactSpec, l: Lang): string {
  // A period fact's description ends with its format (", 'YYYY-MM'"): a name for people leaves it out.
  return (spec.type === 'enum' ? spec.description[l].split(': ')[0] : spec.description[l]).replace(/, '[^']*'$/, '');
}

/**
 * A fact's value for people: yes/no, a date as the language writes it, a period in words, an
 * enum value by the words its description gives it (`'local' (chính quyền địa phương)`). @internal
 */
export function factValue(spec: FactSpec | undefined, v: unknown, l: Lang): string {
  if (typeof v === 'boolean') return t(l, v ? 'yes' : 'no');
  if (Array.isArray(v)) return v.map((x) => factValue(spec, x, l)).join(', ');
  if (typeof v !== 'string') return String(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return dmy(v, l);
  if (/^\d{4}-(\d{2}|Q[1-4]|H[12])$/.test(v)) return periodName(v, l);
  const desc = spec?.type === 'enum' ? spec.description[l] : '';
  const at = desc.indexOf(`'${v}' (`);
  return at < 0 ? v : desc.slice(at + v.length + 4, desc.indexOf(')', at + v.length + 4));
}

/**
 * A condition in words; with the rule, each fact by its name for people (“Ngày ký văn bản ≥ 01/04/2025”)
 * rather than its id. @internal
 */
export function conditionText(c: Condition, l: Lang, rule?: CompiledRuleImpl): string {
  if ('all' in c) return c.all.length === 0 ? t(l, 'always') : c.all.map((x) => conditionText(x, l, rule)).join(t(l, 'and'));
  if ('any' in c) return `(${c.any.map((x) => conditionText(x, l, rule)).join(t(l, 'or'))})`;
  if ('not' in c) return `${t(l, 'not')} (${conditionText(c.not, l, rule)})`;
  const spec = rule !== undefined && Object.hasOwn(rule.facts, c.fact) ? rule.facts[c.fact] : undefined;
  return `${spec === undefined ? c.fact : factName(spec, l)} ${OPS[c.operator][l]} ${factValue(spec, c.value, l)}`;
}

/** Dates of validity in words, e.g. ' [hiệu lực từ ngày 01/07/2025]'; '' without any. */
function validity(from: string | undefined, to: string | undefined, l: Lang): string {
  if (from === undefined && to === undefined) return '';
  const parts = [from !== undefined ? t(l, 'validFrom', { date: dmy(from, l) }) : '', to !== undefined ? t(l, 'validTo', { date: dmy(to, l) }) : ''];
  return t(l, 'validity', { range: parts.filter(Boolean).join(' ') });
}

/** The conclusion line: the due day, or the earliest allowed day, or why there is none. */
function conclusion(res: DueResult, l: Lang): string {
  if (res.due === null) return t(l, 'conclusion', { text: res.note![l] });
  if (!res.isDeadline) return t(l, 'conclusionEarliest', { day: label(res.due, l) });
  const window = res.windowStart !== null ? t(l, 'conclusionFrom', { day: label(res.windowStart, l) }) : '';
  const lwd = res.lastWorkingDay!;
  const last = lwd !== res.due ? t(l, 'conclusionLast', { day: label(lwd, l) }) : '';
  return t(l, 'conclusionDue', { day: label(res.due, l) }) + window + last;
}

/**
 * The bilingual explanation of a result: rule, source wording, variant, interpretation, steps,
 * conclusion and legal basis. A variant is named by its title (or, without one, by its
 * conditions in words), never by its id.
 * @internal
 */
export function buildExplanation(res: DueResult, rule: CompiledRuleImpl, variant: CompiledVariant): LocalizedText {
  const s = variant.source;
  const kind = variant.deadline.kind;
  const lines = (l: Lang): string[] => {
    const out: string[] = [t(l, 'heading', { title: rule.title[l], id: rule.id })];
    out.push(t(l, 'source', { document: s.document, date: dmy(s.date, l), item: itemText(s.item, l), text: s.text }) + (s.verbatim ? '' : t(l, 'notVerbatim')));
    if (rule.variants.length > 1 || variant.when || variant.title) {
      const name = variant.title ? variant.title[l] : variant.when ? conditionText(variant.when, l, rule) : variant.id;
      out.push(t(l, 'variant', { variant: name }));
    }
    if (res.interpretation) out.push(t(l, 'interpretation', { text: res.interpretation[l] }));
    out.push(t(l, 'steps'));
    res.steps.forEach((st, i) => out.push(`  ${i + 1}. ${st.text[l]}`));
    out.push(conclusion(res, l));
    const basis = res.legalBasis.map(
      (b) => `${citation(b.document, b.articles ?? [], l)}${b.note ? ` (${b.note[l]})` : ''}${validity(b.validFrom, b.validTo, l)}`,
    );
    out.push(t(l, 'basis', { list: basis.join('; ') }));
    if (kind === 'offset' || kind === 'immediatelyAfter') out.push(t(l, 'counting'));
    return out;
  };
  return { vi: lines('vi').join('\n'), en: lines('en').join('\n') };
}
