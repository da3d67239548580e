/** Layer 4, the official annual arrangements: authoritative for the days they name. */
import { tryParseIsoDay } from '../../core/days.js';
import { PROVISIONAL, WORKING } from '../flags.js';
import type { CalendarSource } from '../source.js';
import type { DayReason } from '../types.js';
import { addReason, type LayeredDays } from './days.js';

/** An official year file, as the source holds it. */
export type OfficialFile = CalendarSource['official'][number];

/** The documents of a year file, by id, as reasons cite them. */
export type DocumentsById = Map<string, DayReason['documents'][number]>;

/** The documents of a file by id. */
export function documentsOf(file: OfficialFile): DocumentsById {
  return new Map(file.documents.map((d) => [d.id, { id: d.id, title: d.title, evidence: d.evidence, links: d.links }]));
}

/** Applies the entries of one official year file: each named day becomes official, working or not. */
export function applyOfficial(days: LayeredDays, file: OfficialFile, docs: DocumentsById): void {
  const { flags, start, n } = days;
  for (const e of file.entries) {
    const i = tryParseIsoDay(e.date)! - start;
    if (i < 0 || i >= n) continue;
    if (flags[i] & PROVISIONAL) {
      // The law's guess for this day gives way (a lazily built year's reasons go with the flag).
      days.reasons.delete(i);
    }
    flags[i] &= ~PROVISIONAL;
    days.touched.push(i);
    if (e.kind === 'makeUpWorkday') flags[i] |= WORKING;
    else flags[i] &= ~WORKING;
    addReason(days, i, {
      kind: e.kind,
      name: e.name,
      documents: e.documents.map((id) => docs.get(id)!),
      sources: e.sources,
      ...(e.pairedWith ? { pairedWith: e.pairedWith } : {}),
      ...(e.note ? { note: e.note } : {}),
    });
  }
}
