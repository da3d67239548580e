import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { civilFromDays, daysFromCivil, formatDay, isoDayAt, isoWeekday, toDay, tryParseIsoDay } from '../src/core/days.js';
import { VnDeadlinesError } from '../src/index.js';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof VnDeadlinesError ? e.code : `not a VnDeadlinesError: ${String(e)}`;
  }
  return 'no error';
};

describe('day numbers', () => {
  it('anchors: 1970-01-01 is day 0, a Thursday; 2025-01-29 (Tết Ất Tỵ) is a Wednesday', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(tryParseIsoDay('2025-01-29')!)).toBe(3);
    expect(daysFromCivil(2000, 3, 1) - daysFromCivil(2000, 2, 28)).toBe(2); // 2000 is a leap year
    expect(daysFromCivil(2100, 3, 1) - daysFromCivil(2100, 2, 28)).toBe(1); // 2100 is not
    expect(formatDay(-1)).toBe('1969-12-31');
  });

  it('ISO ↔ day round trip over 1900–2199 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2199, 12, 31) }), (d) => {
        expect(tryParseIsoDay(formatDay(d))).toBe(d);
        const [y, m, day] = civilFromDays(d);
        expect(daysFromCivil(y, m, day)).toBe(d);
        expect(isoWeekday(d + 7)).toBe(isoWeekday(d));
      }),
    );
  });

  it('parses every YYYY-MM-DD text as JS Date does, years 0000–9999, inside and outside the fast table (property)', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const oracle = new Date(0);
        oracle.setUTCFullYear(y, m - 1, d);
        const valid = oracle.getUTCFullYear() === y && oracle.getUTCMonth() === m - 1 && oracle.getUTCDate() === d;
        expect(tryParseIsoDay(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)).toBe(valid ? oracle.getTime() / 86_400_000 : undefined);
      }),
      {
        numRuns: 2000,
        examples: [
          [1899, 12, 31],
          [1900, 1, 1],
          [1900, 2, 29],
          [2000, 2, 29],
          [2199, 12, 31],
          [2200, 1, 1],
          [2400, 2, 29],
        ],
      },
    );
  });

  it('reads the day inside a longer text where it is, as JS Date does, and nothing past the end (property)', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.string({ maxLength: 3 }),
        fc.integer({ min: 1890, max: 2210 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.string({ maxLength: 20 }),
        (head, y, m, d, tail) => {
          const oracle = new Date(0);
          oracle.setUTCFullYear(y, m - 1, d);
          const valid = oracle.getUTCFullYear() === y && oracle.getUTCMonth() === m - 1 && oracle.getUTCDate() === d;
          const s = `${head}${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}${tail}`;
          expect(isoDayAt(s, head.length)).toBe(valid ? oracle.getTime() / 86_400_000 : undefined);
          // Cut short: the missing characters are not digits.
          for (let cut = head.length; cut < head.length + 10; cut++) expect(isoDayAt(s.slice(0, cut), head.length)).toBeUndefined();
        },
      ),
      { numRuns: 1000 },
    );
  });

  it.each(['2025-02-29', '2025-2-3', '2025-13-01', '2025-00-10', '2025-04-31', '', '2025/01/01', '20250101', ' 2025-01-01'])(
    'refuses %j with invalid_date',
    (s) => {
      expect(tryParseIsoDay(s)).toBeUndefined();
      expect(code(() => toDay(s, 'test'))).toBe('invalid_date');
    },
  );

  it.each([null, undefined, 42, {}, new Date(Number.NaN), DateTime.invalid('bad')])('refuses %s with invalid_date', (v) => {
    expect(code(() => toDay(v, 'test'))).toBe('invalid_date');
  });

  it('names the function and the value in the message', () => {
    expect(() => toDay('2025-02-29', 'addWorkingDays')).toThrow(/addWorkingDays: date "2025-02-29" is not a date/);
  });

  it('accepts 2024-02-29 (leap year)', () => {
    expect(formatDay(toDay('2024-02-29', 't'))).toBe('2024-02-29');
  });
});

describe('instants become Vietnamese days (UTC+7), whatever the host zone', () => {
  it('ISO timestamps with offset', () => {
    expect(formatDay(toDay('2025-01-20T23:30:00+07:00', 't'))).toBe('2025-01-20');
    expect(formatDay(toDay('2025-01-20T23:30:00Z', 't'))).toBe('2025-01-21'); // 06:30 on the 21st in Hà Nội
    expect(formatDay(toDay('2025-01-20T16:59:59Z', 't'))).toBe('2025-01-20');
    expect(formatDay(toDay('2025-01-20T17:00:00Z', 't'))).toBe('2025-01-21');
    expect(formatDay(toDay('2025-01-20T10:00:00.123-05:00', 't'))).toBe('2025-01-20'); // 22:00 in Hà Nội
    expect(formatDay(toDay('2025-01-20T12:00:00-05:00', 't'))).toBe('2025-01-21'); // 00:00 next day in Hà Nội
  });

  it('refuses a timestamp without offset (it names no instant) and impossible times', () => {
    for (const s of ['2025-01-20T10:00:00', '2025-01-20T24:00:00Z', '2025-01-20T10:60Z', '2025-02-30T10:00Z']) {
      expect(code(() => toDay(s, 't'))).toBe('invalid_date');
    }
  });

  it('JS Date and luxon DateTime are instants', () => {
    expect(formatDay(toDay(new Date(Date.UTC(2025, 0, 20, 16, 59)), 't'))).toBe('2025-01-20');
    expect(formatDay(toDay(new Date(Date.UTC(2025, 0, 20, 17, 0)), 't'))).toBe('2025-01-21');
    expect(formatDay(toDay(DateTime.fromISO('2025-01-20T23:30', { zone: 'Asia/Ho_Chi_Minh' }), 't'))).toBe('2025-01-20');
    expect(formatDay(toDay(DateTime.fromISO('2025-01-20T23:30', { zone: 'UTC' }), 't'))).toBe('2025-01-21');
    expect(formatDay(toDay(DateTime.fromISO('2025-01-20T08:00', { zone: 'America/Los_Angeles' }), 't'))).toBe('2025-01-20');
  });
});

describe('the test run', () => {
  it('really runs under the time zone its project names', () => {
    const expected: Record<string, number> = { UTC: 0, 'Asia/Ho_Chi_Minh': -420, 'America/Los_Angeles': 480 };
    expect(process.env.TZ && process.env.TZ in expected).toBe(true);
    expect(new Date(2025, 0, 15).getTimezoneOffset()).toBe(expected[process.env.TZ!]);
  });
});
