// The statutory days off precomputed at build time (virtual:vn-statutory) are those that
// statutoryDays computes at run time, for every year of the calendar; and a calendar built from
// them answers as one built by running statutoryDays, reasons included.
import { describe, expect, it } from 'vitest';
import { statutoryDays } from '../src/statutory/index.js';
import { precomputedOffDays } from '../src/calendar/statutory-data.js';
import { Calendar } from '../src/calendar/calendar.js';
import { defaultSource, FIRST_YEAR, LAST_YEAR } from '../src/calendar/create.js';
import { daysFromCivil, formatDay } from '../src/core/days.js';

describe('precomputed statutory days', () => {
  it('equal statutoryDays(year) for 2013–2100', () => {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const expected = statutoryDays(year)
        .filter((d) => d.off && d.date.startsWith(`${year}-`))
        .map((d) => d.date);
      expect(precomputedOffDays(year)?.map(formatDay), String(year)).toEqual(expected);
    }
    expect(precomputedOffDays(FIRST_YEAR - 1)).toBeUndefined();
    expect(precomputedOffDays(LAST_YEAR + 1)).toBeUndefined();
  });

  it('give the calendar the same days and reasons as running statutoryDays', () => {
    for (const officialData of [true, false]) {
      const source = defaultSource(false, [], officialData);
      const lazy = new Calendar(source);
      const eager = new Calendar({ ...source, derivedOffDays: undefined });
      for (let day = daysFromCivil(FIRST_YEAR, 1, 1); day <= daysFromCivil(LAST_YEAR, 12, 31); day += 3) {
        const iso = formatDay(day);
        expect(lazy.isWorkingDay(iso)).toBe(eager.isWorkingDay(iso));
        if (!lazy.isWorkingDay(iso) || day % 51 === 0) expect(lazy.dayInfo(iso), iso).toEqual(eager.dayInfo(iso));
      }
    }
  });
});
