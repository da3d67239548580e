/**
 * The plan file against the seed text of QĐ 257/QĐ-UBND: nothing in the table is left out,
 * and every cell is quoted exactly. The seed is parsed by `seed-table.ts`, independently of
 * the JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldUnitName, getPlan, type PlanRow } from '../../src/plan/index.js';
import { readSeedTable, unitNames, type Cells } from './seed-table.js';

const seed = readSeedTable();
const plan = getPlan();
const rowByNumber = new Map(plan.rows.map((r) => [r.number, r]));

/** Unit ids for a lead or cooperating cell, by exact (folded) name or alias; "A (B)" is two units. */
function unitIds(cell: string): string[] {
  const byName = new Map<string, string>();
  for (const u of plan.units) for (const n of [u.name.vi, ...u.aliases]) byName.set(foldUnitName(n), u.id);
  return unitNames(cell).flatMap((name) => {
    const id = byName.get(foldUnitName(name));
    if (id) return [id];
    const m = /^(.*) \((.*)\)$/.exec(name);
    const ids = m ? [byName.get(foldUnitName(m[1])), byName.get(foldUnitName(m[2]))] : [];
    if (ids.length === 0 || ids.some((x) => x === undefined)) throw new Error(`no unit is named "${name}"`);
    return ids as string[];
  });
}

function expectCells(
  where: string,
  cells: Cells,
  row: Pick<PlanRow, 'content' | 'timeText' | 'lead' | 'cooperating' | 'expectedResult'>,
  inherited: readonly string[] = [],
) {
  const [content, time, lead, cooperating, result] = cells;
  expect(row.content.vi, `${where} content`).toBe(content);
  const check = (field: string, cell: string, actual: unknown, wanted: () => unknown) => {
    if (inherited.includes(field)) expect(cell, `${where} ${field} is inherited, so its cell is empty`).toBe('');
    else expect(actual, `${where} ${field}`).toEqual(wanted());
  };
  check('timeText', time, row.timeText, () => time);
  check('lead', lead, row.lead, () => unitIds(lead));
  check('cooperating', cooperating, row.cooperating, () => unitIds(cooperating));
  check('expectedResult', result, row.expectedResult.vi, () => result);
}

describe('the plan table against the seed', () => {
  it('the seed parser finds the table: 3 sections, 8 headings, 38 rows', () => {
    expect([...seed.sections.keys()]).toEqual(['I', 'II', 'III']);
    expect([...seed.headings]).toEqual(['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7', 'III.3']);
    expect(seed.rows.size).toBe(38);
  });

  it('has exactly the rows of the seed, in its order', () => {
    expect(plan.rows.map((r) => r.number)).toEqual([...seed.rows]);
  });

  it('has exactly the sections and subsection headings of the seed', () => {
    expect(plan.sections.map((s) => [s.id, s.heading.vi])).toEqual([...seed.sections]);
    const headings = plan.sections.flatMap((s) => s.subsections.map((h) => [h.number, h.heading.vi]));
    expect(headings).toEqual(seed.entries.filter((e) => seed.headings.has(e.number)).map((e) => [e.number, e.cells[0]]));
  });

  it('has the bulleted items of the seed (II.2.1 and II.2.2, two each)', () => {
    const seedItems = seed.entries.filter((e) => e.items.length > 0).map((e) => [e.number, e.items.length]);
    expect(seedItems).toEqual([
      ['II.2.1', 2],
      ['II.2.2', 2],
    ]);
    expect(plan.rows.filter((r) => r.items).map((r) => [r.number, r.items!.length])).toEqual(seedItems);
  });

  for (const entry of seed.entries.filter((e) => seed.rows.has(e.number))) {
    it(`row ${entry.number} quotes every cell of the seed`, () => {
      const row = rowByNumber.get(entry.number);
      expect(row, `row ${entry.number} is missing`).toBeDefined();
      if (!row) return;
      if (entry.items.length === 0) {
        expectCells(entry.number, entry.cells, row, row.inheritedFrom?.fields);
        return;
      }
      expect(row.content.vi).toBe(entry.cells[0]);
      expect(entry.cells.slice(1).join(''), `${entry.number}: the cells of a row with items are empty`).toBe('');
      entry.items.forEach((item, j) => expectCells(`${entry.number} item ${j + 1}`, item.cells, row.items![j]));
    });
  }

  it('every row and item has at least one lead unit', () => {
    for (const row of plan.rows) {
      expect(row.lead.length, row.number).toBeGreaterThan(0);
      for (const item of row.items ?? []) expect(item.lead.length, `${row.number} ${item.key}`).toBeGreaterThan(0);
    }
  });

  it('inherits only into cells that are empty in the seed, from III.3.1 (merged cells)', () => {
    const inheriting = plan.rows.filter((r) => r.inheritedFrom).map((r) => [r.number, r.inheritedFrom!.row, r.inheritedFrom!.fields.length]);
    expect(inheriting).toEqual([
      ['III.3.2', 'III.3.1', 4],
      ['III.3.3', 'III.3.1', 4],
      ['III.3.4', 'III.3.1', 4],
      ['III.3.5', 'III.3.1', 2],
      ['III.3.6', 'III.3.1', 2],
      ['III.3.7', 'III.3.1', 2],
      ['III.3.8', 'III.3.1', 2],
    ]);
  });
});

describe('schedules', () => {
  const typeOf = (n: string) => rowByNumber.get(n)?.schedule;

  it('follow the time wording of each row', () => {
    for (const row of plan.rows) {
      const t = row.timeText;
      const s = row.schedule;
      if (t === 'Khi có phát sinh') expect(s.type, row.number).toBe('onOccurrence');
      else if (t.startsWith('Thường xuyên (Cho đến khi')) expect(s.type, row.number).toBe('untilSuperseded');
      else if (t === 'Thường xuyên' && !row.items) {
        if (s.type === 'rule') expect(s.deadlineText, `${row.number}: a dated "Thường xuyên" row quotes its deadline`).toBeTruthy();
        else expect(s.type, row.number).toBe('ongoing');
      } else if (/^(Trong tháng|Trong năm|Trước|Chậm nhất|Định kỳ hàng)/.test(t)) expect(s.type, row.number).toBe('rule');
    }
  });

  it("match the plan's own dates for the dated rows (docs/domain.md)", () => {
    const rules = (n: string) => {
      const s = typeOf(n);
      return s?.type === 'rule' ? s.ruleIds : s?.type;
    };
    expect(rules('I.1')).toEqual(['hp-2025/unit-plan']);
    expect(rules('II.2.1')).toEqual(['hp-2025/local-tthc-publication', 'hp-2025/central-tthc-list']);
    expect(rowByNumber.get('II.2.2')?.items?.[1].schedule).toMatchObject({ type: 'rule', ruleIds: ['hp-2025/national-database-entry'] });
    expect(rules('II.3.2')).toEqual(['hp-2025/simplification-proposal']);
    expect(rules('II.3.3')).toEqual(['hp-2025/simplification-approval']);
    expect(rules('II.6.1')).toEqual(['hp-2025/quarterly-report', 'hp-2025/annual-report']);
    expect(rules('II.6.2')).toEqual(['hp-2025/monthly-report']);
    expect(rules('III.2')).toEqual(['hp-2025/internal-procedure']);
    expect(rules('III.3.9')).toEqual(['hp-2025/fee-exemption-report']);
    expect(rules('II.1.1')).toBe('onOccurrence');
    expect(rules('II.1.2')).toBe('onOccurrence');
    expect(typeOf('III.5')).toMatchObject({ type: 'untilSuperseded', until: { vi: 'Cho đến khi có Quyết định thay thế Quyết định số 1291/QĐ-TTg' } });
    for (const n of ['I.3', 'I.5', 'II.3.1', 'II.5.1', 'III.6']) expect(typeOf(n)?.type, n).toBe('rule');
  });

  it('quote deadlines found outside the time column exactly', () => {
    const quoted = plan.rows.flatMap((r) => [r, ...(r.items ?? [])]).filter((r) => r.schedule.type === 'rule' && r.schedule.deadlineText);
    expect(quoted.length).toBe(4);
    for (const r of quoted) if (r.schedule.type === 'rule') expect(r.schedule.deadlineText).toBe(r.expectedResult.vi);
  });

  it('name only rules that exist in rules/*.json', () => {
    const dir = new URL('../../rules/', import.meta.url);
    const shipped = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.json') && !f.includes('schema') && !f.endsWith('.plan.json'))) {
      const file = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { rules?: { id: string }[] };
      for (const r of file.rules ?? []) shipped.add(r.id);
    }
    const named = plan.rows.flatMap((r) => [r.schedule, ...(r.items ?? []).map((i) => i.schedule)]).flatMap((s) => s.ruleIds ?? []);
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((id) => !shipped.has(id))).toEqual([]);
  });
});
