/**
 * Hostile rule files (issue 11, item 13): conditions nested far too deep, facts named after
 * members of every object, a byte-order mark, a file far too large. Each fails with
 * `invalid_rule` naming the file and the path inside it, or loads as it should — never a
 * RangeError or a TypeError.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VnDeadlinesError } from '../../src/core/errors.js';
import { dueDate, normalizeFacts, selectVariant } from '../../src/rules/index.js';
import { compileRule, loadRules } from '../../src/validate.js';
import { parseFactOptions } from '../../src/cli/commands/rules.js';
import { checkMany } from '../../src/compliance/batch.js';
import { cli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vn-hostile-'));

function thrown(f: () => unknown): VnDeadlinesError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(VnDeadlinesError);
    return e as VnDeadlinesError;
  }
  throw new Error('expected a VnDeadlinesError');
}

/** A valid rule with one date fact `name` and a condition on it. */
const ruleOn = (name: string, when?: unknown) => ({
  id: 'test/hostile',
  title: { vi: 'Thử', en: 'Test' },
  source: { document: 'CV 1/X', date: '2025-01-02', item: '1', text: 'trong 03 ngày làm việc', verbatim: true },
  legalBasis: [{ document: 'CV 1/X' }],
  facts: { [name]: { type: 'date', description: { vi: 'Ngày', en: 'Day' } }, urgent: { type: 'boolean', description: { vi: 'Khẩn', en: 'Urgent' }, default: false } },
  variants: [
    { id: 'v', when: when ?? { all: [{ fact: name, operator: 'greaterThanInclusive', value: '2025-01-01' }] }, deadline: { kind: 'offset', from: name, amount: 3, unit: 'workingDays', direction: 'after' } },
  ],
});

const leaf = { fact: 'urgent', operator: 'equal', value: true };
function nested(depth: number, wrap: (c: unknown) => unknown): unknown {
  let c: unknown = leaf;
  for (let i = 1; i < depth; i++) c = wrap(c);
  return c;
}

describe('conditions nested too deep', () => {
  it('64 levels load; 65 levels are an invalid_rule at the path of the 65th', () => {
    expect(loadRules(ruleOn('receivedDate', { all: [nested(63, (c) => ({ not: c }))] })).has('test/hostile')).toBe(true);
    const e = thrown(() => loadRules(ruleOn('receivedDate', { all: [nested(64, (c) => ({ not: c }))] })));
    expect(e.code).toBe('invalid_rule');
    const path = `variants.0.when.all.0${'.not'.repeat(63)}`;
    expect(e.message).toBe(`loadRules: inputs[0] at ${path}: conditions nest deeper than 64 levels; flatten them (an "all" inside an "all" merges into one)`);
    expect((e.details.issues as { path: string }[])[0].path).toBe(path);
  });

  it('1,500 levels of "all" in a file on disk: invalid_rule naming the file, not a RangeError', () => {
    const path = join(dir, 'deep.json');
    writeFileSync(path, JSON.stringify({ rules: [ruleOn('receivedDate', nested(1500, (c) => ({ all: [c] })))] }));
    const e = thrown(() => loadRules(path));
    expect(e.code).toBe('invalid_rule');
    expect(e.message).toMatch(new RegExp(`^loadRules: ${path.replace(/[.\\]/g, '\\$&')} at rules\\.0\\.variants\\.0\\.when(\\.all\\.0){64}: conditions nest deeper than 64`));
  });

  it('a rule object given to compileRule is checked the same way', () => {
    const e = thrown(() => compileRule(ruleOn('receivedDate', nested(3000, (c) => ({ any: [c] })))));
    expect(e.code).toBe('invalid_rule');
    expect(e.message).toMatch(/^compileRule: rule at variants\.0\.when(\.any\.0){64}: conditions nest deeper/);
  });

  it('the CLI names the file and exits 2 (not "internal error", 70)', { timeout: 30_000 }, async () => {
    const path = join(dir, 'deep-cli.json');
    writeFileSync(path, JSON.stringify({ rules: [ruleOn('receivedDate', nested(1500, (c) => ({ not: c })))] }));
    const r = await cli('rules', '--rules', path);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`vn-deadlines rules: Quy định không hợp lệ: ${path} at rules.0.variants.0.when.not.not`);
    expect(r.err).not.toContain('loadRules');
  });
});

describe('facts named after members of every object', () => {
  for (const name of ['toString', 'constructor', 'hasOwnProperty', 'valueOf']) {
    it(`a declared fact "${name}" loads, is read only when given, and computes`, () => {
      const rules = loadRules(ruleOn(name));
      const e = thrown(() => dueDate('test/hostile', {}, { rules }));
      expect(e.code).toBe('missing_fact');
      expect(e.details.fact).toBe(name);
      expect(dueDate('test/hostile', { [name]: '2025-03-03' }, { rules }).due).toBe('2025-03-06');
      expect(normalizeFacts('test/hostile', { [name]: '2025-03-03' }, { rules })).toEqual({ [name]: '2025-03-03', urgent: false });
      expect(selectVariant('test/hostile', { [name]: '2025-03-03' }, { rules })).toBe('v');
      expect(parseFactOptions(rules.get('test/hostile'), [`${name}=2025-03-03`])).toEqual({ [name]: '2025-03-03' });
    });

    it(`a condition on an undeclared fact "${name}" is refused as not declared`, () => {
      const e = thrown(() => loadRules(ruleOn('receivedDate', { all: [{ fact: name, operator: 'equal', value: true }] })));
      expect(e.code).toBe('invalid_rule');
      expect(e.message).toContain(`at variants.0.when.all.0.fact: fact "${name}" is not declared in "facts" (declared: receivedDate, urgent)`);
    });

    it(`an offset counting from an undeclared fact "${name}" is refused as not declared`, () => {
      const r = ruleOn('receivedDate') as any;
      r.variants[0].deadline.from = name;
      expect(thrown(() => loadRules(r)).message).toContain(`at variants.0.deadline.from: fact "${name}" is not declared`);
    });
  }

  it('checkMany: a record without the fact "constructor" is missing it, not given Object', () => {
    const rules = loadRules(ruleOn('constructor'));
    const [missing, given] = [...checkMany([{ rule: 'test/hostile', actual: '2025-03-06' }, { rule: 'test/hostile', constructor: '2025-03-03', actual: '2025-03-06' }], { rules, asOf: '2025-04-01' })];
    expect(missing.status).toBe('error');
    expect(missing.error).toMatchObject({ code: 'missing_fact', field: 'constructor' });
    expect(given.status).toBe('onTime');
  });

  it('the CLI: --fact toString=… on a rule without it is an unknown fact, not a TypeError', { timeout: 30_000 }, async () => {
    const r = await cli('due', 'hp-2025/central-tthc-list', '--fact', 'constructor=2025-01-20');
    expect(r.code).toBe(2);
    expect(r.err).toContain('không có dữ kiện "constructor"');
  });
});

describe('rule files on disk', () => {
  it('a UTF-8 byte-order mark is accepted', () => {
    const path = join(dir, 'bom.json');
    writeFileSync(path, '\ufeff' + JSON.stringify({ rules: [ruleOn('receivedDate')] }));
    expect(loadRules(path).has('test/hostile')).toBe(true);
  });

  it('a file over 10 MB is refused before it is parsed, with invalid_rule naming it', () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, JSON.stringify({ description: 'x'.repeat(10 * 1024 * 1024), rules: [ruleOn('receivedDate')] }));
    const e = thrown(() => loadRules(path));
    expect(e.code).toBe('invalid_rule');
    expect(e.details).toMatchObject({ where: path, limit: 10 * 1024 * 1024 });
    expect(e.message).toMatch(/larger than 10 MB/);
  });

  it('a file just under the limit is read whole', () => {
    const path = join(dir, 'big.json');
    const body = JSON.stringify({ rules: [ruleOn('receivedDate')] });
    writeFileSync(path, JSON.stringify({ description: 'x'.repeat(10 * 1024 * 1024 - body.length - 40), rules: [ruleOn('receivedDate')] }));
    expect(loadRules(path).has('test/hostile')).toBe(true);
  });
});
