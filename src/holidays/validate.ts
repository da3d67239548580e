import type * as z from 'zod/mini';
import { VnDeadlinesError } from '../core/errors.js';
import { invalidArgument } from '../core/args.js';
import { issueLines } from '../core/zod-issues.js';
import { holidayYearSchema, overlaySchema, type HolidayYear, type Overlay } from './schema.js';

/** Formats zod issues as `where at path: what` lines, joined by `; `. */
function describeIssues(error: z.core.$ZodError, where: string): string {
  return issueLines(error.issues, where).join('; ');
}

/**
 * Validates an overlay (an agency's or a province's own days off and working days), as
 * parsed JSON, against the overlay schema (`holidays/overlay.schema.json`).
 *
 * @param value - the parsed JSON
 * @param where - how to name it in errors, e.g. its file name
 * @returns the overlay, typed
 * @throws VnDeadlinesError `invalid_data`, naming the path inside the overlay and what was expected
 * @example
 * ```ts
 * const overlay = parseOverlay({
 *   name: { vi: 'Sở Tư pháp' },
 *   entries: [{ date: '2025-06-02', kind: 'dayOff', name: { vi: 'Nghỉ chuyển trụ sở', en: 'Office move' } }],
 * });
 * ```
 */
export function parseOverlay(value: unknown, where = 'overlay'): Overlay {
  if (typeof where !== 'string') throw invalidArgument('parseOverlay', 'where', 'text naming the overlay, e.g. its file name', where);
  const parsed = overlaySchema.safeParse(value);
  if (!parsed.success) {
    throw new VnDeadlinesError('invalid_data', `parseOverlay: ${describeIssues(parsed.error, where)}`, {
      issues: parsed.error.issues,
    });
  }
  return parsed.data;
}

/**
 * Validates an official year file (`holidays/<year>.json`, e.g. next year's, written from the
 * Government's notice), as parsed JSON, against the schema (`holidays/schema.json`).
 *
 * @param value - the parsed JSON
 * @param where - how to name it in errors, e.g. its file name
 * @returns the year file, typed (`pending` defaults to `[]`)
 * @throws VnDeadlinesError `invalid_data`, naming `where`, the path inside the file and what was
 *   expected, one `where at path: message` per problem; `details.issues` has them all
 * @example
 * ```ts
 * // not run: reads the user's 2027.json
 * const y2027 = parseHolidayYear(JSON.parse(readFileSync('2027.json', 'utf8')), '2027.json');
 * const cal = createCalendar({ officialYears: [y2027] });
 * ```
 */
export function parseHolidayYear(value: unknown, where = 'holiday year'): HolidayYear {
  if (typeof where !== 'string') throw invalidArgument('parseHolidayYear', 'where', 'text naming the file, e.g. its file name', where);
  const parsed = holidayYearSchema.safeParse(value);
  if (!parsed.success) {
    throw new VnDeadlinesError('invalid_data', `parseHolidayYear: ${describeIssues(parsed.error, where)}`, {
      file: where,
      issues: parsed.error.issues.map((i) => ({ file: where, path: i.path.join('.'), message: i.message })),
    });
  }
  return parsed.data;
}
