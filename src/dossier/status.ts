/** `dossierStatus`: where a dossier stands at an instant — early, on time, late, open, overdue or awaiting supplements. */
import type { LocalizedText } from '../calendar/types.js';
import { invalidArgument } from '../core/args.js';
import { formatDay } from '../core/days.js';
import { latestDue } from './clock.js';
import { computeDeadline, type Computed, type DossierDeadline, type DossierDeadlineInput } from './deadline.js';
import { dayOf, formatInstant, instantText, toInstant, toInstantOrEndOfDay, type InstantInput } from './instant.js';
import { messages } from './messages.js';

/**
 * A dossier's status at an instant (the vocabulary of `checkCompliance`, with one-stop additions):
 * `early` (resolved before the appointment day), `onTime`, `late`, `open` (not due yet),
 * `overdue` (open past its appointment), `suspended` (the clock stopped, awaiting supplements),
 * `stopped` (processing stopped without a result, *dừng giải quyết*).
 */
export type DossierStatus = 'early' | 'onTime' | 'late' | 'open' | 'overdue' | 'suspended' | 'stopped';

/** A dossier of a one-stop register. */
export interface Dossier extends DossierDeadlineInput {
  /** Your reference (số hồ sơ), carried to the output. */
  id?: string;
  /** The unit that handles it, for the summary. */
  unit?: string;
  /** When the result was returned; absent or `null`: not yet. */
  resolvedAt?: InstantInput | null;
}

/** Options of {@link dossierStatus}. */
export interface DossierStatusOptions {
  /** The instant of the status (a day `YYYY-MM-DD` is its end); events and a result after it are ignored. Default: now. */
  asOf?: InstantInput;
}

/** The answer of {@link dossierStatus}. */
export interface DossierVerdict {
  readonly status: DossierStatus;
  readonly id: string | null;
  readonly unit: string | null;
  readonly deadline: DossierDeadline;
  /** The appointment judged against (`+07:00`): the original (default) or the latest, as the profile says. */
  readonly judgedAgainst: string | null;
  readonly resolvedAt: string | null;
  readonly asOf: string;
  /** Delay in the profile's unit for `late` and `overdue` (working hours to 2 decimals); 0 otherwise. */
  readonly lateBy: number;
  readonly verdict: LocalizedText;
  /** The deadline's explanation, then the verdict. */
  readonly explanation: LocalizedText;
}

const FN = 'dossierStatus';

/**
 * The status of a dossier at `asOf`, explained in Vietnamese and English.
 * @throws VnDeadlinesError `invalid_argument` as {@link dossierDeadline}, or for a result before receipt
 * @example
 * ```ts
 * const v = dossierStatus(
 *   { procedure: 'example/ho-tich-3-ngay-lam-viec', receivedAt: '2025-01-24T16:45:00+07:00', resolvedAt: '2025-02-07T09:00:00+07:00' },
 *   { asOf: '2025-03-31' },
 * );
 * v.status;  // 'late'
 * v.lateBy;  // 1 (working day)
 * ```
 */
export function dossierStatus(dossier: Dossier, options: DossierStatusOptions = {}): DossierVerdict {
  if (typeof dossier !== 'object' || dossier === null) throw invalidArgument(FN, 'dossier', 'an object { procedure, receivedAt, … }', dossier);
  return statusAt(dossier, options.asOf === undefined ? Date.now() : toInstantOrEndOfDay(options.asOf, FN, 'asOf'));
}

/** {@link dossierStatus} of a dossier (an object) at `asOf` in epoch ms: a register's checker fixes it once. @internal */
export function statusAt(dossier: Dossier, asOf: number): DossierVerdict {
  const resolvedRaw = dossier.resolvedAt == null || dossier.resolvedAt === '' ? null : toInstant(dossier.resolvedAt, FN, 'resolvedAt');
  const c = computeDeadline(dossier, FN, asOf);
  if (resolvedRaw !== null && resolvedRaw < c.received) throw invalidArgument(FN, 'resolvedAt', 'an instant on or after receivedAt', dossier.resolvedAt);
  const resolved = resolvedRaw !== null && resolvedRaw <= asOf ? resolvedRaw : null;
  const judged = c.procedure.judgeAgainst === 'latest' ? latestDue(c.state) : c.state.clockDue;
  const status = classify(c, judged, resolved, asOf);
  const lateBy = status === 'late' || status === 'overdue' ? delay(c, judged, resolved ?? asOf) : 0;
  // The appointment judged against is most often the latest, whose text the deadline has made.
  const due = Number.isNaN(judged) ? '' : judged === latestDue(c.state) ? c.result.dueAt! : formatInstant(judged);
  return new Verdict(
    {
      status,
      id: dossier.id ?? null,
      unit: dossier.unit ?? null,
      deadline: c.result,
      judgedAgainst: due || null,
      resolvedAt: resolved === null ? null : instantText(dossier.resolvedAt, resolved),
      asOf: asOfText(asOf),
      lateBy,
    },
    status === 'stopped' ? c.state.stopped : (resolved ?? asOf),
    c.procedure.unit,
    c.state.reappointments.length > 0 && c.procedure.judgeAgainst === 'original',
    status === 'suspended' ? closureDue(c.state.suspendedAt, asOf) : undefined,
  );
}

/**
 * Days after a supplement request after which the one-stop desk closes a dossier whose supplements
 * have not come: "Sau 15 ngày kể từ khi thông báo …" (NĐ 118/2025/NĐ-CP Điều 19 khoản 5; "ngày",
 * calendar days, unless a sector law sets another time).
 */
const CLOSE_AFTER_DAYS = 15;

/** For a dossier awaiting supplements at `asOf`: the request and the last of its 15 days, once those have run out. */
function closureDue(requested: number, asOf: number): Closure | undefined {
  const lastDay = dayOf(requested) + CLOSE_AFTER_DAYS;
  return dayOf(asOf) > lastDay ? { requested, lastDay } : undefined;
}

let lastAsOf = NaN;
let lastAsOfText = '';
/** The text of `asOf`, the same for a whole batch: made once. */
function asOfText(ms: number): string {
  if (ms !== lastAsOf) [lastAsOf, lastAsOfText] = [ms, formatInstant(ms)];
  return lastAsOfText;
}

type Msg = (typeof messages)['vi'];

/** A dossier past the 15 days it had to complete its supplements: when they were requested, the last of the days (a day number). */
interface Closure {
  requested: number;
  lastDay: number;
}

/** A verdict, its sentences made on first access (a batch report reads one language). */
class Verdict implements DossierVerdict {
  readonly status!: DossierStatus;
  readonly id!: string | null;
  readonly unit!: string | null;
  readonly deadline!: DossierDeadline;
  readonly judgedAgainst!: string | null;
  readonly resolvedAt!: string | null;
  readonly asOf!: string;
  readonly lateBy!: number;
  #at: number;
  #unit: 'workingDays' | 'workingHours';
  #judgedNote: boolean;
  #closure: Closure | undefined;
  constructor(
    eager: Omit<DossierVerdict, 'verdict' | 'explanation'>,
    at: number,
    unit: 'workingDays' | 'workingHours',
    judgedNote: boolean,
    closure: Closure | undefined,
  ) {
    // Field by field (not Object.assign): made once per dossier of a register.
    this.status = eager.status;
    this.id = eager.id;
    this.unit = eager.unit;
    this.deadline = eager.deadline;
    this.judgedAgainst = eager.judgedAgainst;
    this.resolvedAt = eager.resolvedAt;
    this.asOf = eager.asOf;
    this.lateBy = eager.lateBy;
    this.#at = at;
    this.#unit = unit;
    this.#judgedNote = judgedNote;
    this.#closure = closure;
  }
  line(m: Msg): string {
    const at = formatInstant(this.#at);
    const due = this.judgedAgainst ?? '';
    switch (this.status) {
      case 'early':
        return m.verdictEarly(at, due);
      case 'onTime':
        return m.verdictOnTime(at, due);
      case 'late':
        return m.verdictLate(at, due, this.lateBy, this.#unit);
      case 'open':
        return m.verdictOpen(at, due);
      case 'overdue':
        return m.verdictOverdue(at, due, this.lateBy, this.#unit);
      case 'stopped':
        return m.verdictStopped(at);
      default: {
        const c = this.#closure;
        return c ? m.verdictSuspendedClose(at, formatInstant(c.requested), formatDay(c.lastDay)) : m.verdictSuspended(at);
      }
    }
  }
  get verdict(): LocalizedText {
    return { vi: this.line(messages.vi), en: this.line(messages.en) };
  }
  get explanation(): LocalizedText {
    const ex = this.deadline.explanation;
    const v = this.verdict;
    const note = (t: string) => (this.#judgedNote ? [t] : []);
    return { vi: [ex.vi, ...note(messages.vi.judgedOriginal), v.vi].join('\n'), en: [ex.en, ...note(messages.en.judgedOriginal), v.en].join('\n') };
  }
  toJSON(): object {
    return { ...this, verdict: this.verdict, explanation: this.explanation };
  }
}

/** The status (the delay apart: a register's dossiers are mostly not late, and no pair is made for them). */
function classify(c: Computed, judged: number, resolved: number | null, asOf: number): DossierStatus {
  if (!Number.isNaN(c.state.stopped) && (resolved === null || resolved >= c.state.stopped)) return 'stopped';
  if (Number.isNaN(judged)) return resolved === null ? 'suspended' : 'onTime';
  const at = resolved ?? asOf;
  if (at <= judged) return resolved === null ? 'open' : dayOf(at) < dayOf(judged - 1) ? 'early' : 'onTime';
  return resolved === null ? 'overdue' : 'late';
}

/** The delay of a `late` or `overdue` dossier at `at`, in the profile's unit (working hours to 2 decimals). */
function delay(c: Computed, judged: number, at: number): number {
  if (c.procedure.unit === 'workingDays') return c.wt.calendar.dayWorkingDaysBetween(dayOf(judged - 1), dayOf(at));
  return Math.round((c.wt.between(judged, at, Infinity) / 3_600_000) * 100) / 100;
}
