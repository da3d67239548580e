/**
 * The on-time table of a reporting period, per unit and per procedure: dossiers received,
 * resolved early / on time / late, still open on time / overdue, and the on-time rate — the
 * figures of the plan's reports (II.6.1). The period is a data period of NĐ 09/2019/NĐ-CP
 * (15th to 14th), computed by the library's report rules.
 */
import { dueDate } from '../rules/due.js';
import { invalidArgument } from '../core/args.js';
import type { DossierOutcome } from './batch.js';
import { messages } from './messages.js';
import type { Lang } from '../core/lang.js';

/** One row of the table. */
export interface SummaryRow {
  received: number;
  early: number;
  onTime: number;
  late: number;
  openOnTime: number;
  openOverdue: number;
  /** `(early + onTime) / (early + onTime + late)`, to 4 decimals; `null` when nothing was resolved. */
  onTimeRate: number | null;
}

/** The table as plain data. */
export interface DossierSummaryJson {
  period: string;
  from: string;
  to: string;
  total: SummaryRow;
  byUnit: Record<string, SummaryRow>;
  byProcedure: Record<string, SummaryRow>;
  /** Lines that could not be checked (not in the table). */
  errors: number;
}

const RULES: [RegExp, string, string][] = [
  [/^\d{4}-\d{2}$/, 'nd09/monthly-report', 'month'],
  [/^\d{4}-Q[1-4]$/, 'nd09/quarterly-report', 'quarter'],
  [/^\d{4}-H[12]$/, 'nd09/half-year-report', 'half'],
  [/^\d{4}$/, 'nd09/annual-report', 'year'],
];

/**
 * The data period of a report period (`2025-03`, `2025-Q1`, `2025-H1`, `2025`): 15th to 14th.
 * @example `reportingPeriod('2025-Q1') // { from: '2024-12-15', to: '2025-03-14' }`
 */
export function reportingPeriod(period: string): { from: string; to: string } {
  for (const [re, rule, fact] of RULES)
    if (typeof period === 'string' && re.test(period)) {
      const d = dueDate(rule, { [fact]: period }).dataPeriod!;
      return { from: d.from, to: d.to };
    }
  throw invalidArgument('reportingPeriod', 'period', 'a month YYYY-MM, a quarter YYYY-Qn, a half YYYY-H1/H2 or a year YYYY', period);
}

const empty = (): SummaryRow => ({ received: 0, early: 0, onTime: 0, late: 0, openOnTime: 0, openOverdue: 0, onTimeRate: null });

/**
 * The table of a period, filled outcome by outcome (counters only). A dossier counts as
 * received when received in the period; as resolved early / on time / late when resolved in
 * it; as open on time or overdue when still open at the outcomes' `asOf` (the CLI's default:
 * the period's last day) and received by the period's end. A dossier whose processing was stopped
 * counts as received only.
 * @example
 * ```ts
 * const register = [
 *   { unit: 'UBND phường A', procedure: 'example/ho-tich-3-ngay-lam-viec', receivedAt: '2025-02-10T09:00:00+07:00', resolvedAt: '2025-02-12T10:00:00+07:00' },
 *   { unit: 'UBND phường A', procedure: 'example/ho-tich-3-ngay-lam-viec', receivedAt: '2025-02-10T09:00:00+07:00', resolvedAt: '2025-02-14T09:00:00+07:00' },
 * ];
 * const s = new DossierSummary('2025-Q1');
 * for (const o of checkDossiers(register, { asOf: '2025-03-14' })) s.add(o);
 * s.toJSON().total.onTimeRate; // 0.5: one early, one late by a working day
 * ```
 */
export class DossierSummary {
  readonly from: string;
  readonly to: string;
  errors = 0;
  readonly total = empty();
  readonly #units = new Map<string, SummaryRow>();
  readonly #procedures = new Map<string, SummaryRow>();
  /** Above the text of every instant of the period's last day. */
  readonly #after: string;
  /** The first and last days of the period as {@link dayNumber}s (NaN: none, the texts are compared). */
  readonly #fromDay: number;
  readonly #toDay: number;
  constructor(readonly period: string) {
    ({ from: this.from, to: this.to } = reportingPeriod(period));
    this.#after = `${this.to}\uffff`;
    this.#fromDay = dayNumber(this.from);
    this.#toDay = this.#fromDay === this.#fromDay ? dayNumber(this.to) : NaN;
  }

  /**
   * Counts one dossier's outcome (an error line counts apart).
   * @example
   * ```ts
   * // not run: needs a summary and an outcome (the class's example runs both)
   * s.add(outcome);
   * ```
   */
  add(o: DossierOutcome): void {
    const v = o.verdict;
    if (v === null) return void this.errors++;
    const status = v.status;
    const receivedDay = dayNumber(v.deadline.receivedAt);
    const received = this.#inPeriod(v.deadline.receivedAt, receivedDay);
    const counted =
      v.resolvedAt !== null && this.#inPeriod(v.resolvedAt, dayNumber(v.resolvedAt)) && (status === 'early' || status === 'onTime' || status === 'late');
    const open = v.resolvedAt === null && status !== 'stopped' && this.#byEnd(v.deadline.receivedAt, receivedDay);
    // The one counter besides `received` (a dossier resolved is not open).
    const key = counted ? status : open ? (status === 'overdue' ? 'openOverdue' : 'openOnTime') : undefined;
    bump(this.total, received, key);
    bump(row(this.#units, o.unit ?? '—'), received, key);
    bump(row(this.#procedures, v.deadline.procedure), received, key);
  }

  /**
   * Whether an instant's day (its text's first 10 characters) is in the period. Instants are
   * written in UTC+7 (`2025-03-14T…+07:00`): a day is compared by its text, or by its number
   * (`day`, from {@link dayNumber}) when it has one, which compares the same without comparing strings.
   */
  #inPeriod(iso: string, day: number): boolean {
    if (day === day && this.#toDay === this.#toDay) return day >= this.#fromDay && day <= this.#toDay;
    return iso >= this.from && iso < this.#after;
  }

  /** Whether an instant's day is the period's last or before (`day` as in {@link #inPeriod}). */
  #byEnd(iso: string, day: number): boolean {
    return day === day && this.#toDay === this.#toDay ? day <= this.#toDay : iso < this.#after;
  }

  /** Adds the counters of another table of the same period (another thread's share of a register). */
  absorb(other: DossierSummaryJson): void {
    this.errors += other.errors;
    addRow(this.total, other.total);
    for (const [k, r] of Object.entries(other.byUnit)) addRow(row(this.#units, k), r);
    for (const [k, r] of Object.entries(other.byProcedure)) addRow(row(this.#procedures, k), r);
  }

  /**
   * The table as JSON: totals, by unit and by procedure, with on-time rates.
   * @example
   * ```ts
   * // not run: needs a summary (the class's example runs it)
   * s.toJSON().total.onTimeRate;
   * ```
   */
  toJSON(): DossierSummaryJson {
    const rate = (r: SummaryRow): SummaryRow => {
      const done = r.early + r.onTime + r.late;
      return { ...r, onTimeRate: done === 0 ? null : Math.round(((r.early + r.onTime) / done) * 10_000) / 10_000 };
    };
    const obj = (m: Map<string, SummaryRow>) => Object.fromEntries([...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, r]) => [k, rate(r)]));
    return {
      period: this.period,
      from: this.from,
      to: this.to,
      total: rate(this.total),
      byUnit: obj(this.#units),
      byProcedure: obj(this.#procedures),
      errors: this.errors,
    };
  }

  /** The table as text lines, in one language. */
  toText(lang: Lang): string {
    const m = messages[lang];
    const j = this.toJSON();
    const cells = (name: string, r: SummaryRow) =>
      [name, r.received, r.early, r.onTime, r.late, r.openOnTime, r.openOverdue, r.onTimeRate === null ? '—' : m.rate(r.onTimeRate)].join(' | ');
    return [
      m.summaryTitle(j.period, j.from, j.to),
      m.summaryHead.join(' | '),
      ...Object.entries(j.byUnit).map(([k, r]) => cells(k, r)),
      ...Object.entries(j.byProcedure).map(([k, r]) => cells(k, r)),
      cells(m.total, j.total),
    ].join('\n');
  }
}

const COUNTERS = ['received', 'early', 'onTime', 'late', 'openOnTime', 'openOverdue'] as const;

/** Counts a dossier in a row: received or not, and early, on time, late, open on time or overdue (`key`), or none of these. */
function bump(r: SummaryRow, received: boolean, key: (typeof COUNTERS)[number] | undefined): void {
  if (received) r.received++;
  if (key !== undefined) r[key]++;
}

/** Where the digits of `YYYY-MM-DD` are. */
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/**
 * The day of a text that is `YYYY-MM-DD` or starts with it and a `T` (an instant), as the number
 * YYYYMMDD: such texts compare as their numbers do. NaN for any other text.
 */
function dayNumber(iso: string): number {
  if (iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45 || (iso.length !== 10 && iso.charCodeAt(10) !== 84)) return NaN;
  let n = 0;
  for (const i of DIGITS) {
    const d = iso.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return NaN;
    n = n * 10 + d;
  }
  return n;
}

function addRow(to: SummaryRow, from: SummaryRow): void {
  for (const k of COUNTERS) to[k] += from[k];
}

function row(m: Map<string, SummaryRow>, key: string): SummaryRow {
  let r = m.get(key);
  if (r === undefined) m.set(key, (r = empty()));
  return r;
}
