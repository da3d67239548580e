/** The official calendar data as JSON: its zod schemas and their validators. The public API of `src/holidays`. */
export { parseOverlay, parseHolidayYear } from './validate.js';
export { holidayYearSchema, overlaySchema, type HolidayYear, type HolidayEntry } from './schema.js';
