/**
 * Folding of unit names for matching: case, diacritics, punctuation and a few abbreviations
 * the plan uses do not matter. Kept apart from `units.ts` so that the schema can use it.
 */
import { invalidArgument } from '../core/args.js';

/** Abbreviations expanded (or contracted) after folding, so that both spellings meet. */
const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/\buy ban nhan dan\b/g, 'ubnd'],
  [/\btp\b/g, 'thanh pho'],
  [/\bvp\b/g, 'van phong'],
];

/**
 * Folds a unit name or a query for comparison: Unicode NFD, combining marks removed, `đ` → `d`,
 * lower case, every run of other characters than `a–z 0–9` → one space, then `Ủy ban nhân dân`
 * → `ubnd`, `TP` → `thanh pho`, `VP` → `van phong`.
 *
 * @param text - a name, an alias, an id or a query
 * @returns the folded form, e.g. `'ubnd cap huyen'`
 * @example
 * ```ts
 * foldUnitName('Ủy ban nhân dân cấp huyện'); // 'ubnd cap huyen'
 * foldUnitName('UBND CAP HUYEN');            // 'ubnd cap huyen'
 * foldUnitName('district-people-committees'); // 'district people committees'
 * ```
 */
export function foldUnitName(text: string): string {
  if (typeof text !== 'string') throw invalidArgument('foldUnitName', 'text', 'text (a unit name or a query)', text);
  let s = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  for (const [pattern, replacement] of ABBREVIATIONS) s = s.replace(pattern, replacement);
  return s;
}
