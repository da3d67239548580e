/** agenda: what a unit leads or supports in a period, sorted by due day, with its status. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { agenda, type AgendaItem, type AgendaOptions } from '../../src/plan/agenda.js';
import { planSchedule } from '../../src/plan/schedule.js';

const MARCH = { from: '2025-03-01', to: '2025-03-31', asOf: '2025-03-20' } as const;
const central = { rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-03-03' } };
const line = (i: AgendaItem) => `${i.due} ${i.row}${i.item ? `#${i.item}` : ''} ${i.role} ${i.status}`;

describe('agenda: filtering by unit', () => {
  it('Sở Tư pháp in March 2025, by id and by its name without diacritics: the monthly and Q1 reports it leads (as a department), the inspection it supports', () => {
    const byId = agenda({ unit: 'justice-department', ...MARCH, undated: false });
    const byName = agenda({ unit: 'so tu phap', ...MARCH, undated: false });
    expect(byId.items.map(line)).toEqual(['2025-03-17 II.6.2 lead overdue', '2025-03-25 II.6.1 lead open', '2025-12-31 II.5.1 cooperating open']);
    expect(byName.items).toEqual(byId.items);
    expect(byName.unit).toEqual({
      query: 'so tu phap',
      units: [
        { id: 'justice-department', name: { vi: 'Sở Tư pháp', en: 'Department of Justice' } },
        expect.objectContaining({ id: 'all-departments' }),
        expect.objectContaining({ id: 'departments-except-economic-zone' }),
      ],
    });
    expect(byId.items[0].via).toEqual(['all-departments']);
  });

  it("Văn phòng UBND thành phố leads the year's study tours and inspection and supports the reports", () => {
    expect(agenda({ unit: 'VP UBND TP', ...MARCH, undated: false }).items.map(line)).toEqual([
      '2025-03-17 II.6.2 cooperating overdue',
      '2025-03-25 II.6.1 cooperating open',
      '2025-12-31 I.5 lead open',
      '2025-12-31 II.5.1 lead open',
    ]);
  });

  it('an event reaches the units of its item only: the Economic Zone Authority is excluded from II.2.1 (central), Sở Tài chính is not', () => {
    const rows = (unit: string) => agenda({ unit, ...MARCH, events: [central], undated: false }).items.map((i) => `${i.row}${i.item ? `#${i.item}` : ''}`);
    expect(rows('Sở Tài chính')).toEqual(['II.2.1#central', 'II.6.2', 'II.6.1', 'II.5.1']);
    expect(rows('Ban Quản lý Khu Kinh tế Hải Phòng')).toEqual(['II.6.2', 'II.6.1', 'II.5.1']);
  });

  it('a district the plan does not list finds the district rows ("UBND huyện Tiên Lãng" → UBND cấp huyện)', () => {
    const a = agenda({ unit: 'UBND huyện Tiên Lãng', ...MARCH, undated: false });
    expect(a.unit!.units.map((u) => u.id)).toEqual(['district-people-committees']);
    expect(a.items.map(line)).toEqual(['2025-03-17 II.6.2 lead overdue', '2025-03-25 II.6.1 lead open', '2025-12-31 II.5.1 cooperating open']);
  });

  it('role: lead or cooperating only', () => {
    expect(agenda({ unit: 'so tu phap', ...MARCH, undated: false, role: 'lead' }).items.map((i) => i.row)).toEqual(['II.6.2', 'II.6.1']);
    expect(agenda({ unit: 'so tu phap', ...MARCH, undated: false, role: 'cooperating' }).items.map((i) => i.row)).toEqual(['II.5.1']);
  });

  it('a unit named in both columns gets the closer one: Sở Tư pháp cooperates on II.1.1 by name; Sở Tài chính leads it as a department', () => {
    const item = (unit: string) => agenda({ unit, ...MARCH }).items.find((i) => i.row === 'II.1.1')!;
    expect([item('Sở Tư pháp').role, item('Sở Tư pháp').via]).toEqual(['cooperating', ['justice-department']]);
    expect([item('Sở Tài chính').role, item('Sở Tài chính').via]).toEqual(['lead', ['all-departments']]);
    // Asked for its lead rows only, Sở Tư pháp still has II.1.1, as a department.
    expect(agenda({ unit: 'Sở Tư pháp', ...MARCH, role: 'lead' }).items.find((i) => i.row === 'II.1.1')?.role).toBe('lead');
  });

  it("the undated rows follow the dated ones, and only the unit's rows are listed", () => {
    const a = agenda({ unit: 'Sở Thông tin và Truyền thông', ...MARCH });
    const firstUndated = a.items.findIndex((i) => i.due === null);
    expect(a.items.slice(firstUndated).every((i) => i.due === null)).toBe(true);
    expect(a.items.find((i) => i.row === 'III.3.5')).toMatchObject({ role: 'lead', via: ['ict-department'] });
    // Every item names the unit, directly or through a group that contains it.
    expect(a.items.every((i) => i.role !== null && i.via.length > 0)).toBe(true);
    // A row for the communes only is not on a department's agenda.
    expect(a.items.some((i) => i.row === 'III.5')).toBe(false);
  });

  it('without a unit: every occurrence, role null', () => {
    const all = agenda({ ...MARCH });
    expect(all.unit).toBeNull();
    expect(all.items.map((i) => i.key)).toEqual(planSchedule({ from: '2025-03-01', to: '2025-03-31' }).map((o) => o.key));
    expect(all.items.every((i) => i.role === null && i.via.length === 0)).toBe(true);
  });

  it('errors: a unit that matches nothing, an empty unit, a bad role', () => {
    expect(() => agenda({ unit: 'Bộ Ngoại giao', ...MARCH })).toThrow(
      expect.objectContaining({
        code: 'invalid_argument',
        message: expect.stringMatching(/^agenda: no unit of the plan 257\/QĐ-UBND matches "Bộ Ngoại giao"/),
      }),
    );
    expect(() => agenda({ unit: '  ', ...MARCH })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => agenda({ unit: 'so tu phap', ...MARCH, role: 'chair' as never })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});

describe('agenda: status', () => {
  const status = (asOf: string, completed?: AgendaOptions['completed']) =>
    agenda({ unit: 'so tu phap', ...MARCH, asOf, completed, undated: false }).items.find((i) => i.row === 'II.6.2')!;

  it('open on its due day (a period ends at 24:00 of its last day), overdue the day after', () => {
    expect(status('2025-03-17').status).toBe('open');
    expect(status('2025-03-18').status).toBe('overdue');
    expect(status('2025-03-01').status).toBe('open');
  });

  it('done when a completion matches, by key or by { row, period }, with the day and whether it was late', () => {
    expect(status('2025-03-20', ['II.6.2|hp-2025/monthly-report|2025-03|2025-03-17'])).toMatchObject({ status: 'done', completedOn: null, late: false });
    expect(status('2025-03-20', [{ row: 'II.6.2', period: '2025-03', date: '2025-03-14' }])).toMatchObject({
      status: 'done',
      completedOn: '2025-03-14',
      late: false,
    });
    expect(status('2025-03-20', [{ row: 'II.6.2', period: '2025-03', date: '2025-03-18' }])).toMatchObject({
      status: 'done',
      completedOn: '2025-03-18',
      late: true,
    });
    // Another month's completion does not count.
    expect(status('2025-03-20', [{ row: 'II.6.2', period: '2025-02', date: '2025-02-14' }]).status).toBe('overdue');
    // A completion given as an instant is the day in Vietnam: 16:30Z on the 17th is 23:30 on the 17th in UTC+7.
    expect(status('2025-03-20', [{ row: 'II.6.2', period: '2025-03', date: new Date('2025-03-17T16:30:00Z') }])).toMatchObject({
      completedOn: '2025-03-17',
      late: false,
    });
    expect(status('2025-03-20', [{ row: 'II.6.2', period: '2025-03', date: '2025-03-17T17:30:00Z' }])).toMatchObject({ completedOn: '2025-03-18', late: true });
  });

  it("a completion of an event's occurrence by the event id; undated rows are open until done", () => {
    const a = agenda({
      unit: 'Sở Tài chính',
      ...MARCH,
      events: [{ ...central, id: 'QĐ 512/QĐ-BTP' }],
      completed: [{ row: 'II.2.1', item: 'central', event: 'QĐ 512/QĐ-BTP', date: '2025-03-12' }, { row: 'I.4' }],
    });
    expect(a.items.find((i) => i.item === 'central')).toMatchObject({ status: 'done', completedOn: '2025-03-12', late: false });
    expect(a.items.find((i) => i.row === 'I.4')?.status).toBe('done');
    expect(a.items.find((i) => i.row === 'II.4.1')?.status).toBe('open');
  });

  it('refuses malformed completions', () => {
    expect(() => agenda({ ...MARCH, completed: [{ period: '2025-03' }] as never })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => agenda({ ...MARCH, completed: [{ row: 'II.6.2', period: 3 }] as never })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => agenda({ ...MARCH, completed: [{ row: 'II.6.2', date: '14/03/2025' }] })).toThrow(expect.objectContaining({ code: 'invalid_date' }));
    expect(() => agenda({ ...MARCH, completed: 'II.6.2' as never })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});

describe('agenda: asOf', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('defaults to today in Vietnam, whatever the host time zone: 17:30Z on 17/03 is already 18/03 in UTC+7', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-03-17T17:30:00Z'));
    const a = agenda({ unit: 'so tu phap', from: '2025-03-01', to: '2025-03-31', undated: false });
    expect(a.asOf).toBe('2025-03-18');
    expect(a.items[0].status).toBe('overdue');
    vi.setSystemTime(new Date('2025-03-17T16:30:00Z'));
    expect(agenda({ unit: 'so tu phap', from: '2025-03-01', to: '2025-03-31', undated: false }).items[0].status).toBe('open');
  });

  it('takes an instant and rejects a bad date', () => {
    expect(agenda({ ...MARCH, asOf: new Date('2025-03-17T17:30:00Z') }).asOf).toBe('2025-03-18');
    expect(() => agenda({ ...MARCH, asOf: '2025-13-01' })).toThrow(expect.objectContaining({ code: 'invalid_date' }));
  });
});
