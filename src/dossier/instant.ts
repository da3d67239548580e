/**
 * Instants of the dossier clock: epoch milliseconds inside, ISO timestamps with the `+07:00`
 * offset outside. Vietnam keeps UTC+7 all year, so a local time is the instant plus 7 hours.
 */
import { formatDay, isoDayAt, tryParseIsoDay, tryParseIsoInstant } from '../core/days.js';
import { invalidArgument } from '../core/args.js';

/** Milliseconds in a day, and Vietnam's offset. @internal */
export const DAY_MS = 86_400_000;
/** @internal */
export const VN_MS = 7 * 3_600_000;

/**
 * What the dossier clock accepts as an instant: an ISO timestamp with an offset
 * (`2025-01-24T16:45:00+07:00`), a JS `Date`, or a luxon `DateTime`.
 */
export type InstantInput =
  | string
  | Date
  | {
      readonly isLuxonDateTime: true;
      /** Milliseconds since 1970-01-01T00:00Z (a luxon DateTime has it). */
      toMillis(): number;
    };

/** Epoch milliseconds of an instant, or `invalid_argument` naming `fn` and `what`. @internal */
export function toInstant(value: unknown, fn: string, what: string): number {
  if (typeof value === 'string') {
    const ms = value.length === 25 && value.endsWith('+07:00') ? fastVietnam(value) : tryParseIsoInstant(value);
    if (ms !== undefined) return ms;
  } else if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value.getTime();
  } else if (typeof value === 'object' && value !== null && (value as { isLuxonDateTime?: unknown }).isLuxonDateTime === true) {
    const ms = (value as { toMillis(): number }).toMillis();
    if (Number.isFinite(ms)) return ms;
  }
  throw invalidArgument(fn, what, 'an ISO timestamp with an offset (e.g. "2025-01-24T16:45:00+07:00"), a Date or a luxon DateTime', value);
}

const digit = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};

/** The common `YYYY-MM-DDTHH:MM:SS+07:00` read without a regular expression; anything odd goes the long way. */
function fastVietnam(s: string): number | undefined {
  if (s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return tryParseIsoInstant(s);
  const day = isoDayAt(s, 0);
  const h = digit(s, 11) * 10 + digit(s, 12);
  const m = digit(s, 14) * 10 + digit(s, 15);
  const sec = digit(s, 17) * 10 + digit(s, 18);
  if (day === undefined || !(h <= 23 && m <= 59 && sec <= 59)) return undefined;
  return day * DAY_MS + ((h * 60 + m) * 60 + sec) * 1000 - VN_MS;
}

/**
 * The text of an instant as {@link formatInstant} writes it, taking `value` as it is when it is
 * already that text (a register's `2025-03-11T15:20:00+07:00`, which {@link toInstant} read by
 * its fast path into `ms`): no string is made again for it.
 * @internal
 * @example `instantText('2025-03-11T15:20:00+07:00', Date.parse('2025-03-11T08:20:00Z')) // '2025-03-11T15:20:00+07:00'`
 */
export function instantText(value: unknown, ms: number): string {
  if (
    typeof value === 'string' &&
    value.length === 25 &&
    value.endsWith('+07:00') &&
    value.charCodeAt(10) === 84 &&
    value.charCodeAt(13) === 58 &&
    value.charCodeAt(16) === 58
  )
    return value;
  return formatInstant(ms);
}

/** An instant, or a day `YYYY-MM-DD` taken as its last millisecond in Vietnam (the state at the end of that day). @internal */
export function toInstantOrEndOfDay(value: unknown, fn: string, what: string): number {
  if (typeof value === 'string' && value.length === 10) {
    const d = tryParseIsoDay(value);
    if (d !== undefined) return (d + 1) * DAY_MS - VN_MS - 1;
  }
  return toInstant(value, fn, what);
}

/** The Vietnamese day of an instant. @internal */
export function dayOf(ms: number): number {
  return Math.floor((ms + VN_MS) / DAY_MS);
}

/** The instant of a minute of a Vietnamese day. @internal */
export function instantOf(day: number, minute: number): number {
  return day * DAY_MS + minute * 60_000 - VN_MS;
}

const pad = (n: number) => (n < 10 ? '0' : '') + n;
/** `HH:MM` of each minute of a day, and `SS` of each second: made once. */
const HM: string[] = Array.from({ length: 1440 }, (_, m) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`);
const SS: string[] = Array.from({ length: 60 }, (_, s) => pad(s));
/**
 * `THH:MM:00+07:00` of each minute of a day: most instants (a session's end, a register's times)
 * fall on a whole minute, and their text is then two pieces, not six (each concatenation makes
 * a string: ~130 B allocated per dossier of a register less).
 */
const WHOLE_MINUTE: string[] = HM.map((hm) => `T${hm}:00+07:00`);
/** The ISO strings of the days last formatted (a dossier's instants fall on a few days). */
const dayStrings = new Map<number, string>();

/** `YYYY-MM-DDTHH:MM:SS+07:00` (milliseconds kept when not 0). @internal */
export function formatInstant(ms: number): string {
  // A batch formats the same instant (its asOf, a shared due instant) again and again.
  if (ms === lastMs) return lastText;
  lastMs = ms;
  return (lastText = format(ms));
}
let lastMs = NaN;
let lastText = '';

function format(ms: number): string {
  const local = ms + VN_MS;
  const day = Math.floor(local / DAY_MS);
  const t = local - day * DAY_MS;
  const s = Math.floor(t / 1000);
  const frac = t - s * 1000;
  let d = dayStrings.get(day);
  if (d === undefined) {
    if (dayStrings.size > 8192) dayStrings.clear();
    dayStrings.set(day, (d = formatDay(day)));
  }
  if (t % 60_000 === 0) return d + WHOLE_MINUTE[t / 60_000];
  return `${d}T${HM[Math.floor(s / 60)]}:${SS[s % 60]}${frac ? '.' + String(frac).padStart(3, '0') : ''}+07:00`;
}

/** `HH:MM` → minutes of the day. @internal */
export function minuteOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
