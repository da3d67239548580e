import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDay } from '../src/core/days.js';
import { createCalendar, dayInfo, detailed, getDefaultCalendar, isWorkingDay } from '../src/index.js';
import { dayIn } from './support/arbitraries.js';
import { thrown as errorOf } from './support/errors.js';
import { firstOfficialYear, firstProvisionalYear, lastMondayOfDecember, newYearOff, plainAdd } from './support/years.js';
import { daysFromCivil, isoWeekday } from '../src/core/days.js';
import { lunarToSolar } from '../src/lunar/index.js';

/** The first year without official data, from the file list of holidays/ (2027 when this was written). */
const Y = firstProvisionalYear();
/** The first year with official data, from the file list of holidays/ (2016 when this was written). */
const F = firstOfficialYear();
/** The first Monday–Friday among mùng 1–4 of Y: a Tết day the forecast leaves where it is. */
const tetWeekday = (() => {
  const [y, m, d] = lunarToSolar(Y, 1, 1).split('-').map(Number);
  let n = daysFromCivil(y, m, d);
  while (isoWeekday(n) > 5) n++;
  return formatDay(n);
})();

describe('years without official data: derived from the law, provisional', () => {
  it('covers 2013–2100; outside is out_of_coverage naming the range', () => {
    const cal = getDefaultCalendar();
    expect([cal.firstDate, cal.lastDate]).toEqual(['2013-01-01', '2100-12-31']);
    for (const d of ['2012-12-31', '2101-01-01']) {
      const e = errorOf(() => isWorkingDay(d));
      expect(e.code).toBe('out_of_coverage');
      expect(e.message).toContain('2013-01-01–2100-12-31');
    }
  });

  it(`a Tết day of the first provisional year (${Y}) is off, provisional, with its legal basis and the guess stated`, () => {
    const info = dayInfo(tetWeekday);
    expect(info).toMatchObject({ working: false, status: 'provisional' });
    expect(info.reasons[0].kind).toBe('tet');
    expect(info.reasons[0].documents[0].id).toMatch(/45\/2019\/QH14/);
    expect(info.reasons[0].note).toMatch(/Prime Minister/);
    expect(dayInfo(`${Y}-03-01`).status).toBe('provisional');
    expect(dayInfo(`${Y - 1}-12-31`).status).toBe('official');
  });

  it("2018-12-31, moved by the 2019 arrangement, is an official day off of official 2018, with the 2019 file's reason only", () => {
    expect(dayInfo('2018-12-31')).toMatchObject({ working: false, status: 'official' });
    expect(dayInfo('2018-12-31').reasons).toHaveLength(1);
    expect(dayInfo('2018-12-31').reasons[0]).toMatchObject({ kind: 'swappedDayOff', pairedWith: '2019-01-05' });
    expect(dayInfo('2018-12-31').reasons[0].documents.map((d) => d.id)).toContain('CV 6519/VPCP-KGVX');
    expect(dayInfo('2018-12-28')).toMatchObject({ working: true, status: 'official' });
    expect(isWorkingDay('2019-01-05')).toBe(true);
  });

  it(`the year before the first official one (${F - 1}) is provisional, and answers crossing into it say so`, () => {
    expect(dayInfo(`${F - 1}-12-15`).status).toBe('provisional');
    expect(dayInfo(`${F}-01-15`).status).toBe('official');
    expect(detailed().workingDaysBetween(`${F}-01-01`, `${F}-01-31`).provisional).toBe(false);
    expect(detailed().workingDaysBetween(`${F - 1}-12-01`, `${F}-01-31`).provisional).toBe(true);
    // backwards from the first Monday–Friday after 1/1 of F (a day off): the answer lies in F - 1
    const back = detailed().addWorkingDays(plainAdd(newYearOff(F), 1), -2);
    expect(back.result < `${F}-01-01`).toBe(true);
    expect(back.provisional).toBe(true);
  });

  it('detailed results say when they rest on a provisional day', () => {
    expect(detailed().addWorkingDays('2025-01-20', 10)).toEqual({ result: '2025-02-10', provisional: false, pending: [] });
    // From the last Monday of December of the last official year, 5 working days reach into Y,
    // skipping 1/1 of Y (or its nghỉ bù); for Y = 2027: Mon 2026-12-28 → 29, 30, 31/12, [01/01], 04/01, 05/01
    const from = lastMondayOfDecember(Y - 1);
    const r = detailed().addWorkingDays(from, 5);
    expect(r.provisional).toBe(true);
    expect(r.result).toBe(plainAdd(from, 5, [newYearOff(Y)]));
    expect(r.result.startsWith(`${Y}-01-`)).toBe(true);
    expect(detailed().workingDaysBetween(`${Y - 1}-12-01`, `${Y - 1}-12-24`).provisional).toBe(false);
    expect(detailed().workingDaysBetween(`${Y - 1}-12-24`, `${Y}-01-12`).provisional).toBe(true);
    const firstWorking = plainAdd(newYearOff(Y), 1);
    expect(detailed().isWorkingDay(firstWorking)).toEqual({ result: true, provisional: true, pending: [] });
    // backwards from 2019-01-02 (2018 is official): the answer 2018-12-28 is not provisional
    expect(detailed().addWorkingDays('2019-01-02', -1)).toMatchObject({ result: '2018-12-28', provisional: false });
  });

  it('detailed results name the pending announcements they cross', () => {
    // Fri 20/11/2026 + 3: Mon 23, [Tue 24 off: Ngày Văn hóa Việt Nam], Wed 25, Thu 26
    const r = detailed().addWorkingDays('2026-11-20', 3);
    expect(r.result).toBe('2026-11-26');
    expect(r.pending.map((p) => p.date)).toEqual(['2026-11-23']); // the proposed swap
    expect(detailed().addWorkingDays('2026-11-24', 2).pending).toEqual([]);
  });

  it('strict calendars refuse provisional years, naming the missing official data', () => {
    const strict = createCalendar({ strict: true });
    // the unbroken run of official years, from the first file in holidays/
    expect(strict.firstDate).toBe(`${F}-01-01`);
    expect(strict.officialYears).toEqual(Array.from({ length: Y - F }, (_, k) => F + k));
    expect(errorOf(() => strict.isWorkingDay(`${F - 1}-12-31`)).code).toBe('out_of_coverage');
    expect(strict.isWorkingDay('2026-11-24')).toBe(false);
    expect(strict.isWorkingDay('2026-11-23')).toBe(true);
    const e = errorOf(() => strict.isWorkingDay(`${Y}-03-01`));
    expect(e.code).toBe('out_of_coverage');
    expect(e.message).toContain(`${Y} has no official arrangements yet (no holidays/${Y}.json)`);
    expect(e.details.missingOfficialYear).toBe(Y);
    expect(errorOf(() => strict.addWorkingDays(lastMondayOfDecember(Y - 1), 5)).code).toBe('out_of_coverage');
  });
});

describe('observances are information only', () => {
  it('Tết Trung thu 2025 (15/8 âm lịch = Mon 06/10) and 3/2 are listed on working days', () => {
    const mid = dayInfo('2025-10-06');
    expect(mid.working).toBe(true);
    expect(mid.observances.map((o) => o.name.vi)).toContain('Tết Trung thu');
    expect(mid.observances[0]).toMatchObject({ calendar: 'lunar', source: 'date-holidays' });
    expect(dayInfo('2025-02-03').observances.map((o) => o.calendar)).toEqual(['solar']);
    expect(dayInfo('2025-03-12').observances).toEqual([]);
  });
});

describe('arithmetic over the whole range 2013–2100 (properties)', () => {
  const cal = getDefaultCalendar();
  const all = dayIn(2015, 2098); // ±300 working days stay inside 2013–2100
  it('addWorkingDays lands on a working day and workingDaysBetween inverts it', () => {
    fc.assert(
      fc.property(all, fc.integer({ min: -300, max: 300 }), (d, n) => {
        const iso = formatDay(d);
        fc.pre(n !== 0 || cal.isWorkingDay(iso));
        const r = cal.addWorkingDays(iso, n);
        expect(cal.isWorkingDay(r)).toBe(true);
        expect(cal.workingDaysBetween(iso, r)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with stepping day by day over the flags', () => {
    fc.assert(
      fc.property(all, fc.integer({ min: 1, max: 60 }), fc.boolean(), (d, k, back) => {
        const n = back ? -k : k;
        let x = d;
        for (let left = k; left > 0;) {
          x += back ? -1 : 1;
          if (cal.isWorkingDay(formatDay(x))) left--;
        }
        expect(cal.addWorkingDays(formatDay(d), n)).toBe(formatDay(x));
      }),
      { numRuns: 500 },
    );
  });
});

describe('Ngày Văn hóa Việt Nam (24/11) in the provisional years', () => {
  it(`24/11/${Y} (the first provisional year) is a provisional day off citing NQ 28/2026/QH16, not a pending notice`, () => {
    const info = dayInfo(`${Y}-11-24`);
    expect(info).toMatchObject({ working: false, status: 'provisional', pending: [] });
    expect(info.reasons[0]).toMatchObject({ kind: 'holiday', documents: [{ id: 'NQ 28/2026/QH16' }] });
    expect(createCalendar({ includePending: true }).isWorkingDay(`${Y}-11-24`)).toBe(false);
  });

  it('24/11/2029 is a Saturday: nghỉ bù on Monday 26/11/2029', () => {
    expect(dayInfo('2029-11-24').weekday).toBe(6);
    expect(dayInfo('2029-11-26')).toMatchObject({ working: false, status: 'provisional', reasons: [{ kind: 'nghiBu', pairedWith: '2029-11-24' }] });
    expect(isWorkingDay('2029-11-27')).toBe(true);
    expect(detailed().addWorkingDays('2029-11-23', 1)).toMatchObject({ result: '2029-11-27', provisional: true });
  });
});
