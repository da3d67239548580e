/**
 * Office hours as data: the working sessions of a one-stop desk, by season and weekday, with
 * their source. The working days themselves come from the library's calendar; these say at
 * which minutes of a working day the clock runs. docs/dossier-clock-law.md §4.
 */
import * as z from 'zod/mini';
import { errorIn } from '../core/errors.js';
import { issueLines } from '../core/zod-issues.js';
import { minuteOf } from './instant.js';
import { documentSchema, textSchema } from './source.js';
import defaultHours from '../../procedures/office-hours/hai-duong-provisional.json';

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const MMDD = /^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const session = z.strictObject({ start: z.string().check(z.regex(HHMM, 'expected HH:MM')), end: z.string().check(z.regex(HHMM, 'expected HH:MM')) });
const sessions = z.array(session).check(z.minLength(1));

/**
 * The zod schema of an office-hours file (`procedures/office-hours/*.json`).
 * @example `officeHoursSchema.safeParse({}).success // false`
 */
export const officeHoursSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  title: textSchema,
  /** True while no primary text was read for these sessions: results then say so. */
  provisional: z.boolean(),
  source: documentSchema,
  seasons: z
    .array(
      z.strictObject({
        id: z.string().check(z.minLength(1)),
        /** First and last day of the season, `MM-DD`, both included; a season may run over the new year (`11-01` to `03-31`). */
        from: z.string().check(z.regex(MMDD, 'expected MM-DD')),
        to: z.string().check(z.regex(MMDD, 'expected MM-DD')),
        sessions,
        /** Sessions that differ on a weekday, by ISO weekday `1` (Monday) … `7`. */
        weekdays: z.optional(z.partialRecord(z.enum(['1', '2', '3', '4', '5', '6', '7']), sessions)),
      }),
    )
    .check(z.minLength(1)),
});

/** An office-hours file as data. */
export type OfficeHoursData = z.infer<typeof officeHoursSchema>;

/** Office hours ready for the clock: the sessions of a day (minutes, start/end pairs) by day of year and weekday. @internal */
export interface OfficeHours {
  readonly id: string;
  readonly provisional: boolean;
  readonly data: OfficeHoursData;
  /** Session bounds in minutes `[s0, e0, s1, e1, …]` for a month-day (`month * 32 + day`) and ISO weekday. */
  sessionsOn(monthDay: number, weekday: number): readonly number[];
}

function minutes(list: readonly { start: string; end: string }[], where: string): number[] {
  const out: number[] = [];
  for (const s of list) {
    const a = minuteOf(s.start);
    const b = minuteOf(s.end);
    if (b <= a || (out.length && a < out[out.length - 1]))
      throw errorIn('parseOfficeHours', 'invalid_data', `${where}: sessions must be in order, each ending after it starts`);
    out.push(a, b);
  }
  return out;
}

const key = (mmdd: string) => Number(mmdd.slice(0, 2)) * 32 + Number(mmdd.slice(3, 5));

/**
 * Validates office hours (an object read from JSON) and makes them ready for the clock. Every
 * day of the year must fall in exactly one season.
 * @throws VnDeadlinesError `invalid_data` naming the field at fault
 * @example
 * ```ts
 * const hours = parseOfficeHours({
 *   id: 'my-desk', title: { vi: 'Bộ phận một cửa', en: 'One-stop desk' }, provisional: false,
 *   source: { document: 'QĐ …/QĐ-UBND', grade: 'P' },
 *   seasons: [{ id: 'all-year', from: '01-01', to: '12-31', sessions: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }] }],
 * });
 * hours.id; // 'my-desk'
 * ```
 */
export function parseOfficeHours(value: unknown, where = 'office hours'): OfficeHours {
  const parsed = officeHoursSchema.safeParse(value);
  if (!parsed.success) throw errorIn('parseOfficeHours', 'invalid_data', issueLines(parsed.error.issues, where).join('; '), { issues: parsed.error.issues });
  const data = parsed.data;
  // table[monthDay * 8 + weekday] → sessions
  const table = new Array<readonly number[] | undefined>(13 * 32 * 8);
  for (const season of data.seasons) {
    const base = minutes(season.sessions, `${where} season ${season.id}`);
    const byWd = [1, 2, 3, 4, 5, 6, 7].map((w) => {
      const own = season.weekdays?.[String(w) as '1'];
      return own ? minutes(own, `${where} season ${season.id} weekday ${w}`) : base;
    });
    const from = key(season.from);
    const to = key(season.to);
    for (let m = 1; m <= 12; m++)
      for (let d = 1; d <= 31; d++) {
        const k = m * 32 + d;
        if (!(from <= to ? k >= from && k <= to : k >= from || k <= to)) continue;
        if (table[k * 8 + 1] !== undefined) throw errorIn('parseOfficeHours', 'invalid_data', `${where}: ${m}-${d} falls in two seasons`);
        for (let w = 1; w <= 7; w++) table[k * 8 + w] = byWd[w - 1];
      }
  }
  for (const m of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    for (let d = 1; d <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]; d++)
      if (table[(m * 32 + d) * 8 + 1] === undefined) throw errorIn('parseOfficeHours', 'invalid_data', `${where}: ${m}-${d} falls in no season`);
  return { id: data.id, provisional: data.provisional, data, sessionsOn: (md, wd) => table[md * 8 + wd]! };
}

let shipped: OfficeHours | undefined;

/**
 * The default office hours: the former Hải Dương province's summer and winter sessions
 * (now part of Hải Phòng), provisional until a Hải Phòng decision is found.
 * @example `defaultOfficeHours().provisional // true`
 */
export function defaultOfficeHours(): OfficeHours {
  return (shipped ??= parseOfficeHours(defaultHours, 'procedures/office-hours/hai-duong-provisional.json'));
}
