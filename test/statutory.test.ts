import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoWeekday, tryParseIsoDay } from '../src/core/days.js';
import { statutoryDays } from '../src/statutory/index.js';
import { createCalendar, lunarToSolar } from '../src/index.js';

const weekday = (iso: string) => isoWeekday(tryParseIsoDay(iso)!);
/** The statutory holidays themselves (a Tết day placed on a weekday for a weekend one is not another holiday). */
const holidaysOf = (year: number) =>
  statutoryDays(year).filter((d) => d.reason.kind === 'holiday' || (d.reason.kind === 'tet' && d.reason.pairedWith === undefined));
const tetOf = (year: number) => statutoryDays(year).filter((d) => d.reason.kind === 'tet');
const nghiBuOf = (year: number) => statutoryDays(year).filter((d) => d.reason.kind === 'nghiBu');

describe('statutory layer by era (BLLĐ 2012 Điều 115, BLLĐ 2019 Điều 112, NQ 28/2026/QH16)', () => {
  it('12 statutory days off from 2026 (24/11 added), 11 in 2021–2025 (Labour Code 2019), 10 in 2014–2020 (2012), 9 in 2013', () => {
    // 2013: Tết Quý Tỵ (10/02/2013) fell before the Labour Code 2012 took effect on 01/05/2013, so the
    // Labour Code 1994 as amended in 2007 (Điều 73: Tết 4 days) governed it.
    fc.assert(
      fc.property(fc.integer({ min: 2013, max: 2100 }), (year) => {
        expect(holidaysOf(year)).toHaveLength(year >= 2026 ? 12 : year >= 2021 ? 11 : year >= 2014 ? 10 : 9);
      }),
      { numRuns: 200 },
    );
  });

  it('one nghỉ bù for each holiday (other than Tết) on a weekend, on a weekday that is not a holiday, after it', () => {
    for (let year = 2013; year <= 2100; year++) {
      const holidays = holidaysOf(year);
      const onWeekend = holidays.filter((h) => weekday(h.date) >= 6 && h.reason.kind !== 'tet');
      const nghiBu = nghiBuOf(year);
      expect(nghiBu).toHaveLength(onWeekend.length);
      const taken = new Set(
        tetOf(year)
          .concat(holidays)
          .map((h) => h.date),
      );
      for (const n of nghiBu) {
        expect(weekday(n.date)).toBeLessThanOrEqual(5);
        expect(taken.has(n.date)).toBe(false);
        taken.add(n.date);
        expect(n.reason.pairedWith! < n.date).toBe(true);
      }
    }
  });

  it('Giỗ Tổ is 10/3 of the regular third month; Tết is mùng 1 and the days around it', () => {
    for (const year of [2013, 2020, 2023, 2027, 2033, 2050, 2100]) {
      const days = statutoryDays(year).map((d) => d.date);
      expect(days).toContain(lunarToSolar(year, 3, 10, false));
      expect(days).toContain(lunarToSolar(year, 1, 1));
    }
  });

  it('2023 (the nghỉ bù example of docs/domain.md): Giỗ Tổ Sat 29/4, 30/4 Sun, 1/5 Mon → nghỉ bù Tue 2/5, Wed 3/5', () => {
    const may = nghiBuOf(2023).filter((d) => d.date.startsWith('2023-05'));
    expect(may.map((d) => [d.date, d.reason.pairedWith])).toEqual([
      ['2023-05-02', '2023-04-29'],
      ['2023-05-03', '2023-04-30'],
    ]);
  });

  it('2027, computed by hand: Tết Đinh Mùi mùng 1 = Sat 06/02 (no official notice yet: provisional)', () => {
    // 1/1 Fri. Tết: last day of Bính Ngọ Fri 05/02 + mùng 1–4 Sat 06 – Tue 09; mùng 1 on Saturday
    // moves to the weekday before the break (Thu 04), mùng 2 on Sunday to the weekday after (Wed 10).
    // 30/4 Fri; 1/5 Sat → nghỉ bù Mon 03/05. 2/9 Thu: Fri 03/09 gives Thu–Sun (4 days) against
    // Wed–Thu, so 03/09. Giỗ Tổ (10/3 âm lịch) Fri 16/04. 24/11 Wed (Ngày Văn hóa Việt Nam).
    expect(statutoryDays(2027).map((d) => d.date)).toEqual([
      '2027-01-01',
      '2027-02-04',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-04-16',
      '2027-04-30',
      '2027-05-01',
      '2027-05-03',
      '2027-09-02',
      '2027-09-03',
      '2027-11-24',
    ]);
  });

  it('Ngày Văn hóa Việt Nam (24/11) from 2026, with nghỉ bù on a weekend: Sat 24/11/2029 → Mon 26/11/2029', () => {
    const nov = (year: number) =>
      statutoryDays(year)
        .filter((d) => d.date.slice(5, 7) === '11')
        .map((d) => [d.date, d.reason.kind]);
    expect(nov(2025)).toEqual([]);
    expect(nov(2026)).toEqual([['2026-11-24', 'holiday']]);
    expect(nov(2027)).toEqual([['2027-11-24', 'holiday']]);
    expect(nov(2029)).toEqual([
      ['2029-11-24', 'holiday'],
      ['2029-11-26', 'nghiBu'],
    ]);
    expect(nov(2030)).toEqual([
      ['2030-11-24', 'holiday'],
      ['2030-11-25', 'nghiBu'],
    ]); // 24/11/2030 is a Sunday
    const doc = statutoryDays(2029).find((d) => d.date === '2029-11-26')!.reason;
    expect(doc.pairedWith).toBe('2029-11-24');
    expect(doc.documents[0].id).toBe('NQ 28/2026/QH16');
  });

  it('the day beside Quốc khánh: the longer break; on a tie a weekday, then the day before (matches 2021–2026)', () => {
    const beside = (year: number) => holidaysOf(year).find((d) => d.reason.name.en.includes('beside'))!.date;
    // Official choices: 2021 Fri 03/09, 2022 Thu 01/09, 2023 Fri 01/09, 2024 Tue 03/09, 2025 Mon 01/09, 2026 Tue 01/09.
    expect([2021, 2022, 2023, 2024, 2025, 2026].map(beside)).toEqual(['2021-09-03', '2022-09-01', '2023-09-01', '2024-09-03', '2025-09-01', '2026-09-01']);
  });
});

describe('the law is a floor under the official data, 2016–2026', () => {
  const official = createCalendar({ strict: true });
  it('every derived holiday and nghỉ bù is a day off in the official data (the forecast Tết placement included)', () => {
    const exceptions: string[] = [];
    for (let year = 2016; year <= 2026; year++) {
      for (const d of statutoryDays(year)) if (official.isWorkingDay(d.date)) exceptions.push(d.date);
    }
    expect(exceptions).toEqual([]);
  });

  it('the official Tết break has at least as many weekdays off as the law gives', () => {
    for (let year = 2016; year <= 2026; year++) {
      const tet = tryParseIsoDay(lunarToSolar(year, 1, 1))!;
      const derived = statutoryDays(year).filter((d) => d.reason.kind === 'tet' || (d.reason.kind === 'nghiBu' && d.reason.name.en.includes('Tết')));
      const derivedWeekdays = derived.filter((d) => weekday(d.date) <= 5).length;
      let officialWeekdays = 0;
      for (let d = tet - 10; d <= tet + 10; d++) {
        const iso = official.dayInfo(new Date(d * 86_400_000).toISOString().slice(0, 10));
        if (!iso.working && iso.weekday <= 5 && iso.reasons.some((r) => r.kind === 'tet' || r.kind === 'nghiBu')) officialWeekdays++;
      }
      expect(officialWeekdays, String(year)).toBeGreaterThanOrEqual(derivedWeekdays);
    }
  });
});
