/**
 * planSchedule: the concrete occurrences of QĐ 257's rows in a period. Expected days are
 * worked out by hand from the weekday and reference/vn-civil-service-calendar.md (2025 days
 * off: 01/01; 27–31/01; 07/04; 30/04–02/05 with Sat 26/04 worked; 01–02/09).
 */
import { describe, expect, it } from 'vitest';
import { VnDeadlinesError } from '../../src/core/errors.js';
import { getPlan } from '../../src/plan/index.js';
import { planSchedule, type PlanOccurrence } from '../../src/plan/schedule.js';
import { firstProvisionalYear } from '../support/years.js';

const year2025 = planSchedule({ from: '2025-01-01', to: '2025-12-31' });
const byRule = (list: PlanOccurrence[], id: string) => list.filter((o) => o.ruleId === id);

describe('planSchedule: the twelve monthly reports of 2025 (II.6.2, due "trước ngày 18", data 15th..14th)', () => {
  const monthly = byRule(year2025, 'hp-2025/monthly-report');

  it('has twelve occurrences, one per month 2025-01 … 2025-12, all in row II.6.2 led by the departments and districts', () => {
    expect(monthly.map((o) => o.period)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2025-${m}`));
    for (const o of monthly) {
      expect(o.row).toBe('II.6.2');
      expect(o.kind).toBe('periodic');
      expect(o.lead.map((u) => u.id)).toEqual(['all-departments', 'district-people-committees']);
      expect(o.lead[0].name.vi).toBe('Các sở, ban, ngành');
      expect(o.cooperating.map((u) => u.name.vi)).toEqual(['Văn phòng UBND thành phố']);
      expect(o.dependsOnProvisional).toBe(false);
      expect(o.pending).toEqual([]);
      expect(o.legalBasis.map((b) => b.document)).toContain('NĐ 09/2019/NĐ-CP');
    }
  });

  // [month, due (the 17th: before the 18th, never rolled), last working day on or before it, why]
  const cases: [string, string, string, string][] = [
    ['2025-01', '2025-01-17', '2025-01-17', '01/01/2025 is a Wednesday, so the 17th is a Friday; Tết (27–31/01) comes later'],
    ['2025-02', '2025-02-17', '2025-02-17', 'Fri 17/01 + 31 days: Monday 17/02, a working day'],
    ['2025-03', '2025-03-17', '2025-03-17', '+28 days: Monday 17/03'],
    ['2025-04', '2025-04-17', '2025-04-17', '+31: Thursday 17/04 (Giỗ Tổ was Mon 07/04)'],
    ['2025-05', '2025-05-17', '2025-05-16', '+30: Saturday 17/05 → Friday 16/05 (the 30/4–2/5 break is over)'],
    ['2025-06', '2025-06-17', '2025-06-17', '+31: Tuesday 17/06'],
    ['2025-07', '2025-07-17', '2025-07-17', '+30: Thursday 17/07'],
    ['2025-08', '2025-08-17', '2025-08-15', '+31: Sunday 17/08 → Saturday 16/08 is no make-up day → Friday 15/08'],
    ['2025-09', '2025-09-17', '2025-09-17', '+31: Wednesday 17/09 (Quốc khánh was Mon 01–Tue 02/09)'],
    ['2025-10', '2025-10-17', '2025-10-17', '+30: Friday 17/10'],
    ['2025-11', '2025-11-17', '2025-11-17', '+31: Monday 17/11'],
    ['2025-12', '2025-12-17', '2025-12-17', '+30: Wednesday 17/12'],
  ];
  for (const [month, due, lwd, why] of cases) {
    it(`${month}: due ${due}, last working day ${lwd} — ${why}; data from the 15th of the month before to the 14th`, () => {
      const o = monthly.find((x) => x.period === month)!;
      expect(o.due).toBe(due);
      expect(o.lastWorkingDay).toBe(lwd);
      const [y, m] = month.split('-').map(Number);
      const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
      expect(o.dataPeriod).toEqual({ from: `${prev}-15`, to: `${month}-14` });
      expect(o.key).toBe(`II.6.2|hp-2025/monthly-report|${month}|${due}`);
    });
  }

  it('2026-02: the 17th is Tết Bính Ngọ (mùng 1, Tue 17/02; off Mon 16–Fri 20/02) → last working day Friday 13/02', () => {
    const [o] = byRule(planSchedule({ from: '2026-02-01', to: '2026-02-28', undated: false }), 'hp-2025/monthly-report');
    expect(o).toMatchObject({ period: '2026-02', due: '2026-02-17', lastWorkingDay: '2026-02-13', dataPeriod: { from: '2026-01-15', to: '2026-02-14' } });
  });

  it(`the first year without official arrangements (${firstProvisionalYear()}) is provisional: every monthly occurrence says so`, () => {
    const Y = firstProvisionalYear();
    const list = byRule(planSchedule({ from: `${Y}-01-01`, to: `${Y}-12-31`, undated: false }), 'hp-2025/monthly-report');
    expect(list).toHaveLength(12);
    expect(list.every((o) => o.dependsOnProvisional)).toBe(true);
  });
});

describe('planSchedule: quarterly and annual reports, fixed dates and windows', () => {
  it("II.6.1: four quarterly reports due the 25th of the quarter's last month (NĐ 09/2019 cut-offs) and the annual one on 25/12", () => {
    const q = byRule(year2025, 'hp-2025/quarterly-report');
    expect(q.map((o) => [o.period, o.due, o.dataPeriod!.from, o.dataPeriod!.to])).toEqual([
      ['2025-Q1', '2025-03-25', '2024-12-15', '2025-03-14'],
      ['2025-Q2', '2025-06-25', '2025-03-15', '2025-06-14'],
      ['2025-Q3', '2025-09-25', '2025-06-15', '2025-09-14'],
      ['2025-Q4', '2025-12-25', '2025-09-15', '2025-12-14'],
    ]);
    const [a] = byRule(year2025, 'hp-2025/annual-report');
    expect(a).toMatchObject({ row: 'II.6.1', period: '2025', due: '2025-12-25', dataPeriod: { from: '2024-12-15', to: '2025-12-14' } });
    // Two rules in one row: two occurrences on the same day, told apart by their keys.
    expect(new Set(year2025.filter((o) => o.row === 'II.6.1' && o.due === '2025-12-25').map((o) => o.key)).size).toBe(2);
  });

  it('fixed dates: "Trước 30/8/2025" → Fri 29/08; "Trước ngày 30/9/2025" → Mon 29/09', () => {
    expect(year2025.find((o) => o.row === 'II.3.2')).toMatchObject({ kind: 'fixed', due: '2025-08-29', lastWorkingDay: '2025-08-29', windowStart: null });
    expect(year2025.find((o) => o.row === 'II.3.3')).toMatchObject({ kind: 'fixed', due: '2025-09-29' });
  });

  it('"Trong tháng 02/2025" (I.1, I.3, II.3.1) is a window 01/02–28/02; "Trong năm 2025" (I.5, II.5.1) the year', () => {
    for (const row of ['I.1', 'I.3', 'II.3.1'])
      expect(
        year2025.find((o) => o.row === row),
        row,
      ).toMatchObject({ kind: 'window', windowStart: '2025-02-01', due: '2025-02-28' });
    for (const row of ['I.5', 'II.5.1'])
      expect(
        year2025.find((o) => o.row === row),
        row,
      ).toMatchObject({ kind: 'window', windowStart: '2025-01-01', due: '2025-12-31' });
  });

  it('a window is included when it meets the period, even when its due day lies outside; a fixed date only on its day', () => {
    const rows = (from: string, to: string) => planSchedule({ from, to, undated: false }).map((o) => o.row);
    expect(rows('2025-02-10', '2025-02-12')).toEqual(['I.1', 'I.3', 'II.3.1', 'I.5', 'II.5.1']);
    expect(rows('2025-03-01', '2025-03-31')).toEqual(['II.6.2', 'II.6.1', 'I.5', 'II.5.1']);
    expect(rows('2025-08-29', '2025-08-29')).toEqual(['II.3.2', 'I.5', 'II.5.1']);
    expect(rows('2025-08-30', '2025-08-30')).toEqual(['I.5', 'II.5.1']);
  });

  it('III.3.9 (report before 15/01/2026 on 2024–2025) is not in 2025: its window opens 01/01/2026 and it is due Wed 14/01/2026', () => {
    expect(year2025.some((o) => o.row === 'III.3.9')).toBe(false);
    expect(planSchedule({ from: '2026-01-01', to: '2026-01-31' }).find((o) => o.row === 'III.3.9')).toMatchObject({
      kind: 'fixed',
      windowStart: '2026-01-01',
      due: '2026-01-14',
      dataPeriod: { from: '2024-01-01', to: '2025-12-31' },
    });
  });

  it("dated occurrences come first, sorted by due day; the others follow in the plan's order", () => {
    const dues = year2025.map((o) => o.due);
    const firstUndated = dues.indexOf(null);
    expect(firstUndated).toBeGreaterThan(0);
    expect(dues.slice(firstUndated).every((d) => d === null)).toBe(true);
    const dated = dues.slice(0, firstUndated) as string[];
    expect(dated).toEqual([...dated].sort());
    const order = getPlan().rows.map((r) => r.number);
    const undatedRows = year2025.slice(firstUndated).map((o) => order.indexOf(o.row));
    expect(undatedRows).toEqual([...undatedRows].sort((a, b) => a - b));
  });

  it('every occurrence has a distinct key', () => {
    expect(new Set(year2025.map((o) => o.key)).size).toBe(year2025.length);
  });
});

describe('planSchedule: rows without a due day', () => {
  it('ongoing, on-occurrence and until-superseded rows appear once each, with their status', () => {
    expect(year2025.filter((o) => o.row === 'I.2')).toHaveLength(1);
    expect(year2025.find((o) => o.row === 'I.2')).toMatchObject({ kind: 'ongoing', due: null, note: { vi: 'Thường xuyên: không có hạn cụ thể' } });
    expect(year2025.find((o) => o.row === 'II.1.1')?.note?.vi).toMatch(/^Khi có phát sinh: /);
    expect(year2025.find((o) => o.row === 'III.5')).toMatchObject({ kind: 'untilSuperseded', ruleId: 'hp-2025/vertical-tthc-reception' });
    expect(year2025.find((o) => o.row === 'III.5')?.note?.vi).toContain('1291/QĐ-TTg');
    // Once, whatever the period.
    expect(planSchedule({ from: '2025-06-01', to: '2025-06-01' }).filter((o) => o.row === 'I.2')).toHaveLength(1);
  });

  it('a row without a rule (II.6.3 "Định kỳ theo quy định") cites the plan itself', () => {
    const o = year2025.find((x) => x.row === 'II.6.3')!;
    expect(o).toMatchObject({ ruleId: null, kind: 'ongoing', wording: 'Định kỳ theo quy định' });
    expect(o.legalBasis).toEqual([{ document: '257/QĐ-UBND', date: '2025-01-24', title: getPlan().plan.title, articles: ['mục II.6.3'] }]);
  });

  it("a row split into items is scheduled item by item, with each item's units", () => {
    const items = year2025.filter((o) => o.row === 'II.2.2').map((o) => [o.item, o.kind, o.lead.map((u) => u.id)]);
    expect(items).toEqual([
      ['display', 'ongoing', ['all-departments', 'district-people-committees', 'commune-people-committees', 'tthc-receiving-units']],
      ['national-database', 'awaitingEvent', ['city-office']],
    ]);
  });

  it('an event-driven rule without an event waits for it, naming the facts it needs', () => {
    const central = year2025.find((o) => o.row === 'II.2.1' && o.item === 'central')!;
    expect(central).toMatchObject({ kind: 'awaitingEvent', due: null, awaiting: ['ministryDecisionDate'], ruleId: 'hp-2025/central-tthc-list' });
    expect(central.note!.vi).toBe('Chờ sự kiện: thời hạn tính từ ngày có Quyết định công bố TTHC của Bộ, ngành');
    expect(year2025.find((o) => o.row === 'III.6')?.awaiting).toEqual(['pilotReviewDate']);
  });

  it('undated: false leaves them out', () => {
    const dated = planSchedule({ from: '2025-01-01', to: '2025-12-31', undated: false });
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((o) => o.due !== null)).toBe(true);
    expect(dated).toEqual(year2025.filter((o) => o.due !== null));
  });
});

describe('planSchedule: events', () => {
  it('a ministry decision of Mon 03/03/2025 → the localised list (II.2.1, central) is due Mon 17/03: 10 working days 04/03…17/03', () => {
    const list = planSchedule({
      from: '2025-03-01',
      to: '2025-03-31',
      events: [{ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-03-03' }, id: 'QĐ 512/QĐ-BTP' }],
    });
    const o = list.find((x) => x.item === 'central')!;
    expect(o).toMatchObject({ kind: 'offset', from: '2025-03-03', due: '2025-03-17', lastWorkingDay: '2025-03-17', event: { id: 'QĐ 512/QĐ-BTP' } });
    expect(o.lead.map((u) => u.id)).toEqual(['departments-except-economic-zone']);
    expect(o.key).toBe('II.2.1#central|hp-2025/central-tthc-list|event:QĐ 512/QĐ-BTP|2025-03-17');
    // The event replaces the "awaiting" occurrence of that item.
    expect(list.filter((x) => x.item === 'central')).toHaveLength(1);
  });

  it('a legal document effective Tue 06/05/2025 → submit by Tue 29/04: 06/05 − 5 = Thu 01/05 (holiday), rolled back over 30/04', () => {
    const [o] = planSchedule({ undated: false, events: [{ rule: 'hp-2025/local-tthc-publication', facts: { effectiveDate: '2025-05-06' } }] }).filter(
      (x) => x.item === 'local',
    );
    expect(o).toMatchObject({ row: 'II.2.1', variant: 'before-effect', due: '2025-04-29', from: '2025-05-06' });
    expect(o.key).toBe('II.2.1#local|hp-2025/local-tthc-publication|event:2025-05-06|2025-04-29');
  });

  it('two events of one rule give two occurrences; an event outside the period gives none', () => {
    const events = ['2025-03-03', '2025-03-10', '2025-06-02'].map((d) => ({ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: d } }));
    const dues = planSchedule({ from: '2025-03-01', to: '2025-03-31', events, undated: false })
      .filter((o) => o.ruleId === 'hp-2025/central-tthc-list')
      .map((o) => o.due);
    expect(dues).toEqual(['2025-03-17', '2025-03-24']);
  });

  it("a chairman's decision of Fri 20/11/2026 → III.2 due Mon 07/12/2026 (Tue 24/11, Ngày Văn hóa Việt Nam, skipped), flagged with the pending swap 23/11 ↔ 28/11", () => {
    const o = planSchedule({
      from: '2026-11-01',
      to: '2026-12-31',
      events: [{ rule: 'hp-2025/internal-procedure', facts: { chairmanDecisionDate: '2026-11-20' } }],
    }).find((x) => x.row === 'III.2')!;
    expect(o.due).toBe('2026-12-07');
    expect(o.pending.map((p) => p.date)).toEqual(['2026-11-23', '2026-11-28']);
  });

  it('refuses events it cannot place, with codes', () => {
    const run = (events: unknown) => () => planSchedule({ events: events as never });
    expect(run({})).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(run([{ facts: {} }])).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(run([{ rule: 'hp-2025/central-tthc-list', facts: null }])).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(run([{ rule: 'nope/nothing', facts: {} }])).toThrow(expect.objectContaining({ code: 'unknown_rule' }));
    // A shipped rule that no row of the plan names.
    expect(run([{ rule: 'nd63/national-database-entry', facts: { decisionDate: '2025-03-03' } }])).toThrow(/no row of the plan 257\/QĐ-UBND names rule/);
    // Periodic and ongoing rules follow from the period, not from events.
    expect(run([{ rule: 'hp-2025/monthly-report', facts: { month: '2025-03' } }])).toThrow(/periodic/);
    expect(run([{ rule: 'hp-2025/focal-officials', facts: {} }])).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    const e = (() => {
      try {
        planSchedule({ events: [{ rule: 'hp-2025/central-tthc-list', facts: {} }] });
      } catch (x) {
        return x;
      }
    })() as VnDeadlinesError;
    expect(e).toBeInstanceOf(VnDeadlinesError);
    expect(e.code).toBe('missing_fact');
    expect(e.message).toMatch(/^planSchedule: events\[0\] \(rule 'hp-2025\/central-tthc-list'\): .*ministryDecisionDate/);
  });
});

describe('planSchedule: arguments', () => {
  it("defaults to the plan's year, and takes the plan first or not at all", () => {
    expect(planSchedule()).toEqual(year2025);
    expect(planSchedule(getPlan(), { from: '2025-01-01', to: '2025-12-31' })).toEqual(year2025);
    expect(planSchedule(undefined, {})).toEqual(year2025);
  });

  it('takes instants as the day they fall on in Vietnam', () => {
    const a = planSchedule({ from: new Date('2025-02-28T17:00:00Z'), to: '2025-03-31T23:59:00+07:00', undated: false });
    expect(a[0].due).toBe('2025-03-17'); // from = 2025-03-01 in UTC+7: the February windows are out
  });

  it('errors: to before from, a bad date', () => {
    expect(() => planSchedule({ from: '2025-03-31', to: '2025-03-01' })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => planSchedule({ from: '2025-02-30' })).toThrow(expect.objectContaining({ code: 'invalid_date' }));
  });
});
