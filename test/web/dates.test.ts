import { describe, expect, it } from 'vitest';
import { longDay, parseDmy, parseMonth, toDmy, toMy } from '../../web/src/dates.js';

describe('dates as clerks write them', () => {
  it('formats ISO days as dd/mm/yyyy, with the weekday', () => {
    expect(toDmy('2025-02-10')).toBe('10/02/2025');
    expect(longDay('2025-02-10', 'vi')).toBe('Thứ Hai, 10/02/2025');
    expect(longDay('2025-02-09', 'vi')).toBe('Chủ nhật, 09/02/2025');
    expect(longDay('2025-02-10', 'en')).toBe('Monday, 10/02/2025');
  });

  it('reads dd/mm/yyyy (and d/m/yyyy, dots, ISO), never mm/dd', () => {
    expect(parseDmy('10/02/2025')).toBe('2025-02-10');
    expect(parseDmy(' 1/2/2025 ')).toBe('2025-02-01');
    expect(parseDmy('10.02.2025')).toBe('2025-02-10');
    expect(parseDmy('2025-02-10')).toBe('2025-02-10');
    expect(parseDmy('02/13/2025')).toBeUndefined(); // month 13: not read as 13 February
    expect(parseDmy('29/02/2025')).toBeUndefined();
    expect(parseDmy('29/02/2024')).toBe('2024-02-29');
    expect(parseDmy('10/02/25')).toBeUndefined();
    expect(parseDmy('')).toBeUndefined();
  });

  it('reads and writes months as mm/yyyy', () => {
    expect(parseMonth('05/2025')).toBe('2025-05');
    expect(parseMonth('5/2025')).toBe('2025-05');
    expect(parseMonth('13/2025')).toBe('13/2025'); // not a month: left for the library to reject
    expect(parseMonth(' 2025-05 ')).toBe('2025-05');
    expect(toMy('2025-05')).toBe('05/2025');
  });
});
