/**
 * `vn-deadlines/calendar`: the working-day calendar alone, with its official data, and without
 * zod, the rule engine, luxon or date-holidays. Its `createCalendar` takes overlays as typed
 * values; validate JSON overlays with `parseOverlay` from `vn-deadlines`.
 * @packageDocumentation
 */
export { VnDeadlinesError, isVnDeadlinesError, type ErrorCode } from '../core/errors.js';
export type { DateInput, LuxonDateTimeLike } from '../core/days.js';
export { Calendar, type DateLike, type DetailedQueries } from './calendar.js';
export { createCalendar, getDefaultCalendar, FIRST_YEAR, LAST_YEAR, type CreateCalendarOptions, type OfficialYear } from './create.js';
export {
  isWorkingDay,
  dayInfo,
  addWorkingDays,
  subWorkingDays,
  workingDaysBetween,
  nextWorkingDay,
  previousWorkingDay,
  roll,
  nonWorkingDays,
  dependencies,
  detailed,
} from './functions.js';
export type { DayInfo, DayReason, DayStatus, Dependencies, Detailed, LocalizedText, Observance, PendingNotice, RollConvention } from './types.js';
export type { Overlay, EntryKind } from '../holidays/schema.js';
export { solarToLunar, lunarToSolar, lunarNewYear, type LunarDate } from '../lunar/index.js';
