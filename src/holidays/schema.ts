/**
 * zod schemas for the official calendar data (`holidays/<year>.json`) and for users'
 * overlays. The JSON Schemas for editors (`holidays/schema.json`,
 * `holidays/overlay.schema.json`) are generated from these by `npm run schemas`.
 */
import { z } from 'zod';
import { isoWeekday, tryParseIsoDay } from '../core/days.js';

/** A strict `YYYY-MM-DD` date. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => tryParseIsoDay(s) !== undefined, { message: "expected a date 'YYYY-MM-DD' that exists" })
  .describe('A civil date, YYYY-MM-DD');

const text = z
  .object({ vi: z.string().min(1), en: z.string().min(1) })
  .strict()
  .describe('Text in Vietnamese and English');

const url = z.string().regex(/^https?:\/\/\S+$/, 'expected an http(s) link');

/** Kinds of entry in an official year file. */
export const entryKinds = ['holiday', 'tet', 'nghiBu', 'swappedDayOff', 'makeUpWorkday'] as const;
/** One of {@link entryKinds}. */
export type EntryKind = (typeof entryKinds)[number];

const documentSchema = z
  .object({
    id: z.string().min(1).describe('Document number as written, e.g. "CV 8726/VPCP-KGVX"'),
    issuer: z.string().min(1),
    date: isoDateSchema.optional().describe('Date the document was signed, when known'),
    title: text,
    evidence: z
      .enum(['P', 'S', 'D'])
      .describe("P: the document's own text was seen; S: confirmed by state media or notices; D: derived"),
    links: z.array(url).min(1),
    note: z.string().optional(),
  })
  .strict();

const entrySchema = z
  .object({
    date: isoDateSchema,
    kind: z.enum(entryKinds),
    name: text,
    documents: z.array(z.string().min(1)).min(1).describe('ids from the file\'s "documents"'),
    sources: z.array(url).min(1),
    pairedWith: isoDateSchema
      .optional()
      .describe('swappedDayOff: the Saturday worked for it; makeUpWorkday: the weekday it pays for; nghiBu: the holiday it compensates'),
    note: z.string().optional(),
  })
  .strict();

const pendingSchema = z
  .object({
    date: isoDateSchema,
    name: text,
    documents: z.array(z.string().min(1)).min(1),
    sources: z.array(url).min(1),
    note: text.describe('What has been decided and what is still missing'),
  })
  .strict();

/** Schema of one official year file, `holidays/<year>.json`. */
export const holidayYearSchema = z
  .object({
    $schema: z.string().optional(),
    year: z.number().int().min(1976).max(2199),
    scope: text.describe('Who the arrangement applies to'),
    documents: z.array(documentSchema).min(1),
    entries: z.array(entrySchema).min(1),
    pending: z.array(pendingSchema).default([]),
  })
  .strict()
  .superRefine((file, ctx) => {
    const ids = new Set(file.documents.map((d) => d.id));
    const seen = new Set<string>();
    file.entries.forEach((e, i) => {
      const day = tryParseIsoDay(e.date);
      if (day === undefined) return;
      const wd = isoWeekday(day);
      const year = Number(e.date.slice(0, 4));
      if (seen.has(e.date)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'date'], message: `${e.date} appears twice` });
      seen.add(e.date);
      if (year !== file.year && !(e.kind === 'swappedDayOff' || e.kind === 'makeUpWorkday'))
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'date'], message: `${e.date} is not in ${file.year}; only a swap may reach into another year` });
      if (e.kind === 'makeUpWorkday' && wd < 6)
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'kind'], message: `a make-up working day must be a Saturday or Sunday; ${e.date} is a weekday` });
      if ((e.kind === 'swappedDayOff' || e.kind === 'nghiBu') && wd > 5)
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'kind'], message: `${e.kind} must be a weekday; ${e.date} is a weekend day` });
      if ((e.kind === 'swappedDayOff' || e.kind === 'makeUpWorkday') && !e.pairedWith)
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'pairedWith'], message: `a swap names the day it is paired with` });
      e.documents.forEach((d, j) => {
        if (!ids.has(d)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'documents', j], message: `unknown document "${d}"; declare it in "documents"` });
      });
    });
    file.pending.forEach((p, i) =>
      p.documents.forEach((d, j) => {
        if (!ids.has(d)) ctx.addIssue({ code: 'custom', path: ['pending', i, 'documents', j], message: `unknown document "${d}"; declare it in "documents"` });
      }),
    );
  });

/** A validated official year file. */
export type HolidayYear = z.output<typeof holidayYearSchema>;
/** One entry of an official year file. */
export type HolidayEntry = HolidayYear['entries'][number];
/** A pending announcement: decided in principle, not yet law. */
export type PendingEntry = HolidayYear['pending'][number];
/** A document cited by a year file. */
export type HolidayDocument = HolidayYear['documents'][number];

const overlayText = z.object({ vi: z.string().min(1), en: z.string().min(1).optional() }).strict();

/** Schema of a local overlay: an agency's or a province's own days off and working days. */
export const overlaySchema = z
  .object({
    $schema: z.string().optional(),
    name: overlayText.describe('Whose overlay this is, e.g. "Sở Tư pháp Hải Phòng"'),
    entries: z
      .array(
        z
          .object({
            date: isoDateSchema,
            kind: z.enum(['dayOff', 'workingDay']),
            name: overlayText,
            documents: z.array(z.string().min(1)).optional(),
            sources: z.array(url).optional(),
            note: z.string().optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((o, ctx) => {
    const seen = new Set<string>();
    o.entries.forEach((e, i) => {
      if (seen.has(e.date)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'date'], message: `${e.date} appears twice` });
      seen.add(e.date);
    });
  });

/** A validated overlay. */
export type Overlay = z.output<typeof overlaySchema>;
