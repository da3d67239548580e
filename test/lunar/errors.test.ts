import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/core/days.js';
import { lunarNewYear, lunarToDay, lunarToSolar, lunarYearMonths, solarToLunar } from '../../src/lunar/index.js';
import { thrown } from '../support/errors.js';

describe('lunar API: errors', () => {
  it('refuses lunar dates that do not exist (invalid_date)', () => {
    // 2025: month 2 has 29 days; the leap month is 6 (tháng 6 nhuận).
    expect(lunarYearMonths(2025).find((m) => m.month === 2)?.length).toBe(29);
    const cases: [number, number, number, boolean][] = [
      [2025, 2, 30, false],
      [2025, 3, 1, true],
      [2024, 1, 1, true], // 2024 has no leap month
      [2025, 13, 1, false],
      [2025, 0, 1, false],
      [2025, 1, 31, false],
      [2025, 1, 0, false],
      [2025, 1.5, 1, false],
    ];
    for (const [y, m, d, leap] of cases) {
      const e = thrown(() => lunarToSolar(y, m, d, leap));
      expect(e.code).toBe('invalid_date');
      expect(e.message).toMatch(/^lunarToSolar: lunar date .* does not exist/);
    }
    expect(thrown(() => lunarToSolar(2025, 3, 1, true)).message).toContain('the leap month of 2025 is month 6');
    expect(thrown(() => lunarToSolar(2024, 1, 1, true)).message).toContain('2024 has no leap month');
  });

  it('accepts the leap month that exists', () => {
    expect(lunarToSolar(2025, 6, 1, true)).toBe('2025-07-25');
    expect(solarToLunar('2025-07-25')).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    // 2033: the leap month is 11 (the "2033 problem": the first month after month 11 without
    // a principal term), so Tết 2034 is not pushed into March.
    expect(lunarYearMonths(2033).find((m) => m.leap)?.month).toBe(11);
    expect(lunarNewYear(2034)).toBe('2034-02-19');
  });

  it('names the function, the value and the range outside 1900–2199 (out_of_coverage)', () => {
    const e = thrown(() => lunarNewYear(2300));
    expect(e.code).toBe('out_of_coverage');
    expect(e.message).toBe('lunarNewYear: 2300 is outside the supported range 1900–2199');
    expect(thrown(() => lunarNewYear(1899)).code).toBe('out_of_coverage');
    expect(thrown(() => solarToLunar('1899-12-31')).message).toBe('solarToLunar: 1899-12-31 is outside the supported range 1900-01-01–2199-12-31');
    expect(thrown(() => solarToLunar('2200-01-01')).code).toBe('out_of_coverage');
    // Lunar 2199's month 12 begins in January 2200.
    const late = thrown(() => lunarToSolar(2199, 12, 1));
    expect(late.code).toBe('out_of_coverage');
    expect(late.message).toMatch(/^lunarToSolar: lunar date 2199-12-1 \(2200-01-\d\d\) is outside/);
    expect(thrown(() => lunarToSolar(2300, 1, 1)).code).toBe('out_of_coverage');
    expect(thrown(() => lunarYearMonths(2200)).code).toBe('out_of_coverage');
  });

  it('covers the edges of the range', () => {
    expect(solarToLunar('1900-01-01')).toEqual({ year: 1899, month: 12, day: 1, leap: false });
    expect(lunarToSolar(1899, 12, 1)).toBe('1900-01-01');
    expect(lunarNewYear(1900)).toBe('1900-01-31');
    expect(solarToLunar('2199-12-31').year).toBe(2199);
    expect(formatDay(lunarToDay(2199, 11, 1))).toBe(lunarToSolar(2199, 11, 1));
  });

  it('refuses what is not a date or a year', () => {
    expect(thrown(() => solarToLunar('2025-02-29')).code).toBe('invalid_date');
    expect(thrown(() => solarToLunar('29/01/2025')).message).toMatch(/^solarToLunar: date "29\/01\/2025" is not a date/);
    expect(thrown(() => lunarNewYear(2025.5)).code).toBe('invalid_argument');
    expect(thrown(() => lunarToSolar(2025, 1, 1, 'yes' as unknown as boolean)).code).toBe('invalid_argument');
  });

  it('takes instants in Vietnam (UTC+7), whatever the host zone', () => {
    // 2025-01-28T17:30Z is 00:30 on 29 January in Vietnam: mùng 1 Tết.
    expect(solarToLunar(new Date('2025-01-28T17:30:00Z'))).toEqual({ year: 2025, month: 1, day: 1, leap: false });
    expect(solarToLunar('2025-01-28T23:59:00+07:00')).toEqual({ year: 2024, month: 12, day: 29, leap: false });
  });
});
