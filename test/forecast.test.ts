/**
 * The forecast for years without official data, back-tested against the official years: the
 * law-only calendar (`createCalendar({ officialData: false })`) against the official one, and a
 * score for every forecast rule, asserted against the lines of the README that state them.
 * Official years are read from the data (2014 onwards: the Labour Code 2012/2019 era, five Tết
 * days; 2016–2026 today, the years the golden file covers); nothing here is computed by the
 * forecast itself except what is scored. The day beside Quốc khánh is scored from 2021 only: the
 * Labour Code 2012 gives one Quốc khánh day.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatDay, isoWeekday, tryParseIsoDay } from '../src/core/days.js';
import { statutoryDays, type ForecastRules } from '../src/statutory/index.js';
import { createCalendar, getDefaultCalendar, lunarToSolar } from '../src/index.js';
import { firstProvisionalYear } from './support/years.js';

const official = getDefaultCalendar();
const lawOnly = createCalendar({ officialData: false });
/**
 * Official years of the Labour Code 2012/2019 era with a full Tết block in the data: the Tết of
 * 2014 is the first under the 2012 code (in force for holidays from 01/05/2013; the 2013 Tết fell
 * under the 1994 code, four days).
 */
const YEARS = official.officialYears.filter((y) => y >= 2014);
const day = (iso: string) => tryParseIsoDay(iso)!;

/** The days around Tết: 15 before mùng 1 to 15 after. */
function tetWindow(year: number): string[] {
  const tet = day(lunarToSolar(year, 1, 1));
  return Array.from({ length: 31 }, (_, k) => formatDay(tet - 15 + k));
}

/** Weekdays off in the window, by a rule set (from the statutory layer alone). */
function forecastOff(year: number, rules: ForecastRules, window: string[]): string[] {
  const off = new Set(statutoryDays(year, rules).map((d) => d.date));
  return window.filter((d) => off.has(d) && isoWeekday(day(d)) <= 5);
}
const officialOff = (window: string[]) => window.filter((d) => !official.isWorkingDay(d) && isoWeekday(day(d)) <= 5);

function tetScore(rules: ForecastRules): number {
  return YEARS.filter((y) => {
    const w = tetWindow(y);
    return JSON.stringify(forecastOff(y, rules, w)) === JSON.stringify(officialOff(w));
  }).length;
}

function quocKhanhScore(rules: ForecastRules): { hit: number; of: number } {
  const years = YEARS.filter((y) => y >= 2021); // the adjacent day exists from the Labour Code 2019
  const hit = years.filter((y) => {
    const beside = statutoryDays(y, rules).find((d) => d.reason.name.en.includes('beside 2 September'))!.date;
    return official.dayInfo(beside).reasons.some((r) => r.kind === 'holiday');
  }).length;
  return { hit, of: years.length };
}

/** Weekend holidays other than Tết whose nghỉ bù, by the law, is a day off in the official data. */
function nghiBuScore(): { hit: number; of: number } {
  let hit = 0;
  let of = 0;
  for (const y of YEARS) {
    for (const d of statutoryDays(y)) {
      if (d.reason.kind !== 'nghiBu' || d.reason.name.en.includes('Lunar New Year')) continue;
      of++;
      if (!official.isWorkingDay(d.date)) hit++;
    }
  }
  return { hit, of };
}

function wholeYearScore(): number {
  return YEARS.filter((y) => {
    for (let d = daysFromCivil(y, 1, 1); d <= daysFromCivil(y, 12, 31); d++) {
      const iso = formatDay(d);
      if (lawOnly.isWorkingDay(iso) !== official.isWorkingDay(iso)) return false;
    }
    return true;
  }).length;
}

const NEW: ForecastRules = { tet: 'saturdayBeforeSundayAfter', quocKhanh: 'longestBreak' };
const OLD_TET: ForecastRules = { tet: 'weekendAfter', quocKhanh: 'longestBreak' };
const TABLE_QK: ForecastRules = { tet: 'saturdayBeforeSundayAfter', quocKhanh: 'weekdayTable' };

describe('the law-only calendar (officialData: false)', () => {
  it('covers the same range, every day provisional, dataVersion "law-only", no official years', () => {
    expect([lawOnly.firstDate, lawOnly.lastDate]).toEqual([official.firstDate, official.lastDate]);
    expect(lawOnly.officialYears).toEqual([]);
    expect(lawOnly.dataVersion).toBe('law-only');
    for (const d of ['2013-05-02', '2020-01-28', '2025-01-27', '2026-11-24', '2027-02-04']) expect(lawOnly.dayInfo(d).status, d).toBe('provisional');
    expect(lawOnly.dayInfo('2025-01-27').reasons[0].note).toMatch(/^Provisional/);
  });

  it('cannot be strict nor take official years', () => {
    expect(() => createCalendar({ officialData: false, strict: true })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });

  it.each(YEARS)('%i: equals the official calendar on every day of the Tết block (mùng 1 ± 15 days)', (year) => {
    const diff = tetWindow(year).filter((d) => lawOnly.isWorkingDay(d) !== official.isWorkingDay(d));
    expect(diff).toEqual([]);
  });

  it('every forecast Tết day and day beside 2/9 says "provisional" in its note', () => {
    for (let y = firstProvisionalYear(); y <= 2100; y++) {
      for (const d of statutoryDays(y)) {
        const forecast = d.reason.kind === 'tet' || d.reason.name.en.includes('beside');
        if (forecast) expect(d.reason.note, d.date).toMatch(/^Provisional/);
      }
    }
  });
});

describe('back-test scores of the forecast rules, as the README states them', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const stated = (label: string): [number, number] => {
    const m = new RegExp(`${label.replace(/[()]/g, '\\$&')}: (\\d+) of (\\d+)`).exec(readme);
    expect(m, `README line "${label}: N of M"`).not.toBeNull();
    return [Number(m![1]), Number(m![2])];
  };

  it('Tết placement: the chosen rule reproduces every official year; the old one only those without a weekend Tết day', () => {
    expect(YEARS.length).toBeGreaterThanOrEqual(11);
    expect(YEARS).toEqual(expect.arrayContaining([2016, 2017, 2018]));
    expect(tetScore(NEW)).toBe(YEARS.length);
    expect(stated('Tết placement (Saturday day before the break, Sunday day after)')).toEqual([tetScore(NEW), YEARS.length]);
    expect(stated('Tết placement, old rule (weekend days made up after the break)')).toEqual([tetScore(OLD_TET), YEARS.length]);
    expect(tetScore(OLD_TET)).toBeLessThan(tetScore(NEW));
    // the forecast's own note states the same score and years
    const note = statutoryDays(firstProvisionalYear()).find((d) => d.reason.kind === 'tet')!.reason.note!;
    expect(note).toContain(`reproduces ${tetScore(NEW)} of ${YEARS.length} official years ${YEARS[0]}–${YEARS[YEARS.length - 1]}`);
  });

  it('the day beside Quốc khánh, nghỉ bù, and whole years', () => {
    const qk = quocKhanhScore(NEW);
    expect(qk.hit).toBe(qk.of);
    expect(stated('Day beside Quốc khánh (longest break)')).toEqual([qk.hit, qk.of]);
    const table = quocKhanhScore(TABLE_QK);
    expect(stated('Day beside Quốc khánh (python-holidays weekday table)')).toEqual([table.hit, table.of]);
    const nb = nghiBuScore();
    expect(nb.hit).toBe(nb.of);
    expect(stated('Nghỉ bù (next weekday not already off)')).toEqual([nb.hit, nb.of]);
    expect(stated('Whole year, law alone')).toEqual([wholeYearScore(), YEARS.length]);
  });
});
