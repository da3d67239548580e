/**
 * The summary of a batch check: counts by status and by rule, kept as counters only, whatever
 * the number of records.
 */
import type { LocalizedText } from '../calendar/types.js';
import { say } from '../core/catalogue.js';
import { printable } from '../core/escape.js';
import { COMPLIANCE_TEXT } from './messages.js';
import type { Lang } from '../core/lang.js';
import type { RecordOutcome } from './records.js';
import { STATUS_TEXT } from './status.js';
import type { ComplianceStatus } from './types.js';

/** A record's status in a batch: a verdict, or `error`. */
export type RecordStatus = ComplianceStatus | 'error';

/**
 * Every record status (a verdict, or `error`), in the order reports list them.
 * @example `RECORD_STATUSES.includes('error') // true`
 */
export const RECORD_STATUSES: readonly RecordStatus[] = Object.freeze(['onTime', 'late', 'overdue', 'tooEarly', 'open', 'notApplicable', 'error']);
const INDEX: Readonly<Record<RecordStatus, number>> = { onTime: 0, late: 1, overdue: 2, tooEarly: 3, open: 4, notApplicable: 5, error: 6 };

/** Counts by status, every status present (0 when none). */
export type StatusCounts = Record<RecordStatus, number>;

function counts(a: Int32Array | Float64Array): StatusCounts {
  const out = {} as StatusCounts;
  for (const s of RECORD_STATUSES) out[s] = a[INDEX[s]];
  return out;
}

/** The summary as plain data. */
export interface CheckSummaryJson {
  records: number;
  byStatus: StatusCounts;
  /** Per rule id, the readings by status (a record with two rules counts under each); errors under the rule as written. */
  byRule: Record<string, StatusCounts>;
  /** Records some reading of which would change under the what-if calendar. */
  changedIfPending: number;
}

/**
 * Counts of a batch check: records by status (a record with several readings counts once, by
 * its most severe verdict), readings by rule and status, and the records that would change
 * under the what-if calendar. Holds counters only, whatever the number of records.
 * @example
 * ```ts
 * const summary = new CheckSummary();
 * for (const r of checkMany(records)) summary.add(r);
 * summary.toJSON(); // { records, byStatus: { onTime, late, … }, byRule: { 'hp-2025/…': { … } }, changedIfPending }
 * ```
 */
export class CheckSummary {
  /** Records added. */
  records = 0;
  /** Records that would change under the what-if calendar. */
  changedIfPending = 0;
  readonly #status = new Float64Array(RECORD_STATUSES.length);
  readonly #rules = new Map<string, Float64Array>();

  /** Counts one record's outcome. */
  add(o: RecordOutcome): void {
    this.records++;
    this.#status[INDEX[o.status]]++;
    if (o.changedIfPending) this.changedIfPending++;
    if (o.error !== null) this.#rule(o.rule ?? '—')[INDEX.error]++;
    else for (let i = 0; i < o.readings.length; i++) this.#rule(o.readings[i].rule)[INDEX[o.readings[i].status]]++;
  }

  #rule(id: string): Float64Array {
    let a = this.#rules.get(id);
    if (a === undefined) {
      a = new Float64Array(RECORD_STATUSES.length);
      this.#rules.set(id, a);
    }
    return a;
  }

  /** Records by status. */
  get byStatus(): StatusCounts {
    return counts(this.#status);
  }

  /** Readings by rule id (sorted) and status. */
  get byRule(): Record<string, StatusCounts> {
    const out: Record<string, StatusCounts> = {};
    for (const id of [...this.#rules.keys()].sort()) out[id] = counts(this.#rules.get(id)!);
    return out;
  }

  /**
   * Adds the counts of another summary (e.g. one kept by a worker thread over part of the records).
   * @internal
   */
  absorb(other: CheckSummaryJson): void {
    this.records += other.records;
    this.changedIfPending += other.changedIfPending;
    for (const s of RECORD_STATUSES) this.#status[INDEX[s]] += other.byStatus[s];
    for (const [id, c] of Object.entries(other.byRule)) {
      const a = this.#rule(id);
      for (const s of RECORD_STATUSES) a[INDEX[s]] += c[s];
    }
  }

  /** The summary as plain data. */
  toJSON(): CheckSummaryJson {
    return { records: this.records, byStatus: this.byStatus, byRule: this.byRule, changedIfPending: this.changedIfPending };
  }

  /**
   * The summary for people, one line per rule, statuses with no record left out.
   * @param lang - `vi` (default) or `en`
   * @param whatIf - whether the what-if calendar was used (adds its line)
   */
  toText(lang: Lang = 'vi', whatIf = false): string {
    const list = (c: StatusCounts) =>
      RECORD_STATUSES.filter((s) => c[s] > 0)
        .map((s) => `${STATUS_TEXT[s][lang]} ${c[s]}`)
        .join(' · ');
    const byStatus = this.byStatus;
    const records = (n: number) => say(COMPLIANCE_TEXT, lang, n === 1 ? 'records1' : 'records', { n });
    const lines = [say(COMPLIANCE_TEXT, lang, 'summary', { records: records(this.records) }) + (this.records ? ` — ${list(byStatus)}` : '')];
    const rules = this.byRule;
    const ids = Object.keys(rules);
    if (ids.length) {
      lines.push(say(COMPLIANCE_TEXT, lang, 'byRule'));
      // Rule ids as written in the records (an unknown one is anything): one line each, whatever they hold.
      const shown = ids.map(printable);
      const w = Math.max(...shown.map((i) => i.length));
      ids.forEach((id, k) => lines.push(`  ${shown[k].padEnd(w)}  ${list(rules[id])}`));
    }
    if (whatIf) lines.push(say(COMPLIANCE_TEXT, lang, 'whatIf', { records: records(this.changedIfPending) }));
    return lines.join('\n');
  }
}

/**
 * Bilingual status names, for callers that print statuses.
 * @example `STATUS_NAMES.late.vi // 'trễ hạn'`
 */
export const STATUS_NAMES: Readonly<Record<RecordStatus, LocalizedText>> = STATUS_TEXT;
