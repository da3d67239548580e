/** Excel cells as record fields: text, a date cell as its calendar day, a formula by its result. */
import type { CellValue } from 'exceljs';
import { formatDay } from '../../core/days.js';

const MS_PER_DAY = 86_400_000;

/**
 * The calendar day a date cell shows, `'YYYY-MM-DD'`. Excel stores a date as a number of days
 * (1900 date system) with no time zone; exceljs turns it into a `Date` whose UTC fields are that
 * day and time, so the day is read in UTC, never in the host's zone. A date with a time of day
 * is the day it shows (the time a clerk typed in Vietnam).
 */
function dayOfDateCell(d: Date): string {
  const ms = d.getTime();
  return Number.isNaN(ms) ? String(d) : formatDay(Math.floor(ms / MS_PER_DAY));
}

/**
 * A cell's value as a record field: text trimmed; a date cell as its day (`'YYYY-MM-DD'`);
 * a number as text (a date typed without a date format stays a number, and is refused as a date);
 * a boolean as it is; a formula, a link or rich text by what it shows; an error as its code
 * (`#N/A`); an empty cell as `''`.
 * @example `cellField(new Date(Date.UTC(2025, 1, 10))) // '2025-02-10'`
 * @internal
 */
export function cellField(v: CellValue): string | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return dayOfDateCell(v);
  if ('richText' in v)
    return v.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('formula' in v || 'sharedFormula' in v) return cellField(v.result);
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text.trim() : cellField(v.text);
  if ('error' in v) return v.error;
  return '';
}
