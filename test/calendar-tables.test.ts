// The working-day tables are made a year at a time, on first use, from counts made without a
// pass over the days: whatever year is asked first, every count agrees with a day-by-day count.
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../src/index.js';
import { daysFromCivil, formatDay } from '../src/core/days.js';

const calendars = () => [
  createCalendar(),
  createCalendar({ includePending: true }),
  createCalendar({ officialData: false }),
  createCalendar({
    overlays: [
      {
        name: { vi: 'x' },
        entries: [
          { date: '2031-01-04', kind: 'workingDay', name: { vi: 'làm bù' } },
          { date: '2025-06-02', kind: 'dayOff', name: { vi: 'nghỉ' } },
        ],
      },
    ],
  }),
];

describe('working-day tables made a year at a time', () => {
  it('agree with a day-by-day count, years asked in any order', () => {
    for (const cal of calendars()) {
      // Ask the last year first, then a middle one, then count everything.
      expect(cal.addWorkingDays('2100-12-31', -1)).toBe(cal.previousWorkingDay('2100-12-31'));
      cal.workingDaysBetween('2060-06-01', '2061-06-01');
      let count = 0;
      const first = daysFromCivil(2013, 1, 1);
      for (let d = first; d <= daysFromCivil(2100, 12, 31); d++) {
        const iso = formatDay(d);
        if (cal.isWorkingDay(iso)) count++;
        if (d % 97 === 0) expect(cal.workingDaysBetween('2013-01-01', iso), iso).toBe(count - (cal.isWorkingDay('2013-01-01') ? 1 : 0));
      }
      expect(cal.workingDaysBetween('2013-01-01', '2100-12-31')).toBe(count - (cal.isWorkingDay('2013-01-01') ? 1 : 0));
    }
  });
});
