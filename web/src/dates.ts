/**
 * Dates as a Vietnamese clerk writes them: `10/02/2025` (dd/mm/yyyy, never mm/dd), and
 * `Thứ Hai, 10/02/2025` with the weekday. The page keeps ISO `YYYY-MM-DD` inside (the library's
 * form, and the URL's). The dd/mm/yyyy form is the library's (`dateText`); the page's English
 * keeps dd/mm/yyyy too, and its parser takes spaces around the separators.
 */
import { dateText } from '../../src/core/date-text.js';
import { isoWeekday, tryParseIsoDay } from '../../src/core/days.js';
import { WEEKDAY_LONG } from '../../src/core/weekdays.js';
import type { Lang } from './i18n.js';

/** `2025-02-10` → `10/02/2025`. */
export const toDmy = (iso: string): string => dateText(iso, 'vi');

/** `2025-02-10` → `Thứ Hai, 10/02/2025` (`Monday, 10/02/2025` in English). */
export function longDay(iso: string, lang: Lang): string {
  const day = tryParseIsoDay(iso);
  return day === undefined ? iso : `${WEEKDAY_LONG[lang][isoWeekday(day) - 1]}, ${toDmy(iso)}`;
}

const DMY = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;
const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;

/**
 * `10/02/2025`, `1/2/2025`, `10.02.2025` or an ISO `2025-02-10` → `2025-02-10`; `undefined` for
 * anything else or a day that does not exist (31/02/2025).
 */
export function parseDmy(text: string): string | undefined {
  const iso = ISO.exec(text);
  const m = iso ? [iso[3], iso[2], iso[1]] : DMY.exec(text)?.slice(1);
  if (!m) return undefined;
  const [d, mo, y] = m.map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const out = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return tryParseIsoDay(out) === undefined ? undefined : out;
}

/** A month as clerks write it, `05/2025` or `5/2025` (or ISO `2025-05`) → `2025-05`; other text is returned trimmed, for the library to judge. */
export function parseMonth(text: string): string {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  return m && Number(m[1]) >= 1 && Number(m[1]) <= 12 ? `${m[2]}-${m[1].padStart(2, '0')}` : text.trim();
}

/** `2025-05` → `05/2025`; other text unchanged. */
export function toMy(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${m[2]}/${m[1]}` : month;
}
