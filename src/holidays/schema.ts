/**
 * zod schemas for the official calendar data (`holidays/<year>.json`) and for users'
 * overlays. The JSON Schemas for editors (`holidays/schema.json`,
 * `holidays/overlay.schema.json`) are generated from these by `npm run schemas`.
 *
 * Written with `zod/mini` (tree-shakable; the full `zod` costs ~50 ms to import).
 */
import * as z from 'zod/mini';
import { isoWeekday, tryParseIsoDay } from '../core/days.js';
import { isoDateString } from '../core/iso-date-schema.js';

/** A strict `YYYY-MM-DD` date. */
export const isoDateSchema = isoDateString('expected YYYY-MM-DD');

const nonEmpty = () => z.string().check(z.minLength(1));
const text = z.strictObject({ vi: nonEmpty(), en: nonEmpty() }).check(z.describe('Text in Vietnamese and English'));
const url = z.string().check(z.regex(/^https?:\/\/\S+$/, 'expected an http(s) link'));
/** The schema with a description (the JSON Schemas' `description`). @internal */
export const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));

/** Kinds of entry in an official year file. */
const entryKinds = ['holiday', 'tet', 'nghiBu', 'swappedDayOff', 'makeUpWorkday'] as const satisfies readonly EntryKind[];
/** Kind of an official entry: `holiday`, `tet`, `nghiBu` (compensatory), `swappedDayOff`, `makeUpWorkday`. */
export type EntryKind = 'holiday' | 'tet' | 'nghiBu' | 'swappedDayOff' | 'makeUpWorkday';

const documentSchema = z.strictObject({
  id: described(nonEmpty(), 'Document number as written, e.g. "CV 8726/VPCP-KGVX"'),
  issuer: nonEmpty(),
  date: z.optional(described(isoDateSchema, 'Date the document was signed, when known')),
  title: text,
  evidence: described(z.enum(['P', 'S', 'D']), "P: the document's own text was seen; S: confirmed by state media or notices; D: derived"),
  links: z.array(url).check(z.minLength(1)),
  note: z.optional(z.string()),
});

const docIds = () => described(z.array(nonEmpty()).check(z.minLength(1)), 'ids from the file\'s "documents"');

const entrySchema = z.strictObject({
  date: isoDateSchema,
  kind: z.enum(entryKinds),
  name: text,
  documents: docIds(),
  sources: z.array(url).check(z.minLength(1)),
  pairedWith: z.optional(
    described(isoDateSchema, 'swappedDayOff: the Saturday worked for it; makeUpWorkday: the weekday it pays for; nghiBu: the holiday it compensates'),
  ),
  note: z.optional(z.string()),
});

const pendingSchema = z.strictObject({
  date: isoDateSchema,
  kind: z.optional(
    described(
      z.enum(['dayOff', 'makeUpWorkday']),
      'dayOff (the default): a day off if it becomes law; makeUpWorkday: a Saturday worked back for a proposed swap',
    ),
  ),
  pairedWith: z.optional(described(isoDateSchema, 'For a proposed swap: the other day of the pair')),
  name: text,
  documents: docIds(),
  sources: z.array(url).check(z.minLength(1)),
  note: described(text, 'What has been decided and what is still missing'),
});

/**
 * Schema of one official year file, `holidays/<year>.json` (zod/mini).
 * @example `holidayYearSchema.safeParse(JSON.parse(text)).success`
 */
export const holidayYearSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    year: z.int().check(z.gte(1976), z.lte(2199)),
    dataVersion: described(isoDateSchema, 'The day this file was last checked against its sources; bump it with every change'),
    scope: described(text, 'Who the arrangement applies to'),
    documents: z.array(documentSchema).check(z.minLength(1)),
    entries: z.array(entrySchema).check(z.minLength(1)),
    pending: z._default(z.array(pendingSchema), []),
  })
  .check(
    z.superRefine((file, ctx) => {
      const issue = (path: (string | number)[], message: string) => ctx.issues.push({ code: 'custom', path, message, input: file });
      const ids = new Set(file.documents.map((d) => d.id));
      const seen = new Set<string>();
      file.entries.forEach((e, i) => {
        const day = tryParseIsoDay(e.date);
        if (day === undefined) return;
        const wd = isoWeekday(day);
        if (seen.has(e.date)) issue(['entries', i, 'date'], `${e.date} appears twice`);
        seen.add(e.date);
        if (Number(e.date.slice(0, 4)) !== file.year && !(e.kind === 'swappedDayOff' || e.kind === 'makeUpWorkday'))
          issue(['entries', i, 'date'], `${e.date} is not in ${file.year}; only a swap may reach into another year`);
        if (e.kind === 'makeUpWorkday' && wd < 6) issue(['entries', i, 'kind'], `a make-up working day must be a Saturday or Sunday; ${e.date} is a weekday`);
        if ((e.kind === 'swappedDayOff' || e.kind === 'nghiBu') && wd > 5) {
          issue(['entries', i, 'kind'], `${e.kind} must be a weekday; ${e.date} is a weekend day`);
        }
        if ((e.kind === 'swappedDayOff' || e.kind === 'makeUpWorkday') && !e.pairedWith) {
          issue(['entries', i, 'pairedWith'], 'a swap names the day it is paired with');
        }
        e.documents.forEach((d, j) => {
          if (!ids.has(d)) issue(['entries', i, 'documents', j], `unknown document "${d}"; declare it in "documents"`);
        });
      });
      file.pending.forEach((p, i) =>
        p.documents.forEach((d, j) => {
          if (!ids.has(d)) issue(['pending', i, 'documents', j], `unknown document "${d}"; declare it in "documents"`);
        }),
      );
    }),
  );

/** A validated official year file. */
export type HolidayYear = z.output<typeof holidayYearSchema>;
/** One entry of an official year file. */
export type HolidayEntry = HolidayYear['entries'][number];
/** A document cited by a year file. */
export type HolidayDocument = HolidayYear['documents'][number];

const overlayText = z.strictObject({ vi: nonEmpty(), en: z.optional(nonEmpty()) });

/**
 * Schema of a local overlay: an agency's or a province's own days off and working days (zod/mini).
 * @example
 * ```ts
 * const overlay = { name: { vi: 'Sở Tư pháp' }, entries: [{ date: '2025-06-02', kind: 'dayOff', name: { vi: 'Chuyển trụ sở' } }] };
 * overlaySchema.safeParse(overlay).success; // true
 * ```
 */
export const overlaySchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    name: described(overlayText, 'Whose overlay this is, e.g. "Sở Tư pháp Hải Phòng"'),
    entries: z
      .array(
        z.strictObject({
          date: isoDateSchema,
          kind: z.enum(['dayOff', 'workingDay']),
          name: overlayText,
          documents: z.optional(z.array(nonEmpty())),
          sources: z.optional(z.array(url)),
          note: z.optional(z.string()),
        }),
      )
      .check(z.minLength(1)),
  })
  .check(
    z.superRefine((o, ctx) => {
      const seen = new Set<string>();
      o.entries.forEach((e, i) => {
        if (seen.has(e.date)) ctx.issues.push({ code: 'custom', path: ['entries', i, 'date'], message: `${e.date} appears twice`, input: o });
        seen.add(e.date);
      });
    }),
  );

/** A validated overlay. */
export type Overlay = z.output<typeof overlaySchema>;
