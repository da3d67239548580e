/**
 * Rule files: the shipped ones validate; broken ones fail with the file, the path inside it
 * and what was expected; rules/schema.json is generated from the zod schema and up to date.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VnDeadlinesError } from '../../src/core/errors.js';
import { shippedRules } from '../../src/rules/index.js';
import { loadRules, ruleFileSchema } from '../../src/validate.js';
import { shippedFiles } from '../../src/rules/registry.js';
import { parseOptions, parseRuleFile, ruleJsonSchemaText } from '../../src/rules/schema.js';

const rulesDir = new URL('../../rules/', import.meta.url);
/** Rule files: JSON in rules/ that declares ./schema.json (other data, e.g. the plan's own file, has its own schema). */
const files = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.json') && f !== 'schema.json')
  .filter((f) => JSON.parse(readFileSync(new URL(f, rulesDir), 'utf8')).$schema === './schema.json')
  .sort();

describe('shipped rule files', () => {
  it('five rule files, each bundled by the registry', () => {
    expect(files).toEqual(['hp-2025.json', 'luat-64-2025.json', 'luat-80-2015.json', 'nd-09-2019.json', 'nd-63-2010.json']);
    expect(shippedFiles().map(([p]) => p).sort()).toEqual(files.map((f) => `rules/${f}`));
  });

  for (const f of files) {
    it(`rules/${f} validates against the zod schema and references ./schema.json`, () => {
      const raw = JSON.parse(readFileSync(new URL(f, rulesDir), 'utf8'));
      expect(raw.$schema).toBe('./schema.json');
      const parsed = ruleFileSchema.safeParse(raw, parseOptions());
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    });
  }

  // That the bundled copies are the files on disk: test/package/shipped-rules.test.ts (under vitest, src/ imports the files themselves).
  it('the ids and facts the issue asks for exist, with the kinds of docs/domain.md', () => {
    const rules = shippedRules();
    const expectations: [string, string[], Record<string, string>][] = [
      ['hp-2025/local-tthc-publication', ['immediatelyAfter', 'offset'], { effectiveDate: 'date', effectiveOnSigning: 'boolean', signedDate: 'date' }],
      ['hp-2025/central-tthc-list', ['offset'], { ministryDecisionDate: 'date' }],
      ['hp-2025/national-database-entry', ['offset'], { chairmanDecisionDate: 'date' }],
      ['hp-2025/internal-procedure', ['offset'], { chairmanDecisionDate: 'date' }],
      ['hp-2025/monthly-report', ['periodic'], { month: 'month' }],
      ['hp-2025/quarterly-report', ['periodic'], { quarter: 'quarter' }],
      ['hp-2025/annual-report', ['periodic'], { year: 'year' }],
      ['hp-2025/simplification-proposal', ['fixed'], {}],
      ['hp-2025/simplification-approval', ['fixed'], {}],
      ['hp-2025/fee-exemption-report', ['fixed'], {}],
      ['hp-2025/unit-plan', ['window'], {}],
      ['hp-2025/reform-plan', ['window'], {}],
      ['hp-2025/review-plan', ['window'], {}],
      ['hp-2025/study-tours', ['window'], {}],
      ['hp-2025/impact-assessment', ['onOccurrence'], {}],
      ['hp-2025/regulation-comments', ['onOccurrence'], {}],
      ['hp-2025/vertical-tthc-reception', ['untilSuperseded'], {}],
      ['hp-2025/public-service-centre-project', ['window'], { pilotReviewDate: 'date' }],
      ['nd63/local-publication-before-effect', ['offset'], { effectiveDate: 'date' }],
      ['nd63/national-database-entry', ['offset'], { publicationDecisionDate: 'date' }],
      ['nd09/monthly-report', ['periodic'], { month: 'month' }],
      ['nd09/quarterly-report', ['periodic'], { quarter: 'quarter' }],
      ['nd09/half-year-report', ['periodic'], { half: 'half' }],
      ['nd09/annual-report', ['periodic'], { year: 'year' }],
      ['luat-64-2025/earliest-effective-date', ['offset'], { signedDate: 'date', level: 'enum' }],
    ];
    for (const [id, kinds, facts] of expectations) {
      const r = rules.get(id);
      expect([...r.kinds].sort(), id).toEqual(kinds);
      expect(Object.fromEntries(Object.entries(r.facts).map(([k, v]) => [k, v.type])), id).toEqual(facts);
    }
    expect(rules.get('luat-64-2025/earliest-effective-date').isDeadline).toBe(false);
    expect(rules.get('luat-64-2025/earliest-effective-date').facts.level).toMatchObject({ values: ['central', 'local'] });
  });

  it('every rule cites its source with wording, item and date, and a legal basis; the plan rules quote QĐ 257 verbatim', () => {
    for (const r of shippedRules()) {
      expect(r.source.text.length).toBeGreaterThan(5);
      expect(r.legalBasis.length).toBeGreaterThan(0);
      if (r.id.startsWith('hp-2025/')) {
        expect(r.source).toMatchObject({ document: 'QĐ 257/QĐ-UBND', date: '2025-01-24', verbatim: true });
      }
      if (!r.source.verbatim) expect(r.source.note, r.id).toBeDefined();
    }
  });
});

/** A valid minimal rule to break in the tests below. */
const good = () => ({
  id: 'test/reply',
  title: { vi: 'Trả lời', en: 'Reply' },
  source: { document: 'CV 1/X', date: '2025-01-02', item: '1', text: 'trong 05 ngày làm việc', verbatim: true },
  legalBasis: [{ document: 'CV 1/X' }],
  facts: { receivedDate: { type: 'date', description: { vi: 'Ngày nhận', en: 'Day received' } }, urgent: { type: 'boolean', description: { vi: 'Khẩn', en: 'Urgent' }, default: false } },
  variants: [
    { id: 'urgent', when: { all: [{ fact: 'urgent', operator: 'equal', value: true }] }, deadline: { kind: 'offset', from: 'receivedDate', amount: 1, unit: 'workingDays', direction: 'after' } },
    { id: 'normal', deadline: { kind: 'offset', from: 'receivedDate', amount: 5, unit: 'workingDays', direction: 'after' } },
  ],
});

function failure(mutate: (r: ReturnType<typeof good> & Record<string, any>) => void): VnDeadlinesError {
  const rule = good() as ReturnType<typeof good> & Record<string, any>;
  mutate(rule);
  try {
    loadRules({ rules: [rule] });
  } catch (e) {
    expect(e).toBeInstanceOf(VnDeadlinesError);
    return e as VnDeadlinesError;
  }
  throw new Error('expected loadRules to fail');
}

describe('broken rules fail with the path inside the file and what was expected', () => {
  it('the unbroken rule loads (so each failure below is the mutation)', () => {
    expect(loadRules({ rules: [good()] }).has('test/reply')).toBe(true);
  });

  const cases: [string, (r: any) => void, string, RegExp][] = [
    ['an unknown operator', (r) => (r.variants[0].when.all[0].operator = 'equals'), 'rules.0.variants.0.when.all.0.operator', /expected one of "equal"\|"notEqual"/],
    ['"path" on a condition', (r) => (r.variants[0].when.all[0].path = '$.x'), 'rules.0.variants.0.when.all.0.path', /"path" is not supported/],
    ['a fact that is not declared', (r) => (r.variants[0].when.all[0].fact = 'urgnet'), 'rules.0.variants.0.when.all.0.fact', /fact "urgnet" is not declared.*receivedDate, urgent/],
    ['a value of the wrong type for the fact', (r) => (r.variants[0].when.all[0].value = 'yes'), 'rules.0.variants.0.when.all.0.value', /boolean: expected a boolean/],
    ['a comparison on a boolean fact', (r) => (r.variants[0].when.all[0].operator = 'lessThan'), 'rules.0.variants.0.when.all.0.operator', /always false on a boolean fact/],
    ['contains on a single-valued fact', (r) => (r.variants[0].when.all[0].operator = 'contains'), 'rules.0.variants.0.when.all.0.operator', /use "in" or "notIn"/],
    ['"in" without a list', (r) => Object.assign(r.variants[0].when.all[0], { operator: 'in', value: true }), 'rules.0.variants.0.when.all.0.value', /needs a list/],
    ['an empty "any"', (r) => (r.variants[0].when = { any: [] }), 'rules.0.variants.0.when.any', /empty "any" is true in json-rules-engine/],
    ['a condition of no known shape', (r) => (r.variants[0].when.all[0] = { fcat: 'urgent' }), 'rules.0.variants.0.when.all.0', /expected a condition/],
    ['an unknown deadline kind', (r) => (r.variants[1].deadline.kind = 'deadline'), 'rules.0.variants.1.deadline.kind', /expected "kind" to be one of "offset"/],
    ['an unknown unit', (r) => (r.variants[1].deadline.unit = 'businessDays'), 'rules.0.variants.1.deadline.unit', /expected one of "workingDays"/],
    ['an offset from a boolean fact', (r) => (r.variants[1].deadline.from = 'urgent'), 'rules.0.variants.1.deadline.from', /must be of type date, not boolean/],
    ['a roll on a working-day offset', (r) => (r.variants[1].deadline.roll = 'following'), 'rules.0.variants.1.deadline.roll', /always lands on a working day/],
    ['a calendar-day "before" rolled without an interpretation', (r) => Object.assign(r.variants[1].deadline, { unit: 'calendarDays', direction: 'before' }), 'rules.0.variants.1.interpretation', /is an interpretation, not BLDS 2015 Điều 148/],
    ['"immediately after" without an interpretation', (r) => (r.variants[1].deadline = { kind: 'immediatelyAfter', from: 'receivedDate' }), 'rules.0.variants.1.interpretation', /first working day after is an interpretation/],
    ['a date that does not exist', (r) => (r.variants[1].deadline = { kind: 'fixed', date: '2025-02-29', bound: 'before' }), 'rules.0.variants.1.deadline.date', /that exists/],
    ['two variants with one id', (r) => (r.variants[1].id = 'urgent'), 'rules.0.variants.1.id', /appears twice/],
    ['a periodic rule whose period fact has the wrong type', (r) => (r.variants[1].deadline = { kind: 'periodic', frequency: 'monthly', periodFact: 'receivedDate', data: { from: { anchor: 'firstMonth', monthOffset: 0, day: 1 }, to: { anchor: 'lastMonth', monthOffset: 0, day: 'last' } }, due: { anchor: 'lastMonth', monthOffset: 1, day: 5, bound: 'onOrBefore' } }), 'rules.0.variants.1.deadline.periodFact', /must be of type month/],
    ['a bad rule id', (r) => (r.id = 'Reply'), 'rules.0.id', /expected an id like/],
    ['a missing source wording', (r) => delete r.source.text, 'rules.0.source.text', /expected string/],
    ['an unknown key', (r) => (r.deadline = 'x'), 'rules.0', /Unrecognized key: "deadline"/],
  ];
  for (const [what, mutate, path, message] of cases) {
    it(`${what} → invalid_rule at ${path}`, () => {
      const e = failure(mutate);
      expect(e.code).toBe('invalid_rule');
      expect(e.message).toMatch(/^loadRules: inputs\[0\] at /);
      const issues = e.details.issues as { path: string; message: string }[];
      expect(issues.map((i) => i.path)).toContain(path);
      expect(issues.find((i) => i.path === path)!.message).toMatch(message);
    });
  }

  it('a broken file read from disk is named by its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vn-rules-'));
    const path = join(dir, 'mine.json');
    const rule = good() as any;
    rule.variants[0].when.all[0].operator = 'equals';
    writeFileSync(path, JSON.stringify({ $schema: './schema.json', rules: [rule] }));
    expect(() => loadRules(path)).toThrow(`loadRules: ${path} at rules.0.variants.0.when.all.0.operator: Invalid option`);
    writeFileSync(path, '{ "rules": [ }');
    expect(() => loadRules(path)).toThrow(`loadRules: ${path} is not JSON`);
  });

  it('two rules with one id in a file', () => {
    try {
      loadRules({ rules: [good(), good()] });
      expect.unreachable();
    } catch (e) {
      expect((e as VnDeadlinesError).message).toContain('at rules.1.id: rule id "test/reply" appears twice in this file');
    }
  });
});

describe('rules/schema.json', () => {
  it('is what the zod schema generates (regenerate: UPDATE_SCHEMAS=1 npx vitest run test/rules/schema.test.ts --project TZ=UTC)', () => {
    const text = ruleJsonSchemaText();
    const path = new URL('schema.json', rulesDir);
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(path, text);
    expect(readFileSync(path, 'utf8') === text, 'rules/schema.json is stale: run UPDATE_SCHEMAS=1 npx vitest run test/rules/schema.test.ts --project TZ=UTC').toBe(true);
  });

  it('describes deadlines, conditions and facts for editors', () => {
    const text = ruleJsonSchemaText();
    const schema = JSON.parse(text);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const word of ['"workingDays"', '"greaterThanInclusive"', '"untilSuperseded"', '"periodFact"', '"verbatim"']) expect(text).toContain(word);
    expect(schema.properties.rules.items.required).toEqual(expect.arrayContaining(['id', 'title', 'source', 'legalBasis', 'variants']));
  });
});

describe('the build-time check of shipped rule files', () => {
  it('a broken file stops the build, naming the file and the path inside it', () => {
    const broken = { rules: [{ id: 'x/y', variants: [] }] };
    const e = (() => {
      try {
        parseRuleFile(broken, 'rules/broken.json', 'build');
      } catch (err) {
        return err as Error;
      }
      return undefined;
    })();
    expect(e?.message).toMatch(/^build: rules\/broken\.json at rules\.0\./);
  });
});
