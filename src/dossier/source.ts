/** The schemas shared by procedure profiles and office hours: bilingual text and a cited source with its grade. */
import * as z from 'zod/mini';

/** Text in Vietnamese and English. @internal */
export const textSchema = z.strictObject({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

/**
 * A cited source: the document, its article, a link, the words when seen, and the grade of the
 * evidence as docs/dossier-clock-law.md uses it (`P` primary text read, `P-q` primary words
 * quoted by a secondary page, `P-rec` an official procedure record, `S` secondary, `D` derived,
 * `?` not verified). @internal
 */
export const documentSchema = z.strictObject({
  document: z.string().check(z.minLength(1)),
  date: z.optional(z.string()),
  item: z.optional(z.string()),
  link: z.optional(z.string()),
  text: z.optional(z.string()),
  grade: z.enum(['P', 'P-q', 'P-rec', 'S', 'S-weak', 'D', '?']),
  note: z.optional(textSchema),
});
