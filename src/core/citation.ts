/**
 * Citations as Vietnamese documents write them: the smallest unit first, then the document —
 * `khoản 5 Điều 148 Bộ luật Dân sự 2015`, `mục II.2.1 QĐ 257/QĐ-UBND` — where the rule files
 * store an item as `Điều 148 khoản 5` or `II.2.1`. English keeps the stored order.
 */
import type { Lang } from './lang.js';

/**
 * One item of a document in Vietnamese order: `Điều 53 khoản 1` → `khoản 1 Điều 53`; a plan's
 * numbered item `II.2.1 (…)` → `mục II.2.1 (…)`; anything else as it is.
 */
function articleVi(item: string): string {
  const m = /^Điều (\S+) khoản (.+)$/.exec(item);
  if (m) return `khoản ${m[2]} Điều ${m[1]}`;
  return /^[IVX]+(\.\d+)*(\s|$)/.test(item) ? `mục ${item}` : item;
}

/**
 * A document with its items: `khoản 5 Điều 1 NĐ 48/2013/NĐ-CP` in Vietnamese, `NĐ 48/2013/NĐ-CP Điều 1 khoản 5` in English.
 * @example `citation('NĐ 48/2013/NĐ-CP', ['Điều 1 khoản 5'], 'vi') // 'khoản 5 Điều 1 NĐ 48/2013/NĐ-CP'`
 * @internal
 */
export function citation(document: string, items: readonly string[], lang: Lang): string {
  if (items.length === 0) return document;
  return CITE[lang](document, items);
}

const CITE: Readonly<Record<Lang, (document: string, items: readonly string[]) => string>> = {
  vi: (document, items) => `${items.map(articleVi).join(', ')} ${document}`,
  en: (document, items) => `${document} ${items.join(', ')}`,
};

/**
 * The item of a source as the language writes it: {@link articleVi} in Vietnamese, as stored in English.
 * @internal
 */
export function itemText(item: string, lang: Lang): string {
  return ITEM[lang](item);
}

const ITEM: Readonly<Record<Lang, (item: string) => string>> = { vi: (item) => articleVi(item), en: (item) => item };
