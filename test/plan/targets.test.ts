/** The indicator targets of III.3.1–III.3.8 and evaluateTargets at, above and below them. */
import { describe, expect, it } from 'vitest';
import { evaluateTargets, getPlan } from '../../src/plan/index.js';
import { thrown } from '../support/errors.js';

/** The targets as the plan states them, written from the seed text by hand. */
const TARGETS: [id: string, row: string, percent: number, wording: string][] = [
  ['full-online-services', 'III.3.1', 80, 'đạt 80%'],
  ['online-payments', 'III.3.2', 60, 'đạt 60%'],
  ['online-dossiers', 'III.3.3', 60, 'đạt 60%'],
  ['digitised-dossiers', 'III.3.4', 80, 'đạt 80%'],
  ['synced-results', 'III.3.5', 100, 'đạt 100%'],
  ['electronic-results', 'III.3.6', 100, 'đạt 100%'],
  ['data-reuse', 'III.3.7', 50, 'đạt tối thiểu 50%'],
  ['satisfaction', 'III.3.8', 90, 'đạt tối thiểu 90%'],
];
const atTargets = (): Record<string, number> => Object.fromEntries(TARGETS.map(([id, , p]) => [id, p]));

describe('indicator data', () => {
  it('holds the eight targets of III.3.1–III.3.8, all "at least"', () => {
    expect(getPlan().indicators.map((i) => [i.id, i.row, i.target.percent, i.target.wording])).toEqual(TARGETS);
    expect(new Set(getPlan().indicators.map((i) => i.target.operator))).toEqual(new Set(['>=']));
  });
});

describe('evaluateTargets', () => {
  it('reports every target met, with a gap of 0, at its threshold exactly', () => {
    const results = evaluateTargets(atTargets());
    expect(results.map((r) => [r.id, r.row, r.measured, r.met, r.gap])).toEqual(TARGETS.map(([id, row, p]) => [id, row, p, true, 0]));
    expect(results[6].description.vi).toBe('Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa');
    expect(results[6].target).toEqual({ operator: '>=', percent: 50, wording: 'đạt tối thiểu 50%' });
  });

  for (const [id, row, percent] of TARGETS) {
    it(`${row} (${id}, ${percent}%): met above, not met below, with the gap in points`, () => {
      const pick = (m: Record<string, number>) => evaluateTargets(m).find((r) => r.id === id)!;
      if (percent < 100) {
        const above = pick({ ...atTargets(), [id]: percent + 0.1 });
        expect([above.met, above.gap]).toEqual([true, 0.1]);
      }
      const below = pick({ ...atTargets(), [id]: percent - 0.1 });
      expect([below.met, below.gap]).toEqual([false, -0.1]);
      const far = pick({ ...atTargets(), [id]: 0 });
      expect([far.met, far.gap]).toEqual([false, -percent]);
      // The others are untouched.
      expect(
        evaluateTargets({ ...atTargets(), [id]: 0 })
          .filter((r) => !r.met)
          .map((r) => r.id),
      ).toEqual([id]);
    });
  }

  it('accepts 0 and 100 as rates', () => {
    const all100 = evaluateTargets(Object.fromEntries(TARGETS.map(([id]) => [id, 100])));
    expect(all100.every((r) => r.met)).toBe(true);
    expect(all100.map((r) => r.gap)).toEqual([20, 40, 40, 20, 0, 0, 50, 10]);
  });

  it('rejects a rate outside 0–100 % or not a finite number, naming the indicator', () => {
    for (const bad of [-0.1, 100.01, 120, Number.NaN, Number.POSITIVE_INFINITY, '80' as unknown as number, null as unknown as number]) {
      const e = thrown(() => evaluateTargets({ ...atTargets(), 'online-dossiers': bad }));
      expect(e.code, String(bad)).toBe('invalid_argument');
      expect(e.message).toMatch(/^evaluateTargets: "online-dossiers" \(III\.3\.3\) is .+, not a rate; pass a percentage from 0 to 100/);
      expect(e.details).toMatchObject({ indicator: 'online-dossiers', row: 'III.3.3' });
    }
  });

  it('rejects a missing indicator with missing_fact, naming it and what to pass', () => {
    for (const [id, row] of TARGETS) {
      const measured = atTargets();
      delete measured[id];
      const e = thrown(() => evaluateTargets(measured));
      expect(e.code).toBe('missing_fact');
      expect(e.message).toContain(`no measured rate for "${id}" (${row}:`);
      expect(e.message).toContain(`pass measured["${id}"] as a percentage 0–100`);
      expect(e.details).toEqual({ indicator: id, row });
    }
    expect(thrown(() => evaluateTargets({})).code).toBe('missing_fact');
    expect(thrown(() => evaluateTargets({ ...atTargets(), satisfaction: undefined as unknown as number })).code).toBe('missing_fact');
  });

  it('rejects an unknown indicator id, listing the known ones', () => {
    const e = thrown(() => evaluateTargets({ ...atTargets(), satisfation: 95 }));
    expect(e.code).toBe('invalid_argument');
    expect(e.message).toMatch(/^evaluateTargets: unknown indicator "satisfation"; the plan's indicators are "full-online-services", /);
  });

  it('rejects something that is not an object of rates', () => {
    expect(thrown(() => evaluateTargets(null as never)).code).toBe('invalid_argument');
    expect(thrown(() => evaluateTargets([80] as never)).message).toBe('evaluateTargets: expected an object of rates by indicator id, got an array');
  });
});
