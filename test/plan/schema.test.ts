/**
 * The plan schema: the generated JSON Schema is not stale (`UPDATE_SCHEMAS=1` rewrites it),
 * the shipped plan passes, and each cross-check rejects what it should.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { VnDeadlinesError } from '../../src/core/errors.js';
import { getPlan, parsePlan, planSchema } from '../../src/plan/index.js';

const FILE = 'plans/schema.json';
const raw = () => JSON.parse(readFileSync(new URL('../../plans/hp-2025.plan.json', import.meta.url), 'utf8'));

describe('generated JSON Schema', () => {
  it(`${FILE} matches its zod schema`, () => {
    const text = JSON.stringify(z.toJSONSchema(planSchema, { io: 'input', unrepresentable: 'any' }), null, 2) + '\n';
    const path = new URL(`../../${FILE}`, import.meta.url);
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(path, text);
    expect(readFileSync(path, 'utf8'), `${FILE} is stale: run UPDATE_SCHEMAS=1 npx vitest run test/plan/schema.test.ts`).toBe(text);
  });

  it('the plan file points editors at it', () => {
    expect(raw().$schema).toBe('./schema.json');
  });
});

describe('the shipped plan', () => {
  it('is valid and describes QĐ 257/QĐ-UBND of 24/01/2025', () => {
    const plan = getPlan();
    expect(plan.plan.document).toBe('257/QĐ-UBND');
    expect(plan.plan.date).toBe('2025-01-24');
    expect(plan.plan.issuer.vi).toContain('Hải Phòng');
  });

  it('is validated once and frozen', () => {
    expect(getPlan()).toBe(getPlan());
    expect(Object.isFrozen(getPlan().rows[0].lead)).toBe(true);
  });
});

/** The messages the schema gives for a copy of the plan file changed by `edit`. */
function issuesAfter(edit: (plan: any) => void): string[] {
  const plan = raw();
  edit(plan);
  const parsed = planSchema.safeParse(plan);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const row = (plan: any, n: string) => plan.rows.find((r: any) => r.number === n);

describe('cross-checks', () => {
  it('accepts the file as it is', () => {
    expect(issuesAfter(() => {})).toEqual([]);
  });

  it('rejects an unknown unit, naming the path', () => {
    expect(issuesAfter((p) => row(p, 'I.2').lead.push('ubnd-tp'))).toEqual(['rows.1.lead.1: unknown unit "ubnd-tp"; declare it in "units"']);
  });

  it('rejects a unit listed twice in a row', () => {
    expect(issuesAfter((p) => row(p, 'I.2').lead.push('city-office'))).toEqual(['rows.1.lead: a unit is listed twice']);
  });

  it('rejects a row number used twice', () => {
    expect(issuesAfter((p) => (row(p, 'I.3').number = 'I.2'))).toContain('rows.2.number: row I.2 appears twice');
  });

  it('rejects a row without a lead unit', () => {
    expect(issuesAfter((p) => (row(p, 'I.2').lead = [])).length).toBeGreaterThan(0);
  });

  it('rejects a row in the wrong section or an undeclared subsection', () => {
    expect(issuesAfter((p) => (row(p, 'I.2').section = 'II'))).toEqual(['rows.1.section: row I.2 belongs to section I, not II']);
    expect(issuesAfter((p) => p.sections[1].subsections.splice(5, 1))).toEqual(
      ['II.6.1', 'II.6.2', 'II.6.3'].map((n, i) => `rows.${19 + i}.number: subsection II.6 of row ${n} is not declared in "sections"`),
    );
  });

  it('rejects two units whose names fold to the same text', () => {
    expect(issuesAfter((p) => p.units[3].aliases.push('SỞ TƯ PHÁP'))).toEqual([
      'units.3.aliases: "SỞ TƯ PHÁP" folds to "so tu phap", already a name of "justice-department"',
    ]);
  });

  it('rejects group fields on a unit that is not a group', () => {
    expect(issuesAfter((p) => (p.units[0].memberKinds = ['department']))).toEqual([
      'units.0.kind: only a group has members, memberKinds, excludes or matchPrefixes',
    ]);
  });

  it('rejects an indicator whose row is missing or whose wording disagrees', () => {
    expect(issuesAfter((p) => (p.indicators[0].row = 'III.3.10'))).toEqual(['indicators.0.row: unknown row III.3.10; an indicator names a row of "rows"']);
    expect(issuesAfter((p) => (p.indicators[6].target.percent = 60))).toEqual([
      'indicators.6.target.percent: 60% does not appear in the wording "đạt tối thiểu 50%"',
    ]);
    expect(issuesAfter((p) => (p.indicators[7].target.wording = 'đạt 90%'))[0]).toMatch(/^indicators\.7\.description\.vi: /);
  });

  it('rejects a row whose cells disagree with its items', () => {
    expect(issuesAfter((p) => row(p, 'II.2.1').lead.pop())[0]).toMatch(/^rows\.8\.lead: lead of a row with items must be/);
    expect(issuesAfter((p) => (row(p, 'II.2.2').schedule = { type: 'ongoing' }))).toContain(
      'rows.9.schedule.type: a row with a dated item has a schedule of type "rule"',
    );
  });

  it('rejects an inherited cell that differs from its source', () => {
    expect(issuesAfter((p) => (row(p, 'III.3.2').timeText = 'Trong năm 2025'))).toEqual([
      'rows.27.timeText: timeText is inherited from III.3.1 and must equal it',
    ]);
  });

  it('rejects a schedule type it does not know, and a rule without rules', () => {
    expect(issuesAfter((p) => (row(p, 'I.2').schedule = { type: 'weekly' })).length).toBeGreaterThan(0);
    expect(issuesAfter((p) => (row(p, 'I.1').schedule = { type: 'rule', ruleIds: [] })).length).toBeGreaterThan(0);
  });

  it('parsePlan reports invalid_data with the file and the path', () => {
    const broken = raw();
    broken.rows[0].lead = ['nobody'];
    try {
      parsePlan(broken, 'broken.plan.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(VnDeadlinesError);
      expect((e as VnDeadlinesError).code).toBe('invalid_data');
      expect((e as VnDeadlinesError).message).toBe('parsePlan: broken.plan.json at rows.0.lead.0: unknown unit "nobody"; declare it in "units"');
    }
  });
});
