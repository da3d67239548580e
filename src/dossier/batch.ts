/**
 * A one-stop register checked dossier by dossier: {@link checkDossiers} for code, and the
 * checker the CLI drives from a reader (a record read from CSV or NDJSON, or a bad line).
 */
import type { Calendar } from '../calendar/calendar.js';
import type { RecordError } from '../compliance/records.js';
import { isVnDeadlinesError } from '../core/errors.js';
import { statusAt, type Dossier, type DossierStatus, type DossierVerdict } from './status.js';
import { toInstantOrEndOfDay, type InstantInput } from './instant.js';
import type { OfficeHours } from './office-hours.js';
import type { Procedure } from './profile.js';
import { resolveProcedure } from './shipped.js';

/** Options of {@link checkDossiers}. */
export interface CheckDossiersOptions {
  /** The instant of the statuses (a day is its end). Default: now. */
  asOf?: InstantInput;
  calendar?: Calendar;
  officeHours?: OfficeHours | object;
  /** Profiles loaded by the user, by id, looked up before the shipped ones. */
  procedures?: ReadonlyMap<string, Procedure>;
}

/** One dossier of a batch: its verdict, or why it could not be checked. */
export interface DossierOutcome {
  /** The line in the file (CSV: where the row starts, the header being line 1), or the position from 1. */
  readonly line: number;
  readonly id: string | null;
  readonly unit: string | null;
  readonly procedure: string | null;
  readonly status: DossierStatus | 'error';
  readonly verdict: DossierVerdict | null;
  readonly error: RecordError | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null);

/** A record as read (CSV strings or NDJSON values) as a {@link Dossier}: the known fields only; `events` may be a JSON text. */
function dossierOf(rec: Record<string, unknown>, o: CheckDossiersOptions): Dossier {
  let events = rec.events;
  if (typeof events === 'string') events = events.trim() === '' ? undefined : JSON.parse(events);
  const procedure =
    typeof rec.procedure === 'string' ? resolveProcedure(rec.procedure, 'checkDossiers', o.procedures) : (rec.procedure as Dossier['procedure']);
  return {
    procedure,
    receivedAt: rec.receivedAt as Dossier['receivedAt'],
    events: events as Dossier['events'],
    resolvedAt: rec.resolvedAt as Dossier['resolvedAt'],
    id: str(rec.id) ?? undefined,
    unit: str(rec.unit) ?? undefined,
    calendar: o.calendar,
    officeHours: o.officeHours,
  };
}

/** The error of a dossier that cannot be checked; anything but a library error or bad `events` JSON is thrown again. */
function errorOf(e: unknown): RecordError {
  if (e instanceof SyntaxError) return { code: 'invalid_data', field: 'events', message: `events is not JSON: ${e.message}` };
  if (!isVnDeadlinesError(e)) throw e;
  // The cause lets a report word the error in its language (errorText of vn-deadlines/messages).
  return Object.defineProperty({ code: e.code, field: e.argument ?? 'record', message: e.reason }, 'cause', { value: e });
}

/** Checks dossiers one by one: the CLI and {@link checkDossiers} share it. @internal */
export class DossierChecker {
  readonly asOf: number;
  constructor(readonly options: CheckDossiersOptions = {}) {
    this.asOf = options.asOf === undefined ? Date.now() : toInstantOrEndOfDay(options.asOf, 'checkDossiers', 'asOf');
  }

  check(value: unknown, line: number): DossierOutcome {
    const rec = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const id = str(rec.id);
    const unit = str(rec.unit);
    const procedure = str(rec.procedure);
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return this.fail(line, { code: 'invalid_data', field: 'record', message: 'a dossier must be an object { procedure, receivedAt, … }' });
    try {
      const verdict = statusAt(dossierOf(rec, this.options), this.asOf);
      return { line, id, unit, procedure: verdict.deadline.procedure, status: verdict.status, verdict, error: null };
    } catch (e) {
      return { line, id, unit, procedure, status: 'error', verdict: null, error: errorOf(e) };
    }
  }

  fail(line: number, error: RecordError): DossierOutcome {
    return { line, id: null, unit: null, procedure: null, status: 'error', verdict: null, error };
  }
}

/**
 * Checks a register of dossiers, lazily, one outcome per dossier in order; a dossier that
 * cannot be checked gives an `error` outcome, never an exception.
 * @example
 * ```ts
 * const out = [...checkDossiers([
 *   { id: 'HS-1', procedure: 'laocai/chung-thuc-ban-sao-tu-so-goc', receivedAt: '2025-03-11T15:20:00+07:00', resolvedAt: '2025-03-12T10:00:00+07:00' },
 *   { id: 'HS-2', procedure: 'no/such', receivedAt: '2025-03-11T09:00:00+07:00' },
 * ], { asOf: '2025-03-31' })];
 * out.map((o) => o.status); // ['onTime', 'error']
 * ```
 */
export function* checkDossiers(dossiers: Iterable<Dossier | Record<string, unknown>>, options: CheckDossiersOptions = {}): Generator<DossierOutcome> {
  const checker = new DossierChecker(options);
  let line = 0;
  for (const d of dossiers) yield checker.check(d, ++line);
}
