import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  createCalendar,
  dayInfo,
  dependencies,
  getDefaultCalendar,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingDays,
  previousWorkingDay,
  roll,
  subWorkingDays,
  workingDaysBetween,
} from '../src/index.js';
import { thrown as errorOf } from './support/errors.js';
import { parseOverlay } from '../src/validate.js';
import { shippedOfficialYears } from './support/years.js';

describe('known cases (the official notices of each year, as cited in holidays/<year>.json)', () => {
  it('2025-01-20 + 10 working days = 2025-02-10: Tết Ất Tỵ Mon 27/01–Fri 31/01 skipped', () => {
    // 21,22,23,24 (4) | Tết 27–31 | Feb 3,4,5,6,7 (9) | Feb 10 (10)
    expect(addWorkingDays('2025-01-20', 10)).toBe('2025-02-10');
    expect(subWorkingDays('2025-02-10', 10)).toBe('2025-01-20');
    expect(workingDaysBetween('2025-01-20', '2025-02-10')).toBe(10);
  });

  it('make-up Saturdays are working days: 2025-04-26 (for Fri 02/05), 2024-05-04 (for Mon 29/04)', () => {
    expect(isWorkingDay('2025-04-26')).toBe(true);
    expect(isWorkingDay('2024-05-04')).toBe(true);
    expect(isWorkingDay('2025-05-02')).toBe(false);
    expect(isWorkingDay('2024-04-29')).toBe(false);
    expect(dayInfo('2025-04-26').reasons.map((r) => r.kind)).toEqual(['makeUpWorkday']);
    expect(dayInfo('2025-04-26').reasons[0].pairedWith).toBe('2025-05-02');
  });

  it('2023: Giỗ Tổ Sat 29/4 and 30/4 Sun give nghỉ bù Tue 02/05 and Wed 03/05', () => {
    expect(isWorkingDay('2023-05-02')).toBe(false);
    expect(isWorkingDay('2023-05-03')).toBe(false);
    expect(isWorkingDay('2023-05-04')).toBe(true);
    expect(dayInfo('2023-05-02').reasons.some((r) => r.kind === 'nghiBu')).toBe(true);
  });

  it('Quốc khánh 2025 is two days, Mon 01/09 and Tue 02/09 (Labour Code 2019)', () => {
    expect(nonWorkingDays('2025-08-30', '2025-09-03').map((d) => d.date)).toEqual(['2025-08-30', '2025-08-31', '2025-09-01', '2025-09-02']);
  });

  it('Quốc khánh 2019 is one day under the Labour Code 2012', () => {
    expect(isWorkingDay('2019-09-02')).toBe(false);
    expect(isWorkingDay('2019-09-03')).toBe(true);
  });

  it('the 2026 swaps: Fri 02/01 off for Sat 10/01; Mon 31/08 off for Sat 22/08', () => {
    expect([isWorkingDay('2026-01-02'), isWorkingDay('2026-01-10')]).toEqual([false, true]);
    expect([isWorkingDay('2026-08-31'), isWorkingDay('2026-08-22')]).toEqual([false, true]);
  });

  it('dayInfo names the day, its documents and sources, and its status', () => {
    const info = dayInfo('2025-01-29');
    expect(info.working).toBe(false);
    expect(info.status).toBe('official');
    expect(info.weekday).toBe(3);
    const tet = info.reasons.find((r) => r.kind === 'tet')!;
    expect(tet.name.vi).toMatch(/Tết/);
    expect(tet.name.en).toMatch(/Lunar New Year|Tết/);
    expect(tet.documents.map((d) => d.id).join()).toMatch(/8726\/VPCP-KGVX/);
    expect(tet.sources[0]).toMatch(/^https:\/\//);
    const plain = dayInfo('2025-03-12');
    expect([plain.working, plain.reasons.length]).toEqual([true, 0]);
    const sunday = dayInfo('2025-03-16');
    expect(sunday.reasons[0].kind).toBe('weekend');
    expect(sunday.reasons[0].documents[0].id).toBe('QĐ 188/1999/QĐ-TTg');
  });
});

describe('navigation', () => {
  it('next and previous working day jump the Tết block', () => {
    expect(nextWorkingDay('2025-01-24')).toBe('2025-02-03');
    expect(previousWorkingDay('2025-02-03')).toBe('2025-01-24');
    expect(nextWorkingDay('2025-01-27')).toBe('2025-02-03');
  });

  it('n = 0: the day itself when working, else not_a_working_day pointing to roll', () => {
    expect(addWorkingDays('2025-03-12', 0)).toBe('2025-03-12');
    const e = errorOf(() => addWorkingDays('2025-01-27', 0));
    expect(e.code).toBe('not_a_working_day');
    expect(e.message).toMatch(/roll/);
  });

  it('n < 0 counts strictly before the date, from a day off too', () => {
    expect(addWorkingDays('2025-02-01', -1)).toBe('2025-01-24'); // Saturday inside the Tết break
    expect(addWorkingDays('2025-02-03', -1)).toBe('2025-01-24');
    expect(addWorkingDays('2025-02-04', -2)).toBe('2025-01-24');
  });

  it('roll conventions', () => {
    expect(roll('2025-01-27', 'none')).toBe('2025-01-27');
    expect(roll('2025-01-27', 'following')).toBe('2025-02-03');
    expect(roll('2025-01-27', 'preceding')).toBe('2025-01-24');
    expect(roll('2025-03-12', 'preceding')).toBe('2025-03-12');
    // Sat 31/05/2025: following is Mon 02/06 (next month) → modifiedFollowing goes back to Fri 30/05
    expect(roll('2025-05-31', 'following')).toBe('2025-06-02');
    expect(roll('2025-05-31', 'modifiedFollowing')).toBe('2025-05-30');
    // Thu 01/05/2025: 30/04 is a holiday too, so preceding is Tue 29/04; modifiedPreceding stays in May
    expect(roll('2025-05-01', 'preceding')).toBe('2025-04-29');
    expect(roll('2025-05-01', 'modifiedPreceding')).toBe('2025-05-05');
    expect(roll('2025-05-03', 'modifiedFollowing')).toBe('2025-05-05');
    expect(errorOf(() => roll('2025-05-03', 'forward' as never)).code).toBe('invalid_argument');
  });

  it('workingDaysBetween: a < d ≤ b, and minus b ≤ d < a backwards', () => {
    expect(workingDaysBetween('2025-03-10', '2025-03-10')).toBe(0);
    expect(workingDaysBetween('2025-03-07', '2025-03-10')).toBe(1); // Fri → Mon
    expect(workingDaysBetween('2025-03-10', '2025-03-07')).toBe(-1);
    expect(workingDaysBetween('2025-03-09', '2025-03-08')).toBe(0); // Sun → Sat
    // 2025: 261 weekdays − 12 weekday holidays (01-01, 27–31/01, 07/04, 30/04, 01–02/05, 01–02/09) + Sat 26/04 = 250;
    // 01/01 itself is excluded from (a, b] but is a holiday anyway.
    expect(workingDaysBetween('2025-01-01', '2025-12-31')).toBe(250);
  });

  it('nonWorkingDays lists the Tết Ất Tỵ break Sat 25/01–Sun 02/02', () => {
    expect(nonWorkingDays('2025-01-25', '2025-02-02').length).toBe(9);
    expect(errorOf(() => nonWorkingDays('2025-02-02', '2025-01-25')).code).toBe('invalid_argument');
  });
});

describe('data version', () => {
  it('the calendar names the version of the official data it used, per year and overall', () => {
    const cal = getDefaultCalendar();
    const years = Object.keys(cal.dataVersions).map(Number);
    // the years of the files in holidays/, an unbroken run that includes 2016–2026
    expect(years).toEqual(shippedOfficialYears);
    expect(years.every((y, i) => y === years[0] + i)).toBe(true);
    for (const y of [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]) expect(years).toContain(y);
    expect(cal.dataVersion).toBe(Object.values(cal.dataVersions).sort().pop());
    expect(cal.dataVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('errors and coverage', () => {
  it('a date outside the calendar is out_of_coverage naming the range', () => {
    const cal = getDefaultCalendar();
    const e = errorOf(() => isWorkingDay('2200-01-01'));
    expect(e.code).toBe('out_of_coverage');
    expect(e.message).toContain(`${cal.firstDate}–${cal.lastDate}`);
    expect(e.message).toMatch(/^isWorkingDay: 2200-01-01/);
  });

  it('an answer beyond the range is out_of_coverage too', () => {
    const cal = getDefaultCalendar();
    expect(errorOf(() => addWorkingDays(cal.lastDate, 5)).code).toBe('out_of_coverage');
    expect(errorOf(() => addWorkingDays(cal.firstDate, -5)).code).toBe('out_of_coverage');
  });

  it('bad input is invalid_date / invalid_argument', () => {
    expect(errorOf(() => isWorkingDay('2025-02-29')).code).toBe('invalid_date');
    expect(errorOf(() => addWorkingDays('2025-01-20', 1.5)).code).toBe('invalid_argument');
    expect(errorOf(() => addWorkingDays('2025-01-20', Number.NaN)).code).toBe('invalid_argument');
  });

  it('accepts instants, converted in UTC+7', () => {
    expect(isWorkingDay('2025-01-24T17:30:00Z')).toBe(false); // Sat 25/01 00:30 in Hà Nội
    expect(isWorkingDay(new Date('2025-01-24T16:30:00Z'))).toBe(true); // Fri 23:30 in Hà Nội
  });
});

describe('24/11/2026 Ngày Văn hóa Việt Nam is law; the swap around it is pending', () => {
  it('24/11/2026 (Tue) is an official day off citing NQ 28/2026/QH16', () => {
    const info = dayInfo('2026-11-24');
    expect(info).toMatchObject({ working: false, status: 'official' });
    expect(info.reasons[0].documents.map((d) => d.id)).toContain('NQ 28/2026/QH16');
    expect(addWorkingDays('2026-11-23', 1)).toBe('2026-11-25');
  });

  it('the proposed swap Mon 23/11 off / Sat 28/11 worked is a pending notice, not applied by default', () => {
    const info = dayInfo('2026-11-23');
    expect(info.working).toBe(true);
    expect(info.pending).toMatchObject([{ date: '2026-11-23', pairedWith: '2026-11-28', applied: false }]);
    expect(dayInfo('2026-11-28')).toMatchObject({ working: false, pending: [{ kind: 'makeUpWorkday', pairedWith: '2026-11-23' }] });
    expect(dependencies('2026-11-20', '2026-11-30').pending.map((p) => p.date)).toEqual(['2026-11-23', '2026-11-28']);
    expect(dependencies('2026-11-24', '2026-11-27').pending).toEqual([]);
    expect(addWorkingDays('2026-11-20', 1)).toBe('2026-11-23');
  });

  it('includePending: true applies both halves of the swap', () => {
    const cal = createCalendar({ includePending: true });
    expect(cal.isWorkingDay('2026-11-23')).toBe(false);
    expect(cal.isWorkingDay('2026-11-28')).toBe(true);
    // Fri 20 → [Sat 21, Sun 22, Mon 23, Tue 24 off] → Wed 25, Thu 26, Fri 27, Sat 28 (worked)
    expect(cal.addWorkingDays('2026-11-20', 4)).toBe('2026-11-28');
    expect(cal.workingDaysBetween('2026-11-20', '2026-11-30')).toBe(getDefaultCalendar().workingDaysBetween('2026-11-20', '2026-11-30'));
    expect(cal.dayInfo('2026-11-23').pending[0].applied).toBe(true);
    expect(isWorkingDay('2026-11-23')).toBe(true); // the default calendar is untouched
  });
});

describe('overlays', () => {
  const closure = {
    name: { vi: 'Sở Tư pháp Hải Phòng', en: 'Hai Phong Department of Justice' },
    entries: [
      { date: '2025-06-02', kind: 'dayOff', name: { vi: 'Chuyển trụ sở', en: 'Office move' } },
      { date: '2025-06-07', kind: 'workingDay', name: { vi: 'Làm bù', en: 'Make-up day' } },
    ],
  };

  it('adds days off and working days in a new calendar; the default is unchanged', () => {
    const cal = createCalendar({ overlays: [parseOverlay(closure)] });
    expect(cal.isWorkingDay('2025-06-02')).toBe(false);
    expect(cal.isWorkingDay('2025-06-07')).toBe(true);
    expect(cal.dayInfo('2025-06-02').reasons[0]).toMatchObject({ kind: 'overlayDayOff', name: { vi: 'Chuyển trụ sở' } });
    expect(cal.addWorkingDays('2025-05-30', 1)).toBe('2025-06-03');
    expect(isWorkingDay('2025-06-02')).toBe(true);
    expect(addWorkingDays('2025-05-30', 1)).toBe('2025-06-02');
  });

  it('refuses an overlay that does not match the schema, with the path', () => {
    const bad = { ...closure, entries: [{ date: '2025-06-31', kind: 'dayOff', name: { vi: 'x' } }] };
    const e = errorOf(() => parseOverlay(bad, 'overlays[0]'));
    expect(e.code).toBe('invalid_data');
    expect(e.message).toContain('overlays[0] at entries.0.date');
    // createCalendar itself (typed overlays) still refuses a kind or a date it cannot use
    expect(
      errorOf(() => createCalendar({ overlays: [{ name: { vi: 'x' }, entries: [{ date: '2025-06-02', kind: 'holiday', name: { vi: 'x' } }] }] as never })).code,
    ).toBe('invalid_data');
    expect(errorOf(() => createCalendar({ overlays: [bad] as never })).code).toBe('invalid_date');
  });

  it('an overlay day outside the range is out_of_coverage', () => {
    const e = errorOf(() => createCalendar({ overlays: [{ name: { vi: 'x' }, entries: [{ date: '2300-01-02', kind: 'dayOff', name: { vi: 'x' } }] }] }));
    expect(e.code).toBe('out_of_coverage');
  });
});
