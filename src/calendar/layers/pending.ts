/**
 * Layer 5, pending announcements (docs/domain.md#pending-announcements): always listed on their
 * day; applied (the day changes) only when the calendar is made with `includePending: true`.
 */
import { tryParseIsoDay } from '../../core/days.js';
import { PENDING, WORKING } from '../flags.js';
import type { PendingNotice } from '../types.js';
import { addReason, type LayeredDays } from './days.js';
import type { DocumentsById, OfficialFile } from './official.js';

/** Applies the pending announcements of one official year file. */
export function applyPending(days: LayeredDays, file: OfficialFile, docs: DocumentsById, applied: boolean): void {
  const { flags, start, n } = days;
  for (const p of file.pending) {
    const i = tryParseIsoDay(p.date)! - start;
    if (i < 0 || i >= n) continue;
    const notice: PendingNotice = {
      date: p.date,
      ...(p.kind ? { kind: p.kind } : {}),
      ...(p.pairedWith ? { pairedWith: p.pairedWith } : {}),
      name: p.name,
      note: p.note,
      documents: p.documents,
      sources: p.sources,
      applied,
    };
    days.pendingByIndex.set(i, [...(days.pendingByIndex.get(i) ?? []), notice]);
    flags[i] |= PENDING;
    if (!applied) continue;
    days.touched.push(i);
    if (p.kind === 'makeUpWorkday') flags[i] |= WORKING;
    else flags[i] &= ~WORKING;
    addReason(days, i, { kind: 'pending', name: p.name, documents: p.documents.map((id) => docs.get(id)!), sources: p.sources, note: p.note.en });
  }
}
