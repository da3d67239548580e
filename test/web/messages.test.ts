import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../web/src/messages.js';

describe('the message catalogues of the web page', () => {
  it('have the same keys in Vietnamese and English, and no empty text', () => {
    const vi = Object.keys(MESSAGES.vi).sort();
    const en = Object.keys(MESSAGES.en).sort();
    expect(en).toEqual(vi);
    for (const lang of ['vi', 'en'] as const) for (const [k, v] of Object.entries(MESSAGES[lang])) expect(v.trim(), `${lang}.${k}`).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(MESSAGES.vi) as (keyof typeof MESSAGES.vi)[]) expect(names(MESSAGES.en[k]), k).toEqual(names(MESSAGES.vi[k]));
  });

  it('are not the same text in both languages, but for the few words that are (dd/mm/yyyy)', () => {
    const same = Object.keys(MESSAGES.vi).filter((k) => MESSAGES.vi[k as keyof typeof MESSAGES.vi] === MESSAGES.en[k as keyof typeof MESSAGES.vi]);
    expect(same).toEqual(['datePattern']);
  });
});
