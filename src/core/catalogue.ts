/**
 * Message catalogues: every user-facing text of a layer, in Vietnamese and English, under one
 * key set. A layer keeps its own catalogue (`src/<layer>/messages.ts`), so that an entry carries
 * only the texts of the layers it bundles. `{name}` in a text is a parameter.
 */
import type { Lang } from './lang.js';

/** The texts of a layer: for each language, one text per key; `{name}` marks a parameter. @internal */
export type Catalogue<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/** Parameters of a text: `{name}` → value. @internal */
export type Params = Readonly<Record<string, string | number>>;

/**
 * The text of `key` in `lang`, its `{name}` placeholders filled from `params` (a placeholder
 * without a parameter stays as it is, so that a missing one shows). @internal
 */
export function say<K extends string>(cat: Catalogue<K>, lang: Lang, key: K, params?: Params): string {
  const text = cat[lang][key];
  return params === undefined ? text : text.replace(/\{(\w+)\}/g, (m, n: string) => (Object.hasOwn(params, n) ? String(params[n]) : m));
}
