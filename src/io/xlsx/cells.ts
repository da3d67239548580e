/** Excel cells as record fields: text, a date cell as its calendar day, a formula by its result. */
import type { CellValue } from 'exceljs';
import { formatDay } from '../../core/days.js';

const MS_PER_DAY = 86_400_000;

/**
 * What a date cell shows: its calendar day, `'YYYY-MM-DD'`, or, when it has a time of day, that
 * wall-clock time in Vietnam (`'2025-01-24T16:45:00+07:00'`: a receipt in a one-stop register; a
 * deadline check takes its day). Excel stores a date as a number of days (1900 date system) with
 * no time zone; exceljs turns it into a `Date` whose UTC fields are that day and time, so it is
 * read in UTC, never in the host's zone.
 */
function dayOfDateCell(d: Date): string {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return String(d);
  const day = formatDay(Math.floor(ms / MS_PER_DAY));
  const time = Math.round((ms - Math.floor(ms / MS_PER_DAY) * MS_PER_DAY) / 1000);
  if (time === 0 || time >= 86_400) return day;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day}T${two(Math.floor(time / 3600))}:${two(Math.floor(time / 60) % 60)}:${two(time % 60)}+07:00`;
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
