/**
 * Queries inside the calendar's coverage that touch a day just outside it (issue 11, item 15):
 * they answer what lies inside the range asked for.
 */
import { describe, expect, it } from 'vitest';
import { roll } from '../../src/calendar/functions.js';
import { VnDeadlinesError } from '../../src/core/errors.js';
import { occurrences } from '../../src/rules/index.js';

describe('occurrences at the end of the calendar (2100)', () => {
  it('the monthly report in 2100: twelve occurrences, due the 17th (before the 18th), none thrown for January 2101', () => {
    const o = occurrences('hp-2025/monthly-report', '2100-01-01', '2100-12-31');
    expect(o.map((r) => r.due)).toEqual(Array.from({ length: 12 }, (_, m) => `2100-${String(m + 1).padStart(2, '0')}-17`));
    expect(o.map((r) => r.period)).toEqual(Array.from({ length: 12 }, (_, m) => `2100-${String(m + 1).padStart(2, '0')}`));
  });

  it('a range reaching past the calendar still fails for the occurrence it cannot compute', () => {
    expect(() => occurrences('hp-2025/monthly-report', '2100-06-01', '2101-02-28')).toThrow(VnDeadlinesError);
    try {
      occurrences('hp-2025/monthly-report', '2100-06-01', '2101-02-28');
    } catch (e) {
      expect((e as VnDeadlinesError).code).toBe('out_of_coverage');
    }
  });
});

describe('roll at the start of the calendar (2013-01-01)', () => {
  it("modifiedPreceding on New Year's Day 2013 turns forward inside the calendar: Wed 2013-01-02", () => {
    expect(roll('2013-01-01', 'modifiedPreceding')).toBe('2013-01-02');
  });
  it('preceding has no answer inside the calendar: out_of_coverage', () => {
    expect(() => roll('2013-01-01', 'preceding')).toThrow(/outside the calendar's range/);
  });
});
