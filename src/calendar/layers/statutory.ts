/**
 * Layers 2–3 for the years without official data: the days off derived from the law (holidays,
 * Tết, nghỉ bù), every day of such a year flagged provisional. It runs on the weekly rest alone.
 */
import { daysFromCivil, tryParseIsoDay } from '../../core/days.js';
import { VnDeadlinesError } from '../../core/errors.js';
import { PROVISIONAL, WORKING } from '../flags.js';
import type { CalendarSource } from '../source.js';
import type { DayReason } from '../types.js';
import { addReason, type LayeredDays } from './days.js';
import { weeklyRest } from './weekly-rest.js';

/** Applies the statutory layer to every year of `source` without official data. */
export function applyStatutory(days: LayeredDays, source: CalendarSource): void {
  const officialYears = new Set(source.official.map((y) => y.year));
  // The weekly rest of a whole year with PROVISIONAL set, aligned on index 0's weekday: a year
  // is written in one native copy (the layer runs on weekly rest alone).
  const provisional = weeklyRest(days.start, 366 + 7, PROVISIONAL);
  for (let year = source.firstYear; year <= source.lastYear; year++) {
    if (officialYears.has(year)) continue;
    if (source.strict) {
      throw new VnDeadlinesError(
        'out_of_coverage',
        `createCalendar: strict calendar: ${year} has no official data (holidays/${year}.json), but a later year has`,
        {
          missingOfficialYear: year,
        },
      );
    }
    const from = daysFromCivil(year, 1, 1) - days.start;
    const to = daysFromCivil(year, 12, 31) - days.start;
    days.flags.set(provisional.subarray(from % 7, (from % 7) + to - from + 1), from);
    applyYear(days, source, year, from, to);
  }
}

/** Weekly rest is already in the flags: PROVISIONAL is or-ed in, derived days off clear WORKING. */
function applyYear(days: LayeredDays, source: CalendarSource, year: number, from: number, to: number): void {
  const off = source.derivedOffDays?.(year);
  if (off && source.derive) {
    for (let k = 0; k < off.length; k++) {
      const i = off[k] - days.start;
      if (i >= from && i <= to) {
        days.flags[i] &= ~WORKING;
        days.touched.push(i);
      }
    }
    days.lazyYears.add(year);
    return;
  }
  for (const d of source.derive?.(year) ?? []) {
    const i = tryParseIsoDay(d.date)! - days.start;
    if (i < from || i > to) continue;
    if (d.off) {
      days.flags[i] &= ~WORKING;
      days.touched.push(i);
    }
    addReason(days, i, d.reason);
  }
}

/**
 * The statutory reasons of the days of a lazily built year, by index, from `derive(year)`: what
 * building it eagerly would have recorded.
 */
export function derivedReasons(source: CalendarSource, year: number, start: number): Map<number, DayReason[]> {
  const out = new Map<number, DayReason[]>();
  const from = daysFromCivil(year, 1, 1) - start;
  const to = daysFromCivil(year, 12, 31) - start;
  for (const d of source.derive?.(year) ?? []) {
    const i = tryParseIsoDay(d.date)! - start;
    if (i < from || i > to) continue;
    const list = out.get(i);
    if (list) list.push(d.reason);
    else out.set(i, [d.reason]);
  }
  return out;
}
