/**
 * The message catalogues (issue 14): every layer's texts in Vietnamese and English under one key
 * set, and `errorText`, which words every error the library throws, in either language.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TEXT } from '../src/cli/messages.js';
import { COMPLIANCE_TEXT } from '../src/compliance/messages.js';
import { say, type Catalogue } from '../src/core/catalogue.js';
import { VnDeadlinesError } from '../src/core/errors.js';
import { IO_TEXT } from '../src/io/messages.js';
import { ERROR_TEXT } from '../src/messages/errors.js';
import { errorText } from '../src/messages/index.js';
import { agenda } from '../src/plan/index.js';
import { RULES_TEXT } from '../src/rules/messages.js';
import { addWorkingDays, checkMany, createCalendar, dayInfo, dueDate, getRule, nonWorkingDays } from '../src/index.js';
import { loadRules, parseHolidayYear } from '../src/validate.js';
import { thrown } from './support/errors.js';
import { dossierDeadline } from '../src/dossier/index.js';

const root = join(import.meta.dirname, '..');
const CATALOGUES: Record<string, Catalogue<string>> = { CLI_TEXT, COMPLIANCE_TEXT, IO_TEXT, ERROR_TEXT, RULES_TEXT };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the catalogues', () => {
  for (const [name, cat] of Object.entries(CATALOGUES)) {
    it(`${name}: the same keys in vi and en, no empty text, the same placeholders in both`, () => {
      expect(Object.keys(cat.vi).sort()).toEqual(Object.keys(cat.en).sort());
      for (const key of Object.keys(cat.vi)) {
        const [vi, en] = [cat.vi[key], cat.en[key]];
        expect(vi.trim(), `${name}.vi.${key}`).not.toBe('');
        expect(en.trim(), `${name}.en.${key}`).not.toBe('');
        expect(placeholders(vi), `${name}.${key}`).toEqual(placeholders(en));
      }
    });

    it(`${name}: the Vietnamese texts are Vietnamese (no English words of a sentence left in them)`, () => {
      for (const [key, vi] of Object.entries(cat.vi)) {
        // Strip what stays as typed in both languages: option names, file names, commands, code words in quotes or after `--`.
        const words = vi.replace(/--[\w-]+|'[^']*'|"[^"]*"|\{\w+\}|\(mã lỗi \w+\)|[\w./-]+\.(json|csv|ics|parquet|md)/g, ' ');
        expect(words, `${name}.vi.${key}`).not.toMatch(/\b(the|is|must|got|needs|expected|cannot|run|give|not|and|or|of|with)\b/);
      }
    });
  }
});

describe('say: a text with its placeholders filled', () => {
  const cat: Catalogue<'a' | 'b' | 'c'> = {
    vi: { a: 'Ngày {day}: thứ {n} ({n})', b: 'không có tham số', c: '{x}{y}' },
    en: { a: 'Day {day}: number {n} ({n})', b: 'no parameter', c: '{x}{y}' },
  };
  it.each([
    ['vi', 'a', { day: '20/01/2025', n: 3 }, 'Ngày 20/01/2025: thứ 3 (3)'],
    ['en', 'a', { day: '2025-01-20', n: 3 }, 'Day 2025-01-20: number 3 (3)'],
    ['vi', 'a', { day: '20/01/2025' }, 'Ngày 20/01/2025: thứ {n} ({n})'],
    ['vi', 'b', { day: 'x' }, 'không có tham số'],
    ['en', 'c', { x: '{y}', y: '$&' }, '{y}$&'],
    ['en', 'b', undefined, 'no parameter'],
  ] as const)('%s %s %j → %j', (lang, key, params, expected) => expect(say(cat, lang, key, params)).toBe(expected));
});

describe('no language ternaries left in src: the texts come from the catalogues', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
  it('no `lang === "vi" ? … : …` (nor "en", nor l ===) in src', () => {
    const hits = files(join(root, 'src')).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${f.slice(root.length + 1)}:${i + 1}`, line }))
        .filter(({ line }) => /\b(lang|l)\s*===\s*'(vi|en)'/.test(line) || /===\s*'(vi|en)'\s*\?/.test(line)),
    );
    expect(hits).toEqual([]);
  });
});

/** One call per error the library throws (by message key), and what a Vietnamese clerk should read. */
const rule = JSON.parse(readFileSync(join(root, 'rules/hp-2025.json'), 'utf8')).rules[0];
const CASES: Record<string, () => unknown> = {
  invalid_date: () => dayInfo('2025-02-30'),
  invalid_argument: () => createCalendar({ overlays: 5 as never }),
  out_of_coverage: () => dayInfo('2300-01-01'),
  strict_year_missing: () => createCalendar({ strict: true }).dayInfo('2099-06-01'),
  range_reversed: () => nonWorkingDays('2025-02-01', '2025-01-01'),
  not_whole_number: () => addWorkingDays('2025-01-02', 1.5),
  not_a_working_day: () => addWorkingDays('2025-01-27', 0),
  invalid_data: () => parseHolidayYear({}, 'x.json'),
  invalid_rule: () => loadRules({ rules: [{ ...rule, id: 'Not An Id' }] }),
  unknown_rule: () => getRule('no/such-rule'),
  duplicate_rule: () => loadRules([rule, rule]),
  unknown_unit: () => agenda({ unit: 'zzzz', from: '2025-03-01', to: '2025-03-31', asOf: '2025-03-01' }),
  missing_fact: () => dueDate('hp-2025/central-tthc-list', {}),
  invalid_fact: () => dueDate('hp-2025/central-tthc-list', { ministryDecisionDate: 'hôm qua' }),
  no_variant: () => dueDate('luat-64-2025/earliest-effective-date', { signedDate: '2025-03-01', level: 'local' }),
  unknown_procedure: () => dossierDeadline({ procedure: 'nope/x', receivedAt: '2025-01-24T10:00:00+07:00' }),
  // Not thrown: the cause of a record error of a batch check (a date written month first).
  record_date: () => {
    const [o] = [...checkMany([{ rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '02/13/2025' }])];
    if (o.error?.cause !== undefined) throw o.error.cause;
    return o;
  },
  // Worded by a reader of a user's file in the language of the run (the Excel reader): errorText keeps its words.
  worded: () => {
    throw new VnDeadlinesError('invalid_data', 'tệp Excel không có trang tính nào', {}, { key: 'worded' });
  },
  // Not thrown: the cause of a record error of a batch check (an act done before its event).
  actual_before_event: () => {
    const [o] = [...checkMany([{ rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-01-10' }])];
    if (o.error?.cause !== undefined) throw o.error.cause;
    return o;
  },
};

describe('errorText: every error the library can throw, in Vietnamese and English', () => {
  it('every error code and key of src/core/errors.ts has a text (and a case below)', () => {
    const source = readFileSync(join(root, 'src/core/errors.ts'), 'utf8');
    const keys = [...source.matchAll(/\| '(\w+)'/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(14);
    for (const k of keys) {
      expect(Object.hasOwn(ERROR_TEXT.vi, k), k).toBe(true);
      expect(Object.hasOwn(CASES, k), k).toBe(true);
    }
  });

  for (const [key, call] of Object.entries(CASES)) {
    it(`${key}: thrown with that key; worded without the library's function names or unfilled placeholders`, () => {
      const e = thrown(call);
      expect(e.key).toBe(key);
      for (const lang of ['vi', 'en'] as const) {
        const text = errorText(e, lang);
        expect(text).not.toMatch(/\{\w+\}|undefined|luxon|\bNaN\b/);
        if (e.fn !== undefined) expect(text).not.toContain(`${e.fn}:`);
      }
      if (key !== 'worded') expect(errorText(e, 'vi')).not.toBe(errorText(e, 'en'));
    });
  }

  it('word for word: an invalid date names the argument as the caller calls it', () => {
    const e = thrown(() => dayInfo('2025-02-30'));
    expect(e.message).toMatch(/^dayInfo: date "2025-02-30" is not a date/); // the library's own message stays English
    expect(errorText(e, 'vi', (a) => `<${a}>`)).toBe(
      '<date>: "2025-02-30" không phải là một ngày hợp lệ; hãy ghi ngày theo dạng năm-tháng-ngày YYYY-MM-DD, ví dụ 2025-01-20.',
    );
    expect(errorText(e, 'en')).toBe('date: "2025-02-30" is not a valid date; write it as YYYY-MM-DD, e.g. 2025-01-20.');
  });

  it('word for word: a day outside the calendar, dates as a clerk writes them', () => {
    expect(errorText(thrown(CASES.out_of_coverage), 'vi')).toBe('Ngày 01/01/2300 nằm ngoài phạm vi của lịch (từ 01/01/2013 đến 31/12/2100).');
    expect(errorText(thrown(CASES.range_reversed), 'vi')).toBe('Ngày kết thúc 01/01/2025 sớm hơn ngày bắt đầu 01/02/2025; hãy đổi chỗ hai ngày.');
  });

  it('word for word: a missing fact and an invalid one, by the fact as the caller names it', () => {
    const names = (a: string, kind: 'argument' | 'fact') => (kind === 'fact' ? `cột ${a}` : a);
    expect(errorText(thrown(CASES.missing_fact), 'vi', names)).toBe(
      'Quy định hp-2025/central-tthc-list cần dữ kiện cột ministryDecisionDate (Ngày có Quyết định công bố TTHC của Bộ, ngành) nhưng chưa được cung cấp.',
    );
    expect(errorText(thrown(CASES.invalid_fact), 'vi', names)).toBe(
      'Dữ kiện cột ministryDecisionDate của quy định hp-2025/central-tthc-list không hợp lệ: "hôm qua" không phải là một ngày (YYYY-MM-DD).',
    );
  });

  it('an error of another copy of the library with a key this one does not know falls back to its code', () => {
    const e = new VnDeadlinesError('invalid_argument', 'x', { value: 1 }, { key: 'some_future_key' as never });
    expect(errorText(e, 'vi')).toBe('Giá trị 1 không hợp lệ.');
  });
});
