/**
 * vn-deadlines: the Vietnamese civil-service working-day calendar and administrative
 * deadlines as declarative rules.
 * @packageDocumentation
 */
export { VnDeadlinesError, type ErrorCode } from './core/errors.js';
export type { DateInput, LuxonDateTimeLike } from './core/days.js';
export { Calendar, type DateLike, type DetailedQueries } from './calendar/calendar.js';
export { getDefaultCalendar, FIRST_YEAR, LAST_YEAR, type CreateCalendarOptions } from './calendar/create.js';
export { createCalendar, type ValidatingCalendarOptions } from './calendar/validated.js';
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
} from './calendar/functions.js';
export type { DayInfo, DayReason, DayStatus, Dependencies, Detailed, LocalizedText, Observance, PendingNotice, RollConvention } from './calendar/types.js';
export { solarToLunar, lunarToSolar, lunarNewYear, type LunarDate } from './lunar/index.js';
export { parseOverlay } from './holidays/validate.js';
export { holidayYearSchema, overlaySchema, type Overlay, type HolidayYear, type HolidayEntry, type EntryKind } from './holidays/schema.js';
