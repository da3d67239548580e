/**
 * A procedure profile: how the one-stop clock runs for one administrative procedure — its
 * processing time in working days or working hours, what starts the clock, the cut-off hour
 * for same-day receipt, and whether a supplement request pauses or restarts the clock — each
 * with its source. Its own file kind (`procedures/*.json`), validated here.
 * docs/dossier-clock-law.md, "Choices the law leaves open".
 */
import * as z from 'zod/mini';
import { errorIn } from '../core/errors.js';
import { issueLines } from '../core/zod-issues.js';
import { documentSchema, textSchema } from './source.js';

/**
 * The zod schema of a procedure profile.
 * @example `procedureSchema.safeParse({ id: 'x' }).success // false`
 */
export const procedureSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: z.string().check(z.regex(/^[a-z0-9]+(?:[-/][a-z0-9]+)*$/, 'expected a kebab-case id, e.g. "example/chung-thuc-ban-sao"')),
  title: textSchema,
  /** True for a shipped example whose time was not checked against a primary text. */
  example: z.optional(z.boolean()),
  processing: z.strictObject({
    amount: z.int().check(z.minimum(0), z.maximum(10_000)),
    unit: z.enum(['workingDays', 'workingHours']),
    source: documentSchema,
  }),
  /** The clock starts when the complete, valid dossier is received (the only value found in the texts). */
  clockStarts: z.optional(z.literal('completeDossierReceived')),
  receipt: z.optional(
    z.strictObject({
      /** `nextSession` (default): a dossier received outside a session counts from the next one; `asIs`: from the instant itself. */
      outsideHours: z.optional(z.enum(['nextSession', 'asIs'])),
      /** A dossier received at or after this hour of a working day counts from the next working day. */
      cutoff: z.optional(z.strictObject({ time: z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM')), source: documentSchema })),
    }),
  ),
  /** End of a day-based time: `endOfLastSession` (default) or `endOfDay` (24:00, Civil Code 2015 Art. 148). */
  dayEnd: z.optional(z.enum(['endOfLastSession', 'endOfDay'])),
  supplement: z.optional(z.strictObject({ effect: z.enum(['pause', 'restart']), source: documentSchema })),
  reappointment: z.optional(
    z.strictObject({
      /** Re-appointments allowed before a warning (default 1, NĐ 118/2025 Điều 19 khoản 6: "không quá một lần"). */
      max: z.optional(z.int().check(z.minimum(0))),
      /** Judge the result against the `original` appointment (default) or the `latest`. */
      judgeAgainst: z.optional(z.enum(['original', 'latest'])),
    }),
  ),
});

/** A procedure profile as data. */
export type ProcedureData = z.infer<typeof procedureSchema>;

/** A procedure profile with its defaults filled in. */
export interface Procedure {
  readonly id: string;
  readonly title: { vi: string; en: string };
  readonly example: boolean;
  readonly amount: number;
  readonly unit: 'workingDays' | 'workingHours';
  readonly outsideHours: 'nextSession' | 'asIs';
  /** Minutes of the day, or -1 for none. */
  readonly cutoff: number;
  readonly cutoffText: string | null;
  readonly dayEnd: 'endOfLastSession' | 'endOfDay';
  readonly supplement: 'pause' | 'restart';
  readonly maxReappointments: number;
  readonly judgeAgainst: 'original' | 'latest';
  /** Whether the supplement rule is the profile's own (else NĐ 118/2025's default). */
  readonly supplementFromProfile: boolean;
  /** The documents cited (processing time, cut-off, supplement rule). */
  readonly documents: readonly string[];
  /** The document the supplement steps rest on: the profile's, else NĐ 118/2025 Điều 19 khoản 5. */
  readonly supplementDocument: string;
  readonly data: ProcedureData;
}

const docName = (d: { document: string; item?: string }) => (d.item ? `${d.document} ${d.item}` : d.document);

/**
 * The one-stop decree's articles on the clock (NĐ 118/2025/NĐ-CP, in force 01/07/2025; read in
 * an unofficial full-text copy, see docs/dossier-clock-law.md §1.3): the time restarts once the
 * complete supplements arrive (Điều 19 khoản 5); one apology and re-appointment, sent at the
 * latest one day before the due day (Điều 19 khoản 6); supplements asked for once (Điều 11
 * khoản 2 điểm c).
 */
export const ND_118 = {
  restart: 'NĐ 118/2025/NĐ-CP Điều 19 khoản 5',
  reappointment: 'NĐ 118/2025/NĐ-CP Điều 19 khoản 6',
  supplementOnce: 'NĐ 118/2025/NĐ-CP Điều 11 khoản 2 điểm c',
} as const;

/**
 * Validates a procedure profile (an object read from JSON) and fills in its defaults: receipt
 * outside hours counts from the next session; no cut-off; a day-based time ends with the last
 * session of its day; a supplement request restarts the clock (NĐ 118/2025 Điều 19 khoản 5); one
 * re-appointment (Điều 19 khoản 6), judged against the original appointment.
 * @throws VnDeadlinesError `invalid_data` naming the field at fault
 * @example
 * ```ts
 * const p = parseProcedure({
 *   id: 'my/permit', title: { vi: 'Cấp phép', en: 'Permit' },
 *   processing: { amount: 10, unit: 'workingDays', source: { document: 'NĐ …', grade: 'P' } },
 * });
 * p.supplement; // 'restart'
 * ```
 */
export function parseProcedure(value: unknown, where = 'procedure'): Procedure {
  const parsed = procedureSchema.safeParse(value);
  if (!parsed.success) throw errorIn('parseProcedure', 'invalid_data', issueLines(parsed.error.issues, where).join('; '), { issues: parsed.error.issues });
  const d = parsed.data;
  const cut = d.receipt?.cutoff;
  const documents = [docName(d.processing.source)];
  if (cut) documents.push(docName(cut.source));
  const supplementDocument = d.supplement ? docName(d.supplement.source) : ND_118.restart;
  documents.push(supplementDocument);
  return {
    id: d.id,
    title: d.title,
    example: d.example === true,
    amount: d.processing.amount,
    unit: d.processing.unit,
    outsideHours: d.receipt?.outsideHours ?? 'nextSession',
    cutoff: cut ? Number(cut.time.slice(0, 2)) * 60 + Number(cut.time.slice(3)) : -1,
    cutoffText: cut?.time ?? null,
    dayEnd: d.dayEnd ?? 'endOfLastSession',
    supplement: d.supplement?.effect ?? 'restart',
    supplementFromProfile: d.supplement !== undefined,
    supplementDocument,
    maxReappointments: d.reappointment?.max ?? 1,
    judgeAgainst: d.reappointment?.judgeAgainst ?? 'original',
    documents: [...new Set(documents)],
    data: d,
  };
}
