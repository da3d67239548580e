/**
 * The API around dueDate: errors with their codes and messages, user rules beside the shipped
 * ones, json-rules-engine rules, lazy steps and the JSON form of a result.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine, Rule } from 'json-rules-engine';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/create.js';
import { VnDeadlinesError } from '../../src/core/errors.js';
import { toEngineRuleProperties, toEngineRules } from '../../src/rules/engine.js';
import { dueDate, getRule, normalizeFacts, occurrences, selectVariant, shippedRules } from '../../src/rules/index.js';
import { compileRule, loadRules } from '../../src/validate.js';
import { firstProvisionalYear, lastMondayOfDecember } from '../support/years.js';

function error(f: () => unknown): VnDeadlinesError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(VnDeadlinesError);
    return e as VnDeadlinesError;
  }
  throw new Error('expected an error');
}

describe('errors', () => {
  it('missing_fact names the function, the rule, the fact and what to pass', () => {
    const e = error(() => dueDate('hp-2025/central-tthc-list', {}));
    expect(e.code).toBe('missing_fact');
    expect(e.details).toMatchObject({ ruleId: 'hp-2025/central-tthc-list', fact: 'ministryDecisionDate', type: 'date' });
    expect(e.message).toMatch(/^dueDate: rule 'hp-2025\/central-tthc-list' needs fact 'ministryDecisionDate'.*YYYY-MM-DD/);
  });

  it('missing_fact for an optional fact the chosen variant counts from, naming the variant', () => {
    const e = error(() => dueDate('hp-2025/local-tthc-publication', { effectiveOnSigning: true, effectiveDate: '2025-03-01' }));
    expect(e.code).toBe('missing_fact');
    expect(e.details).toMatchObject({ fact: 'signedDate', variant: 'on-signing' });
  });

  const invalid: [string, Record<string, unknown>, string, RegExp][] = [
    ['hp-2025/central-tthc-list', { ministryDecisionDate: '2025-02-30' }, 'ministryDecisionDate', /must be a date.*got "2025-02-30"/],
    ['hp-2025/central-tthc-list', { ministryDecisionDate: 'yesterday' }, 'ministryDecisionDate', /got "yesterday"/],
    ['hp-2025/central-tthc-list', { ministryDecisionDate: new Date(NaN) }, 'ministryDecisionDate', /got Invalid Date/],
    ['hp-2025/local-tthc-publication', { effectiveOnSigning: 'yes', signedDate: '2025-01-02' }, 'effectiveOnSigning', /must be true or false, got "yes"/],
    ['luat-64-2025/earliest-effective-date', { signedDate: '2025-05-02', level: 'national' }, 'level', /must be one of "central", "local", got "national"/],
    ['hp-2025/monthly-report', { month: '2025-5' }, 'month', /must be a month 'YYYY-MM'/],
    ['nd09/quarterly-report', { quarter: '2025-Q5' }, 'quarter', /quarter 'YYYY-Qn'/],
    ['nd09/half-year-report', { half: '2025-H3' }, 'half', /half-year/],
    ['nd09/annual-report', { year: '25' }, 'year', /a year 'YYYY'/],
  ];
  for (const [id, facts, fact, message] of invalid) {
    it(`invalid_fact: ${id} ${JSON.stringify(facts)} → fact '${fact}'`, () => {
      const e = error(() => dueDate(id, facts));
      expect(e.code).toBe('invalid_fact');
      expect(e.details).toMatchObject({ ruleId: id, fact });
      expect(e.message).toMatch(message);
      expect(e.message).toContain(`rule '${id}'`);
    });
  }

  it('no_variant gives the facts and each variant\'s conditions (hp-2025 quarterly report for 2026-Q1)', () => {
    const e = error(() => dueDate('hp-2025/quarterly-report', { quarter: '2026-Q1' }));
    expect(e.code).toBe('no_variant');
    expect(e.details.facts).toEqual({ quarter: '2026-Q1' });
    expect(e.details.conditions).toEqual([{ variant: 'quarters-2025', when: { all: [{ fact: 'quarter', operator: 'in', value: ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'] }] } }]);
    expect(e.message).toContain('quarters-2025');
  });

  it('no_variant: Luật 64/2025 for a document signed before it took effect (2025-03-31)', () => {
    expect(error(() => dueDate('luat-64-2025/earliest-effective-date', { signedDate: '2025-03-31', level: 'local' })).code).toBe('no_variant');
    expect(dueDate('luat-80-2015/earliest-effective-date', { signedDate: '2025-03-31', level: 'provincial' }).due).toBe('2025-04-10');
  });

  it('unknown_rule lists the known ids', () => {
    const e = error(() => dueDate('hp-2025/nope', {}));
    expect(e.code).toBe('unknown_rule');
    expect(e.message).toContain('hp-2025/central-tthc-list');
  });

  it('out_of_coverage names the rule: with a strict calendar, 10 working days after the last Monday of the last official year fall in the first year without official data', () => {
    const e = error(() => dueDate('hp-2025/central-tthc-list', { ministryDecisionDate: lastMondayOfDecember(firstProvisionalYear() - 1) }, { calendar: createCalendar({ strict: true }) }));
    expect(e.code).toBe('out_of_coverage');
    expect(e.message).toMatch(/^dueDate: rule 'hp-2025\/central-tthc-list', variant 'ten-working-days': addWorkingDays/);
    expect(error(() => dueDate('nd09/monthly-report', { month: '2101-01' })).code).toBe('out_of_coverage');
  });

  it('occurrences refuses a rule that is not periodic, and a range backwards', () => {
    expect(error(() => occurrences('hp-2025/central-tthc-list', '2025-01-01', '2025-12-31')).code).toBe('invalid_argument');
    expect(error(() => occurrences('nd09/monthly-report', '2025-12-31', '2025-01-01')).code).toBe('invalid_argument');
  });
});

describe('facts', () => {
  it('dates may be luxon DateTimes, taken in UTC+7 whatever their zone: 2025-01-20 23:30 in Hà Nội is 2025-01-20 → Mon 2025-02-10', () => {
    const hanoi = DateTime.fromISO('2025-01-20T23:30:00', { zone: 'Asia/Ho_Chi_Minh' });
    expect(dueDate('hp-2025/central-tthc-list', { ministryDecisionDate: hanoi }).due).toBe('2025-02-10');
    // The same instant seen from Los Angeles (08:30 on the 20th there) is still 20/01 in Vietnam.
    expect(dueDate('hp-2025/central-tthc-list', { ministryDecisionDate: hanoi.setZone('America/Los_Angeles') }).facts).toEqual({ ministryDecisionDate: '2025-01-20' });
    expect(error(() => dueDate('hp-2025/central-tthc-list', { ministryDecisionDate: DateTime.invalid('nope') })).code).toBe('invalid_fact');
  });

  it('normalizeFacts: declared facts only, dates as YYYY-MM-DD in UTC+7, defaults filled in, absent optional facts left out', () => {
    expect(
      normalizeFacts('hp-2025/local-tthc-publication', { effectiveDate: '2025-03-01T18:00:00Z', extra: 1 }),
    ).toEqual({ effectiveDate: '2025-03-02', effectiveOnSigning: false });
  });

  it('selectVariant picks the first variant whose conditions hold, or null', () => {
    expect(selectVariant('hp-2025/local-tthc-publication', { effectiveOnSigning: true })).toBe('on-signing');
    expect(selectVariant('hp-2025/local-tthc-publication', {})).toBe('before-effect');
    expect(selectVariant('hp-2025/annual-report', { year: '2024' })).toBeNull();
  });
});

const mine = {
  id: 'my-agency/reply',
  title: { vi: 'Trả lời kiến nghị', en: 'Reply to feedback' },
  source: { document: 'QĐ 1/QĐ-X', date: '2025-01-02', item: 'Điều 3', text: 'trả lời trong 05 ngày làm việc', verbatim: true },
  legalBasis: [{ document: 'QĐ 1/QĐ-X', articles: ['Điều 3'] }],
  facts: { receivedDate: { type: 'date', description: { vi: 'Ngày nhận', en: 'Day received' } } },
  variants: [{ id: 'default', deadline: { kind: 'offset', from: 'receivedDate', amount: 5, unit: 'workingDays', direction: 'after' } }],
};

describe('loadRules', () => {
  it('adds a rule object beside the shipped rules, without changing the shipped set', () => {
    const rules = loadRules(mine);
    expect(rules.has('my-agency/reply')).toBe(true);
    expect(rules.has('hp-2025/central-tthc-list')).toBe(true);
    expect(rules.size).toBe(shippedRules().size + 1);
    expect(shippedRules().has('my-agency/reply')).toBe(false);
    // Fri 2025-01-24 + 5 working days: the Tết break 25/01–02/02 skipped → Mon 03 … Fri 2025-02-07.
    expect(dueDate('my-agency/reply', { receivedDate: '2025-01-24' }, { rules }).due).toBe('2025-02-07');
    expect(error(() => dueDate('my-agency/reply', { receivedDate: '2025-01-24' })).code).toBe('unknown_rule');
    expect(getRule('my-agency/reply', rules).origin).toBe('inputs[0]');
  });

  it('reads rule files from paths', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vn-rules-'));
    const path = join(dir, 'mine.json');
    writeFileSync(path, JSON.stringify({ $schema: 'https://example.invalid/schema.json', rules: [mine] }));
    const rules = loadRules([path]);
    expect(rules.get('my-agency/reply').origin).toBe(path);
  });

  it('refuses an id that clashes with a shipped rule or with another of the user\'s, naming both sources', () => {
    const clash = error(() => loadRules({ ...mine, id: 'hp-2025/central-tthc-list' }));
    expect(clash.code).toBe('duplicate_rule');
    expect(clash.message).toContain('rules/hp-2025.json');
    expect(error(() => loadRules([mine, mine])).code).toBe('duplicate_rule');
  });

  it('dueDate takes a rule compiled by compileRule; a raw rule object is refused, saying what to do', () => {
    expect(dueDate(compileRule(mine), { receivedDate: '2025-01-24' }).due).toBe('2025-02-07');
    expect(error(() => compileRule({ ...mine, variants: [] })).code).toBe('invalid_rule');
    const raw = error(() => dueDate(mine as never, { receivedDate: '2025-01-24' }));
    expect(raw.code).toBe('invalid_rule');
    expect(raw.message).toContain("compileRule(rule) from 'vn-deadlines/validate'");
  });
});

describe('json-rules-engine rules', () => {
  it('toEngineRules gives one Rule per variant, first variant first', () => {
    const rules = toEngineRules([getRule('luat-64-2025/earliest-effective-date')]);
    expect(rules.every((r) => r instanceof Rule)).toBe(true);
    expect(toEngineRuleProperties([getRule('luat-64-2025/earliest-effective-date')]).map((r) => [r.name, r.priority])).toEqual([
      ['luat-64-2025/earliest-effective-date#central', 2],
      ['luat-64-2025/earliest-effective-date#local', 1],
    ]);
    expect(toEngineRules().length).toBe(shippedRules().list().reduce((n, r) => n + r.variants.length, 0));
  });

  it('an engine running them selects the variant dueDate selects', async () => {
    const engine = new Engine(toEngineRules([getRule('luat-64-2025/earliest-effective-date')]), { allowUndefinedFacts: true });
    const facts = normalizeFacts('luat-64-2025/earliest-effective-date', { signedDate: '2025-05-02', level: 'local' });
    const { events } = await engine.run(facts);
    expect(events.map((e) => e.params!.variant)).toEqual(['local']);
    expect(dueDate('luat-64-2025/earliest-effective-date', facts).variant).toBe('local');
  });

  it('the rules path does not import json-rules-engine', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = new URL('../../src/rules/', import.meta.url);
    const importers = readdirSync(dir).filter((f) => readFileSync(new URL(f, dir), 'utf8').includes("from 'json-rules-engine'"));
    expect(importers).toEqual(['engine.ts']);
  });
});

describe('results', () => {
  it('JSON.stringify gives every field, steps and explanation included', () => {
    const json = JSON.parse(JSON.stringify(dueDate('hp-2025/central-tthc-list', { ministryDecisionDate: '2025-01-20' })));
    expect(json).toMatchObject({
      ruleId: 'hp-2025/central-tthc-list',
      variant: 'ten-working-days',
      kind: 'offset',
      due: '2025-02-10',
      windowStart: null,
      lastWorkingDay: '2025-02-10',
      isDeadline: true,
      dependsOnProvisional: false,
      pending: [],
      facts: { ministryDecisionDate: '2025-01-20' },
    });
    expect(json.steps.filter((s: { kind: string }) => s.kind === 'count')).toHaveLength(10);
    expect(json.explanation.vi).toContain('QĐ 257/QĐ-UBND ngày 24/01/2025: “');
    expect(json.explanation.en).toContain('Legal basis: QĐ 257/QĐ-UBND');
    expect(json.legalBasis.map((b: { document: string }) => b.document)).toContain('NĐ 63/2010/NĐ-CP');
  });

  it('steps and explanation are computed once, on first access', () => {
    const r = dueDate('hp-2025/central-tthc-list', { ministryDecisionDate: '2025-01-20' });
    expect(Object.keys(r)).not.toContain('steps');
    expect(r.steps).toBe(r.steps);
    expect(r.explanation).toBe(r.explanation);
  });
});
