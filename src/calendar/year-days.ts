/** The days of a year that are not ordinary weekdays, as `vn-deadlines calendar <year> --json` and `GET /v1/calendar/{year}` give them. */
import { daysFromCivil, daysInMonth, formatDay } from '../core/days.js';
import type { Calendar } from './calendar.js';
import type { DayInfo, PendingNotice } from './types.js';

/** A year's (or some months') days off, make-up working days and pending announcements. @internal */
export interface YearDays {
  year: number;
  months: number[];
  nonWorkingDays: DayInfo[];
  makeUpWorkingDays: DayInfo[];
  pending: PendingNotice[];
  dataVersion: string;
}

const monthInfos = (cal: Calendar, year: number, month: number): DayInfo[] => {
  const first = daysFromCivil(year, month, 1);
  return Array.from({ length: daysInMonth(year, month) }, (_, d) => cal.dayInfo(formatDay(first + d)));
};

/**
 * The days of `months` of `year` that are not ordinary weekdays: the days off, the working
 * Saturdays and Sundays, and the pending announcements.
 * @throws VnDeadlinesError `out_of_coverage` for a year outside the calendar
 * @internal
 */
export function yearDays(cal: Calendar, year: number, months: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]): YearDays {
  const infos = months.flatMap((m) => monthInfos(cal, year, m));
  return {
    year,
    months: [...months],
    nonWorkingDays: infos.filter((d) => !d.working),
    makeUpWorkingDays: infos.filter((d) => d.working && d.weekday >= 6),
    pending: infos.flatMap((d) => d.pending),
    dataVersion: cal.dataVersion,
  };
}
