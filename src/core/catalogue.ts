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

/** A text cut at its placeholders: literal parts, with a parameter name between each two. */
type Template = readonly string[];

/** Texts already cut, by text: an explanation fills the same few dozen texts again and again. */
const templates = new Map<string, Template>();

/** `'Ngày {day}: {n}'` → `['Ngày ', 'day', ': ', 'n', '']`: parts at even places, names at odd ones. */
function templateOf(text: string): Template {
  let t = templates.get(text);
  if (t === undefined) templates.set(text, (t = text.split(/\{(\w+)\}/)));
  return t;
}

/**
 * The text of `key` in `lang`, its `{name}` placeholders filled from `params` (a placeholder
 * without a parameter stays as it is, so that a missing one shows). @internal
 */
export function say<K extends string>(cat: Catalogue<K>, lang: Lang, key: K, params?: Params): string {
  const text = cat[lang][key];
  if (params === undefined) return text;
  const t = templateOf(text);
  let out = t[0];
  for (let i = 1; i < t.length; i += 2) {
    const name = t[i];
    out += (Object.hasOwn(params, name) ? String(params[name]) : `{${name}}`) + t[i + 1];
  }
  return out;
}
