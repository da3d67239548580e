/**
 * The integer day core: a day is the number of days since 1970-01-01 (day 0, a Thursday).
 * Nothing here touches `Date` or the host time zone.
 */
import { errorIn } from './errors.js';

/** Milliseconds in a day. */
const MS_PER_DAY = 86_400_000;
/** Vietnam's offset from UTC in milliseconds (UTC+7, no daylight saving since 1975). */
const VN_OFFSET_MS = 7 * 3_600_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `[year, month, day]` of a day number (H. Hinnant's `civil_from_days`). */
export function civilFromDays(n: number): [number, number, number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

/** True for a Gregorian leap year. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function isoWeekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}

/** Formats a day number as `YYYY-MM-DD` (years 0000–9999). */
export function formatDay(n: number): string {
  const [y, m, d] = civilFromDays(n);
  return String(y).padStart(4, '0') + '-' + pad2(m) + '-' + pad2(d);
}

/**
 * The fast path of {@link tryParseIsoDay}: for each month of the years 1900–2199, the day
 * number of its first day and its length (a table lookup instead of calendar arithmetic).
 */
const TABLE_FIRST_YEAR = 1900;
const TABLE_MONTHS = 300 * 12;
const MONTH_START = new Int32Array(TABLE_MONTHS);
const MONTH_LENGTH = new Uint8Array(TABLE_MONTHS);
// Made by adding month lengths (no calendar arithmetic per month: this runs at import).
for (let k = 0, at = daysFromCivil(TABLE_FIRST_YEAR, 1, 1); k < TABLE_MONTHS; k++) {
  const year = TABLE_FIRST_YEAR + ((k / 12) | 0);
  const month = (k % 12) + 1;
  const length = month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  MONTH_START[k] = at;
  MONTH_LENGTH[k] = length;
  at += length;
}

/**
 * Parses a strict `YYYY-MM-DD` string to a day number, or returns `undefined` when the text
 * is not exactly such a date (wrong shape, month 13, 29 February of a common year…).
 */
export function tryParseIsoDay(s: string): number | undefined {
  return s.length === 10 ? isoDayAt(s, 0) : undefined;
}

/**
 * {@link tryParseIsoDay} of the 10 characters of `s` from `at` (the day of a timestamp, read
 * where it is, without a string made for it).
 * @internal
 */
export function isoDayAt(s: string, at: number): number | undefined {
  if (s.length < at + 10 || s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45) return undefined;
  const y0 = s.charCodeAt(at) - 48,
    y1 = s.charCodeAt(at + 1) - 48,
    y2 = s.charCodeAt(at + 2) - 48,
    y3 = s.charCodeAt(at + 3) - 48;
  const m0 = s.charCodeAt(at + 5) - 48,
    m1 = s.charCodeAt(at + 6) - 48,
    d0 = s.charCodeAt(at + 8) - 48,
    d1 = s.charCodeAt(at + 9) - 48;
  // `>>> 0` turns a negative difference (a character below '0') into a large number.
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return undefined;
  const k = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
  if (k >= 0 && k < TABLE_MONTHS) return day > MONTH_LENGTH[k] ? undefined : MONTH_START[k] + day - 1;
  return day > daysInMonth(year, month) ? undefined : daysFromCivil(year, month, day);
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})$/;

/**
 * Parses an ISO 8601 timestamp that carries an offset (`2025-01-20T23:30:00+07:00`,
 * `…Z`) to epoch milliseconds, or `undefined`. A timestamp without an offset is refused:
 * it names no instant.
 */
export function tryParseIsoInstant(s: string): number | undefined {
  const m = TIMESTAMP.exec(s);
  if (!m) return undefined;
  const day = tryParseIsoDay(`${m[1]}-${m[2]}-${m[3]}`);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (day === undefined || hour > 23 || minute > 59 || second > 59) return undefined;
  const frac = m[7] === undefined ? 0 : Math.floor(Number('0.' + m[7]) * 1000);
  let offset = 0;
  const z = m[8];
  if (z !== 'Z' && z !== 'z') {
    const oh = Number(z.slice(1, 3));
    const om = Number(z.slice(-2));
    if (oh > 18 || om > 59) return undefined;
    offset = (z.startsWith('-') ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  return day * MS_PER_DAY + hour * 3_600_000 + minute * 60_000 + second * 1000 + frac - offset;
}

/** The Vietnamese civil day (UTC+7) that holds an instant given in epoch milliseconds. */
export function dayOfInstant(ms: number): number {
  return Math.floor((ms + VN_OFFSET_MS) / MS_PER_DAY);
}

/**
 * What the library accepts as a day: `'YYYY-MM-DD'`; or an instant (an ISO timestamp with
 * offset, a JS `Date`, a luxon `DateTime`), taken as the day it falls on in Vietnam (UTC+7).
 */
export type DateInput = string | Date | LuxonDateTimeLike;

/**
 * The part of a luxon `DateTime` the library reads. A real luxon `DateTime` fits; luxon
 * itself is never imported by the library.
 */
export interface LuxonDateTimeLike {
  readonly isLuxonDateTime: true;
  readonly isValid: boolean;
  /** Epoch milliseconds of the instant. */
  toMillis(): number;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return 'Invalid Date';
  if (typeof value === 'object' && value !== null && (value as { isLuxonDateTime?: unknown }).isLuxonDateTime === true)
    return 'a DateTime with no valid instant';
  return value === null ? 'null' : typeof value;
}

/**
 * Converts what the caller gave to a day number:
 * - `'YYYY-MM-DD'`: that civil date, strictly (no `2025-2-3`, no `2025-02-29`);
 * - an ISO timestamp with offset (`2025-01-20T23:30:00+07:00`), a JS `Date`, or a luxon
 *   `DateTime`: an instant, converted to the day it falls on in Vietnam (UTC+7). The host
 *   time zone never matters.
 *
 * @throws VnDeadlinesError `invalid_date` for anything else, naming `fn` and the value.
 */
export function toDay(input: unknown, fn: string, what = 'date'): number {
  if (typeof input === 'string') {
    const d = tryParseIsoDay(input);
    if (d !== undefined) return d;
    const ms = input.length > 10 ? tryParseIsoInstant(input) : undefined;
    if (ms !== undefined) return dayOfInstant(ms);
  } else if (input instanceof Date) {
    const ms = input.getTime();
    if (!Number.isNaN(ms)) return dayOfInstant(ms);
  } else if (
    typeof input === 'object' &&
    input !== null &&
    (input as LuxonDateTimeLike).isLuxonDateTime === true &&
    (input as LuxonDateTimeLike).isValid &&
    typeof (input as LuxonDateTimeLike).toMillis === 'function'
  ) {
    // A value that says it is a valid DateTime but gives no finite instant is not a date.
    const ms = (input as LuxonDateTimeLike).toMillis();
    if (Number.isFinite(ms)) return dayOfInstant(ms);
  }
  throw errorIn(
    fn,
    'invalid_date',
    `${what} ${describe(input)} is not a date; give 'YYYY-MM-DD' (e.g. '2025-01-20'), ` + `an ISO timestamp with offset, a JS Date or a luxon DateTime`,
    { value: input, argument: what },
    what,
  );
}
