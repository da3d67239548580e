/**
 * What a run of `vn-deadlines dossiers` counts while it reports: outcomes by status and, with a
 * period, the on-time table. Counters only, so the tallies of several threads add up to the one
 * of a single thread.
 */
import type { DossierOutcome } from './batch.js';
import { DossierSummary, type DossierSummaryJson } from './summary.js';

/** A {@link DossierTally} as plain data, to cross a thread. */
export interface DossierTallyJson {
  counts: Record<string, number>;
  table: DossierSummaryJson | null;
}

/**
 * Outcomes counted by status, and the on-time table of `period` when there is one.
 * @example
 * ```ts
 * const t = new DossierTally('2025-Q1');
 * for (const o of checkDossiers([{ procedure: 'no/such', receivedAt: '2025-03-11T09:00:00+07:00' }], { asOf: '2025-03-14' })) t.add(o);
 * t.count('error'); // 1
 * ```
 */
export class DossierTally {
  /** Outcomes added. */
  records = 0;
  readonly counts = new Map<string, number>();
  readonly summary: DossierSummary | null;
  constructor(period?: string) {
    this.summary = period === undefined ? null : new DossierSummary(period);
  }

  add(o: DossierOutcome): void {
    this.records++;
    this.counts.set(o.status, (this.counts.get(o.status) ?? 0) + 1);
    this.summary?.add(o);
  }

  /** The outcomes of a status. */
  count(status: string): number {
    return this.counts.get(status) ?? 0;
  }

  /** Adds the tally of another thread. */
  absorb(other: DossierTallyJson): void {
    for (const [s, n] of Object.entries(other.counts)) {
      this.records += n;
      this.counts.set(s, this.count(s) + n);
    }
    if (other.table !== null) this.summary?.absorb(other.table);
  }

  toJSON(): DossierTallyJson {
    return { counts: Object.fromEntries(this.counts), table: this.summary?.toJSON() ?? null };
  }
}
