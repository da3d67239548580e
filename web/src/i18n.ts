/**
 * The page's language: Vietnamese by default, English on request (`?lang=en` or the switch).
 * `t()` fills a catalogue text; `applyTexts()` sets every element marked `data-i18n` (its text)
 * or `data-i18n-<attr>` (an attribute), and the `lang` attribute of the page.
 */
import { MESSAGES, type MessageKey } from './messages.js';

/** A language of the page. */
export type Lang = 'vi' | 'en';

let current: Lang = 'vi';
const listeners: (() => void)[] = [];

/** The page's language. */
export const lang = (): Lang => current;

/** The text of `key` in the page's language, with `{name}` placeholders filled from `vars`. */
export function t(key: MessageKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return MESSAGES[current][key].replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));
}

/** Sets the texts of the static page (`data-i18n="key"`, `data-i18n-placeholder="key"`, …) and `<html lang>`. */
export function applyTexts(root: ParentNode = document): void {
  document.documentElement.lang = current;
  document.title = t('title');
  root.querySelectorAll<HTMLElement>('*').forEach((el) => {
    for (const { name, value } of Array.from(el.attributes)) {
      if (name === 'data-i18n') el.textContent = t(value as MessageKey);
      else if (name.startsWith('data-i18n-')) el.setAttribute(name.slice('data-i18n-'.length), t(value as MessageKey));
    }
  });
}

/** Changes the language: the static texts, then each view (its listener) re-renders. */
export function setLang(next: Lang): void {
  current = next;
  applyTexts();
  for (const f of listeners) f();
}

/** Calls `f` after each change of language. */
export function onLangChange(f: () => void): void {
  listeners.push(f);
}
