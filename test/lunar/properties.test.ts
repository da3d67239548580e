import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatDay } from '../../src/core/days.js';
import { WINTER_SOLSTICE_SECTOR, sectorAtStartOf } from '../../src/lunar/astronomy.js';
import { LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR, dayToLunar, lunarNewYear, lunarToSolar, lunarYearMonths, solarToLunar } from '../../src/lunar/index.js';

const FIRST_DAY = daysFromCivil(LUNAR_FIRST_YEAR, 1, 1);
const LAST_DAY = daysFromCivil(LUNAR_LAST_YEAR, 12, 31);

/** Days as integers (so shrinking works), shown as ISO dates. */
const anyDay = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
const anyDate = anyDay.map(formatDay);
/** Lunar years whose months all lie in the range (lunar 1899 ends in 1900; lunar 2199 in 2200). */
const anyLunarYear = fc.integer({ min: LUNAR_FIRST_YEAR, max: LUNAR_LAST_YEAR - 1 });
const anyYear = fc.integer({ min: LUNAR_FIRST_YEAR, max: LUNAR_LAST_YEAR });

const RUNS = { numRuns: 1000 };

describe('lunar calendar properties, 1900–2199', () => {
  it('every month has 29 or 30 days, and months follow each other without gap', () => {
    fc.assert(
      fc.property(anyLunarYear, (year) => {
        const months = [...lunarYearMonths(year), lunarYearMonths(year + 1)[0]];
        for (let i = 0; i + 1 < months.length; i++) {
          expect([29, 30]).toContain(months[i].length);
          expect(months[i + 1].start).toBe(months[i].start + months[i].length);
        }
      }),
      RUNS,
    );
  });

  it('a year has 12 months, or 13 with exactly one leap month repeating the month before it', () => {
    fc.assert(
      fc.property(anyLunarYear, (year) => {
        const months = lunarYearMonths(year);
        expect([12, 13]).toContain(months.length);
        const leaps = months.filter((m) => m.leap);
        expect(leaps.length).toBe(months.length - 12);
        expect(months.filter((m) => !m.leap).map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        months.forEach((m, i) => {
          expect(m.year).toBe(year);
          if (m.leap) expect(m.month).toBe(months[i - 1].month);
        });
      }),
      RUNS,
    );
  });

  it('the December solstice falls in month 11', () => {
    fc.assert(
      fc.property(anyYear, (year) => {
        // The solstice day: the sun is below 270° at its midnight, past it at the next one.
        let day = daysFromCivil(year, 12, 19);
        while (sectorAtStartOf(day + 1) !== WINTER_SOLSTICE_SECTOR) day++;
        expect(dayToLunar(day)).toMatchObject({ year, month: 11 });
      }),
      RUNS,
    );
  });

  it('lunarToSolar(solarToLunar(d)) === d', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const { year, month, day, leap } = solarToLunar(date);
        expect(lunarToSolar(year, month, day, leap)).toBe(date);
      }),
      RUNS,
    );
  });

  it('consecutive days are consecutive lunar days, or day 1 of the next month', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY - 1 }), (n) => {
        const a = solarToLunar(formatDay(n));
        const b = solarToLunar(formatDay(n + 1));
        if (b.day !== 1) {
          expect(b).toEqual({ ...a, day: a.day + 1 });
          return;
        }
        expect([29, 30]).toContain(a.day);
        const months = lunarYearMonths(a.year);
        const index = months.findIndex((m) => m.month === a.month && m.leap === a.leap);
        const next = months[index + 1] ?? lunarYearMonths(a.year + 1)[0];
        expect(b).toEqual({ year: next.year, month: next.month, day: 1, leap: next.leap });
      }),
      RUNS,
    );
  });

  it('Tết falls between 21 January and 20 February', () => {
    fc.assert(
      fc.property(anyYear, (year) => {
        const tet = lunarNewYear(year);
        expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`).toBe(true);
        expect(civilFromDays(lunarYearMonths(year)[0].start)[0]).toBe(year);
      }),
      RUNS,
    );
  });

  it('Giỗ Tổ (10/3, regular month) falls between 30 March and 29 April from 1968', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1968, max: LUNAR_LAST_YEAR }), (year) => {
        const gioTo = lunarToSolar(year, 3, 10);
        expect(gioTo >= `${year}-03-30` && gioTo <= `${year}-04-29`).toBe(true);
      }),
      RUNS,
    );
  });
});
