/** The zod schema of a civil date in data files: strict `YYYY-MM-DD`, a day that exists. */
import * as z from 'zod/mini';
import { tryParseIsoDay } from './days.js';

/**
 * A strict `YYYY-MM-DD` date that exists.
 * @param shapeMessage - the message for a value that is not shaped `YYYY-MM-DD`
 * @internal
 */
export function isoDateString(shapeMessage: string): z.ZodMiniString<string> {
  return z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, shapeMessage),
    z.refine((s) => tryParseIsoDay(s) !== undefined, "expected a date 'YYYY-MM-DD' that exists"),
    z.describe('A civil date, YYYY-MM-DD'),
  );
}
