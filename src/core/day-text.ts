/**
 * Days as people type them in Vietnam: day first, `dd/mm/yyyy` or `d/m/yyyy` (also with `.` or
 * `-` between the parts), besides ISO `YYYY-MM-DD`. Never month first: `02/13/2025` is not a
 * day. The one parser of such text: the CSV and Excel readers, `--fact` and `--as-of` use it;
 * the typed library API (`dueDate`, `checkCompliance`, `checkMany`) and NDJSON/JSON keep ISO
 * only, so that a program that formats month first fails loudly instead of passing for days
 * 1–12 (its errors still explain a day-first text, through {@link dayTextProblem}).
 */
import { tryParseIsoDay } from './days.js';

/** Day, month, year; the same separator twice. */
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/**
 * A day as a person writes it, as `'YYYY-MM-DD'`: ISO as it is, or day first (`10/02/2025`,
 * `1/2/2025`, `10.02.2025`); `undefined` for anything else (month 13, 31/02, two-digit years,
 * a time of day).
 * @example `parseDayText('10/02/2025') // '2025-02-10'`
 * @internal
 */
export function parseDayText(text: string): string | undefined {
  const s = text.trim();
  if (tryParseIsoDay(s) !== undefined) return s;
  const m = DAY_FIRST.exec(s);
  return m === null ? undefined : isoOfMatch(m);
}

/** The ISO day of a {@link DAY_FIRST} match, or `undefined` when it names no day (month 13, 31/02). */
function isoOfMatch(m: RegExpExecArray): string | undefined {
  const iso = `${m[4]}-${m[3].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return tryParseIsoDay(iso) === undefined ? undefined : iso;
}

/** Whether a text is shaped like a day-first date (`nn/nn/nnnn`), valid or not. @internal */
export function looksDayFirst(text: string): boolean {
  return DAY_FIRST.test(text.trim());
}

/**
 * For text shaped like a day-first date that is no day (`02/13/2025`, `31/02/2025`), why, and
 * what to write: the ISO form (`iso`, what every input takes) or the day-first one (`dayFirst`,
 * for what people type); `undefined` for any other text.
 * @example `dayTextProblem('02/13/2025', 'iso') // 'a date written with / is read day/month/year, never month first, and there is no month 13; for day 13 of month 2 write 2025-02-13'`
 * @internal
 */
export function dayTextProblem(text: string, advice: 'iso' | 'dayFirst'): string | undefined {
  const m = DAY_FIRST.exec(text.trim());
  if (m === null) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[3]), m[4]];
  const head = `a date written with ${m[2]} is read day/month/year, never month first`;
  if (month > 12 && day <= 12) {
    const swapped = advice === 'iso' ? `${year}-${m[1].padStart(2, '0')}-${m[3].padStart(2, '0')}` : `${m[3]}/${m[1]}/${year}`;
    return `${head}, and there is no month ${month}; for day ${month} of month ${day} write ${swapped}`;
  }
  if (month < 1 || month > 12) return `${head}, and there is no month ${month}`;
  return `${head}, and month ${month} of ${year} has no day ${day}`;
}

/** A day-first date with a time of day, as registers of one-stop systems write a receipt: `24/01/2025 16:45`. */
const DAY_FIRST_TIME = /^(\d{1,2}([/.-])\d{1,2}\2\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A day-first date and time as an ISO timestamp in Vietnam's time (`+07:00`), the wall clock a
 * clerk typed; `undefined` when it is not one (no such day, hour 24, minute 60).
 */
function dayFirstTimeToIso(text: string): string | undefined {
  const m = DAY_FIRST_TIME.exec(text.trim());
  if (m === null) return undefined;
  const day = parseDayText(m[1]);
  const [h, min, sec] = [Number(m[3]), Number(m[4]), Number(m[5] ?? 0)];
  if (day === undefined || h > 23 || min > 59 || sec > 59) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day}T${two(h)}:${two(min)}:${two(sec)}+07:00`;
}

/**
 * A field of a person's file (a CSV or Excel cell) as the checker takes it: day-first text
 * (`10/02/2025`) as ISO, a day-first date and time (`24/01/2025 16:45`) as an ISO timestamp in
 * Vietnam's time, anything else as it is (a day-first text that is no day, `02/13/2025`, is left
 * for the checker to refuse).
 * @example `dayFirstToIso('10/02/2025') // '2025-02-10'`
 * @example `dayFirstToIso('24/01/2025 16:45') // '2025-01-24T16:45:00+07:00'`
 * @internal
 */
export function dayFirstToIso(value: string): string {
  const n = value.length;
  // Cheap test first: every field of every row passes here.
  if (n < 8 || n > 19) return value;
  if (n > 12) return dayFirstTimeToIso(value) ?? value;
  // One match, not a test and then a parse (every dated field of every row passes here).
  const m = DAY_FIRST.exec(value.trim());
  return m === null ? value : (isoOfMatch(m) ?? value);
}
