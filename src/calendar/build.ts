/**
 * The layer builder: the layers of docs/domain.md#the-working-day-calendar-of-the-civil-service
 * applied in order (weekly rest → statutory → official → pending → overlays), then the tables
 * the queries read.
 */
import { daysFromCivil, isoWeekday } from '../core/days.js';
import type { LayeredDays } from './layers/days.js';
import { weeklyRest } from './layers/weekly-rest.js';
import { applyStatutory } from './layers/statutory.js';
import { applyOfficial, documentsOf } from './layers/official.js';
import { applyPending } from './layers/pending.js';
import { applyOverlays } from './layers/overlays.js';
import { monthTables, workingTables, type WorkingTables } from './tables.js';
import type { CalendarOptions, CalendarSource } from './source.js';

/** Everything a calendar's queries read, built once. */
export interface BuiltCalendar extends LayeredDays, WorkingTables {
  monthStart: Int32Array;
  monthLength: Uint8Array;
  /** Indexes with a pending announcement, in order. */
  pendingIndexes: number[];
}

/** Builds the days of `source` with `options`, layer by layer. */
export function buildCalendar(source: CalendarSource, options: CalendarOptions): BuiltCalendar {
  const start = daysFromCivil(source.firstYear, 1, 1);
  const n = daysFromCivil(source.lastYear, 12, 31) - start + 1;
  const days: LayeredDays = { start, n, flags: weeklyRest(start, n), reasons: new Map(), pendingByIndex: new Map(), lazyYears: new Set(), touched: [] };
  applyStatutory(days, source);
  for (const file of source.official) {
    const docs = documentsOf(file);
    applyOfficial(days, file, docs);
    applyPending(days, file, docs, options.includePending === true);
  }
  applyOverlays(days, options.overlays ?? [], source);
  const months = monthTables(source.firstYear, source.lastYear);
  return {
    ...days,
    ...months,
    ...workingTables(days.flags, isoWeekday(start), months.monthStart, days.touched),
    pendingIndexes: [...days.pendingByIndex.keys()].sort((a, b) => a - b),
  };
}
