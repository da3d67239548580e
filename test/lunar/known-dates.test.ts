import { describe, expect, it } from 'vitest';
import { lunarNewYear, lunarToSolar, solarToLunar } from '../../src/lunar/index.js';

/** Publicly quoted dates of mùng 1 Tết (lunar 1/1) in Vietnam, each with its source. */
const TET: { year: number; date: string; source: string }[] = [
  // The Tết breaks of the official dispatches (CV 6519/VPCP-KGVX, TB 4544/TB-LĐTBXH, CV 9895,
  // CV 245, CV 8662, CV 8726/VPCP-KGVX, TB 9441/TB-BNV) and the press reports of them:
  // "Tết Kỷ Hợi (mùng 1 = Tue 05/02)" … "Tết Bính Ngọ (mùng 1 = Tue 17/02)".
  { year: 2019, date: '2019-02-05', source: 'official notice, 2019: mùng 1 = Tue 05/02' },
  { year: 2020, date: '2020-01-25', source: 'official notice, 2020: mùng 1 = Sat 25/01' },
  { year: 2021, date: '2021-02-12', source: 'official notice, 2021: mùng 1 = Fri 12/02' },
  { year: 2022, date: '2022-02-01', source: 'official notice, 2022: mùng 1 = Tue 01/02' },
  { year: 2023, date: '2023-01-22', source: 'official notice, 2023: mùng 1 = Sun 22/01' },
  { year: 2024, date: '2024-02-10', source: 'official notice, 2024: mùng 1 = Sat 10/02' },
  { year: 2025, date: '2025-01-29', source: 'official notice, 2025: mùng 1 = Wed 29/01' },
  { year: 2026, date: '2026-02-17', source: 'official notice, 2026: mùng 1 = Tue 17/02' },
  // docs/domain.md, "Open questions": "Tết mùng 1 is Saturday 2027-02-06" (no official notice yet).
  { year: 2027, date: '2027-02-06', source: 'docs/domain.md, open questions' },
  // 1985: Vietnam celebrated Tết on 21 January, China on 20 February, a whole month apart (our
  // astronomy: the 1984 solstice came shortly after 23:00 on 21 December in UTC+7, just after
  // midnight on the 22nd in UTC+8, the day of the new moon; so month 11 began on 23 November
  // in Vietnam, on 22 December in China).
  // https://www.oreateai.com/blog/1985-lunar-new-year ("The Vietnamese celebrated their own
  // version of Tet on January 21 that same year"); the Reddit TIL thread
  // r/todayilearned/comments/1iduqfa quotes the same fact from Hồ Ngọc Đức's
  // https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_en.html. Secondary sources only:
  // the Vietnamese government's 1984–85 calendar itself was not found.
  { year: 1985, date: '1985-01-21', source: 'oreateai.com blog; r/todayilearned citing Hồ Ngọc Đức' },
  // 2007: https://viet-jo.com/news/life/060706102756.html (Việt-Jo news, 6 July 2006): next
  // Tết is 17 February 2007, one day before China's 18 February, because of the time zone.
  // Same dates on https://kientruc2014.com/vietnam/cau-tra-loi-nhanh-chong-what-year-is-it-in-vietnam.html
  { year: 2007, date: '2007-02-17', source: 'viet-jo.com 2006-07-06; kientruc2014.com' },
  // 2030 and 2053: kientruc2014.com (above): "In 2030 the dates are 02/02/2030 and 03/02/2030,
  // and in 2053 they are 18/02/2053 and 19/02/2053" (Vietnam first, China second);
  // https://scienceinfo.net/why-is-the-vietnamese-and-chinese-new-year-a-day-different.html:
  // "in 2030 and 2053, Vietnam will eat Tet sooner than China".
  { year: 2030, date: '2030-02-02', source: 'kientruc2014.com; scienceinfo.net' },
  { year: 2053, date: '2053-02-18', source: 'kientruc2014.com; scienceinfo.net' },
];

/** The Chinese New Year of the years where the calendars differ: never our answer. */
const CHINESE_TET: Record<number, string> = {
  1985: '1985-02-20', // oreateai.com blog (above)
  2007: '2007-02-18', // viet-jo.com (above)
  2030: '2030-02-03', // kientruc2014.com (above)
  2053: '2053-02-19', // kientruc2014.com (above)
};

/**
 * Giỗ Tổ Hùng Vương (10/3 lunar): the official notices of each year and the press reports of them
 * ("Giỗ Tổ Sun 14/04 → nghỉ bù Mon 15/04" for 2019, …).
 */
const GIO_TO: { year: number; date: string }[] = [
  { year: 2019, date: '2019-04-14' }, // reference file: Giỗ Tổ Sun 14/04
  { year: 2020, date: '2020-04-02' }, // reference file: Giỗ Tổ Thu 02/04
  { year: 2021, date: '2021-04-21' }, // reference file: Giỗ Tổ Wed 21/04
  { year: 2022, date: '2022-04-10' }, // reference file: Giỗ Tổ Sun 10/04
  { year: 2023, date: '2023-04-29' }, // reference file: Giỗ Tổ Sat 29/04
  { year: 2024, date: '2024-04-18' }, // reference file: Giỗ Tổ Thu 18/04
  { year: 2025, date: '2025-04-07' }, // reference file: Giỗ Tổ Mon 07/04
  { year: 2026, date: '2026-04-26' }, // reference file: Giỗ Tổ Sun 26/04
];

describe('Tết Nguyên Đán (lunar 1/1)', () => {
  it.each(TET)('$year: $date ($source)', ({ year, date }) => {
    expect(lunarNewYear(year)).toBe(date);
    expect(lunarToSolar(year, 1, 1)).toBe(date);
    expect(solarToLunar(date)).toEqual({ year, month: 1, day: 1, leap: false });
  });

  it('differs from the Chinese New Year in 1985, 2007, 2030 and 2053', () => {
    for (const [year, chinese] of Object.entries(CHINESE_TET)) {
      expect(lunarNewYear(Number(year))).not.toBe(chinese);
    }
  });
});

describe('Giỗ Tổ Hùng Vương (lunar 10/3)', () => {
  it.each(GIO_TO)('$year: $date', ({ year, date }) => {
    expect(lunarToSolar(year, 3, 10)).toBe(date);
    expect(solarToLunar(date)).toEqual({ year, month: 3, day: 10, leap: false });
  });
});
