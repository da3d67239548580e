/**
 * Records to check, as `checkMany` and `vn-deadlines check` take them: one act each, with its
 * rule (or rules), its facts and the day it was done. Shared by the API and the CLI: the
 * normalising and checking of a record (`RecordChecker`); the file readers are in `read.ts`.
 *
 * A record's fields (CSV columns, NDJSON keys):
 * - `rule`: a rule id; several rules governing the same act separated by `|`
 *   (`hp-2025/local-tthc-publication|nd63/local-publication-before-effect`), or, in JSON, an array;
 * - `actual`: the day the act was done, `YYYY-MM-DD` or an ISO timestamp with offset (taken in
 *   UTC+7); empty: not done yet;
 * - `id` (optional): the record's own reference, carried to the output;
 * - `title` (optional): free text shown in the text and CSV reports;
 * - every other field is a fact, by the rule's fact name (`ministryDecisionDate`,
 *   `effectiveDate`, `effectiveOnSigning` …; `vn-deadlines rules` lists them). Facts a rule does
 *   not declare are ignored; empty cells are absent facts; booleans are `true` or `false`.
 *   In JSON a record may instead carry its facts as an object `facts`.
 */
import type { Calendar } from '../calendar/calendar.js';
import { getDefaultCalendar } from '../calendar/create.js';
import { dayOfInstant, formatDay, tryParseIsoDay, tryParseIsoInstant, type DateInput } from '../core/days.js';
import { errorIn, VnDeadlinesError, type ErrorCode } from '../core/errors.js';
import { showJson } from '../core/args.js';
import type { CompiledRuleImpl } from '../rules/compile.js';
import { runOptionsOf, shippedRules, type RuleSet } from '../rules/registry.js';
import type { DueOptions } from '../rules/options.js';
import { isoDay, todayInVietnam } from '../core/iso-day.js';
import { evaluate } from './evaluate.js';
import type { ComplianceResultImpl } from './result.js';
import { SEVERITY } from './status.js';
import type { ComplianceOptions, ComplianceResult, ComplianceStatus } from './types.js';
import { evaluateWhatIf, whatIfCalendar } from './what-if.js';
import { dayTextProblem, looksDayFirst, parseDayText } from '../core/day-text.js';

/** One act to check, as {@link checkMany} takes it. Every field other than the named ones is a fact. */
export interface CheckRecord {
  /** The record's own reference, carried to the result. */
  id?: string | number | null;
  /** A rule id; several rules (readings of the same act) as an array or separated by `|`. */
  rule: string | readonly string[];
  /** The day the act was done; absent, `null` or `''`: not done yet. */
  actual?: DateInput | null;
  /** Free text carried to the text and CSV reports. */
  title?: string | null;
  /** The facts, when they are not given as fields of the record itself. */
  facts?: Readonly<Record<string, unknown>>;
  /** A fact, by the rule's fact name. */
  [fact: string]: unknown;
}

/** Why a record could not be checked. */
export interface RecordError {
  /** A stable error code (`unknown_rule`, `missing_fact`, `invalid_fact`, `invalid_date`, `out_of_coverage`, `invalid_data`, …). */
  readonly code: ErrorCode;
  /** The field at fault: `rule`, `actual`, `id`, a fact's name, or `record` (a line that is not a record). */
  readonly field: string;
  /** What went wrong, in English (`errorText` of `vn-deadlines/messages` words `cause` in Vietnamese). */
  readonly message: string;
  /** The library error behind it, when there is one (not enumerable: not in JSON reports). */
  readonly cause?: VnDeadlinesError;
}

/** The result of checking one record: its verdicts, or why it could not be checked. */
export interface RecordOutcome {
  /** The record's line in the file (CSV: where it starts, the header being line 1); for records given in code or as a JSON array, its position, from 1. */
  readonly line: number;
  /** The record's `id`, or `null`. */
  readonly id: string | number | null;
  /** The record's `title`, or `null`. */
  readonly title: string | null;
  /** The rule ids as written (`a|b` for two readings), or `null` when the record names none. */
  readonly rule: string | null;
  /** The record's verdict: the most severe of its readings; `error` when it could not be checked. */
  readonly status: ComplianceStatus | 'error';
  /** One verdict per rule, in the order listed; empty for an error. */
  readonly readings: readonly ComplianceResult[];
  /** The reading that sets `status` (the first with the most severe status); `null` for an error. */
  readonly governing: ComplianceResult | null;
  /** The governing reading's due day. */
  readonly due: string | null;
  /** The largest delay in working days among the readings; `null` for an error. */
  readonly workingDaysLate: number | null;
  /** Whether the readings agree (always true for one rule). */
  readonly agree: boolean;
  /** Whether some reading would change under the what-if calendar (see each reading's `whatIfPending`). */
  readonly changedIfPending: boolean;
  /** Why the record could not be checked; `null` otherwise. */
  readonly error: RecordError | null;
}

/** Options of {@link checkMany} and the record checker. */
export interface CheckManyOptions extends Pick<ComplianceOptions, 'calendar' | 'whatIf'>, Pick<DueOptions, 'rules'> {
  /** The day of the check for acts not done yet. Default: today in Vietnam (UTC+7), fixed once for the run. */
  asOf?: DateInput;
}

const NO_READINGS: readonly ComplianceResult[] = Object.freeze([]);

function outcome(
  line: number,
  id: string | number | null,
  title: string | null,
  rule: string | null,
  readings: readonly ComplianceResult[],
  error: RecordError | null,
): RecordOutcome {
  if (error !== null) {
    return {
      line,
      id,
      title,
      rule,
      status: 'error',
      readings: NO_READINGS,
      governing: null,
      due: null,
      workingDaysLate: null,
      agree: true,
      changedIfPending: false,
      error,
    };
  }
  let governing = readings[0];
  let late = governing.workingDaysLate;
  let changed = governing.whatIfPending != null;
  let agree = true;
  for (let i = 1; i < readings.length; i++) {
    const r = readings[i];
    if (r.status !== governing.status) agree = false;
    if (SEVERITY[r.status] < SEVERITY[governing.status]) governing = r;
    if (r.workingDaysLate > late) late = r.workingDaysLate;
    if (r.whatIfPending != null) changed = true;
  }
  return {
    line,
    id,
    title,
    rule,
    status: governing.status,
    readings,
    governing,
    due: governing.due,
    workingDaysLate: late,
    agree,
    changedIfPending: changed,
    error: null,
  };
}

/**
 * For a day written `DD/MM/YYYY`, what to write instead: its ISO form, or why it is no day
 * (`02/13/2025`: month first); else `undefined`. A file's valid day-first dates never come here:
 * the CSV and Excel readers give them as ISO.
 */
function dmyHint(value: unknown): string | undefined {
  if (typeof value !== 'string' || !looksDayFirst(value)) return undefined;
  const iso = parseDayText(value);
  if (iso === undefined) return dayTextProblem(value, 'iso');
  return `write ${iso} if you mean day ${Number(iso.slice(8))} of month ${Number(iso.slice(5, 7))}: dates are YYYY-MM-DD`;
}

function badDate(field: string, value: unknown): RecordError {
  const hint = dmyHint(value) ?? 'write it as YYYY-MM-DD (e.g. 2025-02-11) or as an ISO timestamp with offset (2025-02-11T16:30:00+07:00)';
  const message = `${field} ${showJson(value)} is not a date; ${hint}`;
  // The cause lets errorText (vn-deadlines/messages) word it in the language of the report.
  const cause = new VnDeadlinesError('invalid_date', message, { value, field }, { key: 'record_date' });
  return Object.defineProperty({ code: 'invalid_date' as const, field, message }, 'cause', { value: cause });
}

const TRUE = /^true$/i;
const FALSE = /^false$/i;

/**
 * Checks records one at a time: what `checkMany` and the CLI share. The rule lists, the
 * calendars and the day of the check are resolved once.
 * @internal
 */
export class RecordChecker {
  readonly calendar: Calendar;
  readonly whatIf: Calendar | null;
  readonly asOf: string;
  readonly #rules: RuleSet;
  readonly #due: DueOptions & { calendar: Calendar };
  readonly #alt: (DueOptions & { calendar: Calendar }) | null;
  readonly #onlyPending: boolean;
  readonly #lists = new Map<string, CompiledRuleImpl[] | RecordError>();
  readonly #recent: (string | CompiledRuleImpl[] | RecordError)[] = [];
  readonly #first: string;
  readonly #last: string;

  constructor(opts?: CheckManyOptions, fn = 'checkMany') {
    const options = runOptionsOf(opts, fn);
    this.calendar = options.calendar ?? getDefaultCalendar();
    this.#rules = options.rules ?? shippedRules();
    this.whatIf = whatIfCalendar(options.whatIf, this.calendar, fn);
    this.#onlyPending = options.whatIf === 'pending';
    this.asOf = options.asOf === undefined ? todayInVietnam() : isoDay(options.asOf, fn, 'asOf');
    this.#due = { calendar: this.calendar, rules: this.#rules };
    this.#alt = this.whatIf === null ? null : { calendar: this.whatIf, rules: this.#rules };
    this.#first = this.calendar.firstDate;
    this.#last = this.calendar.lastDate;
    if (this.asOf < this.#first || this.asOf > this.#last) {
      throw errorIn(fn, 'out_of_coverage', `asOf ${this.asOf} is outside the calendar's range ${this.#first}–${this.#last}`, { value: this.asOf });
    }
  }

  /** The compiled rules a `rule` field names, or the error. Cached by the text. */
  #rulesOf(text: string): CompiledRuleImpl[] | RecordError {
    // The few rule texts of a file, compared first: cheaper than hashing a fresh string for the map.
    const recent = this.#recent;
    for (let i = 0; i < recent.length; i += 2) if (recent[i] === text) return recent[i + 1] as CompiledRuleImpl[] | RecordError;
    let hit = this.#lists.get(text);
    if (hit === undefined) {
      const ids = text
        .split('|')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      if (ids.length === 0)
        hit = { code: 'invalid_argument', field: 'rule', message: 'the record names no rule; give a rule id (run `vn-deadlines rules` for the list)' };
      else {
        const list: CompiledRuleImpl[] = [];
        for (const id of ids) {
          const r = this.#rules.find(id) as CompiledRuleImpl | undefined;
          if (r === undefined) {
            hit = { code: 'unknown_rule', field: 'rule', message: `no rule ${JSON.stringify(id)}; run \`vn-deadlines rules\` for the ids` };
            break;
          }
          if (!list.includes(r)) list.push(r);
        }
        hit ??= list;
      }
      if (this.#lists.size < 1024) this.#lists.set(text, hit);
    }
    if (recent.length < 32) recent.push(text, hit);
    return hit;
  }

  /** An outcome for a line that is not a record. */
  fail(line: number, error: RecordError, id: string | number | null = null, rule: string | null = null, title: string | null = null): RecordOutcome {
    return outcome(line, id, title, rule, NO_READINGS, error);
  }

  /** The day of the act from a record's `actual` (null: not done yet), or the error that makes the record bad. */
  #actualOf(rawActual: unknown): string | null | RecordError {
    if (rawActual === undefined || rawActual === null || rawActual === '') return null;
    let actual: string;
    if (typeof rawActual === 'string') {
      if (tryParseIsoDay(rawActual) !== undefined) actual = rawActual;
      else {
        const ms = rawActual.length > 10 ? tryParseIsoInstant(rawActual) : undefined;
        if (ms === undefined) return badDate('actual', rawActual);
        actual = formatDay(dayOfInstant(ms));
      }
    } else {
      try {
        actual = isoDay(rawActual, 'checkMany', 'actual');
      } catch {
        return badDate('actual', rawActual);
      }
    }
    if (actual < this.#first || actual > this.#last) {
      return { code: 'out_of_coverage', field: 'actual', message: `actual ${actual} is outside the calendar's range ${this.#first}–${this.#last}` };
    }
    return actual;
  }

  /** Checks one record (an object from a file or from code) found at `line`. Never throws for bad data. */
  check(value: unknown, line: number): RecordOutcome {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.fail(line, {
        code: 'invalid_data',
        field: 'record',
        message: `expected an object with rule, actual and the facts, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
      });
    }
    const rec = value as Record<string, unknown>;
    const rawId = rec.id;
    const id = rawId === undefined || rawId === null || rawId === '' ? null : typeof rawId === 'string' || typeof rawId === 'number' ? rawId : undefined;
    const title = typeof rec.title === 'string' && rec.title !== '' ? rec.title : null;
    const rawRule = rec.rule;
    const ruleText = typeof rawRule === 'string' ? rawRule : Array.isArray(rawRule) && rawRule.every((r) => typeof r === 'string') ? rawRule.join('|') : null;
    if (id === undefined)
      return this.fail(line, { code: 'invalid_argument', field: 'id', message: `id must be text or a number, got ${typeof rawId}` }, null, ruleText, title);
    if (ruleText === null) {
      const message =
        rawRule === undefined || rawRule === null
          ? 'the record names no rule; give a rule id in the field rule'
          : `rule must be a rule id (or ids separated by |), got ${typeof rawRule}`;
      return this.fail(line, { code: 'invalid_argument', field: 'rule', message }, id, null, title);
    }
    const rules = this.#rulesOf(ruleText);
    if (!Array.isArray(rules)) return this.fail(line, rules, id, ruleText, title);

    const actual = this.#actualOf(rec.actual);
    if (actual !== null && typeof actual !== 'string') return this.fail(line, actual, id, ruleText, title);

    const source = typeof rec.facts === 'object' && rec.facts !== null && !Array.isArray(rec.facts) ? (rec.facts as Record<string, unknown>) : rec;
    const readings: ComplianceResultImpl[] = [];
    for (let k = 0; k < rules.length; k++) {
      const rule = rules[k];
      const facts = factsFor(rule, source);
      let r: ComplianceResultImpl;
      try {
        r = evaluate(rule, facts, actual, this.asOf, this.#due);
        if (this.#alt !== null) r.whatIfPending = evaluateWhatIf(r, rule, facts, this.#alt, this.#onlyPending);
      } catch (e) {
        if (e instanceof VnDeadlinesError) return this.fail(line, errorOf(e, rule, facts), id, ruleText, title);
        throw e;
      }
      const before = actual === null ? null : actBeforeEvent(rule, r, actual);
      if (before !== null) return this.fail(line, before, id, ruleText, title);
      readings.push(r);
    }
    return outcome(line, id, title, ruleText, readings, null);
  }
}

/**
 * For a deadline counted forward from an event (an offset after a fact, "immediately after"),
 * the error of an act dated before that event: the act cannot come before what triggers it (a
 * list "published" before the ministry's decision), so one of the two dates is wrong. Without
 * this the act would be on time by any margin. An act on the day of the event is fine; a window
 * that opens after an event already gives `tooEarly`; a count back from a fact (publish before
 * the effective date) expects an act before it.
 */
function actBeforeEvent(rule: CompiledRuleImpl, r: ComplianceResultImpl, actual: string): RecordError | null {
  const res = r.dueResult;
  if (res === null || !res.isDeadline || res.from === null || actual >= res.from) return null;
  const d = rule.variants.find((v) => v.id === res.variant)?.deadline;
  if (d === undefined || !((d.kind === 'offset' && d.direction === 'after') || d.kind === 'immediatelyAfter')) return null;
  const message = `actual ${actual} is before ${d.from} ${res.from}, the event the deadline counts from: an act cannot precede what triggers it; check both dates`;
  // The cause lets a report word it in its language (errorText of vn-deadlines/messages).
  const cause = new VnDeadlinesError('actual_before_event', message, { value: actual, field: 'actual' });
  return Object.defineProperty({ code: 'actual_before_event' as const, field: 'actual', message }, 'cause', { value: cause });
}

/**
 * The declared facts of a rule from a record: empty text is absent; `true`/`false` text is a
 * boolean for a boolean fact. The record itself when nothing needs changing (facts it does not
 * declare are ignored by the rule anyway).
 */
function factsFor(rule: CompiledRuleImpl, source: Record<string, unknown>): Record<string, unknown> {
  const list = rule.factList;
  let i = 0;
  for (; i < list.length; i++) {
    const v = list[i].read(source);
    if (v === '' || (typeof v === 'string' && list[i].spec.type === 'boolean')) break;
  }
  if (i === list.length) return source;
  const out: Record<string, unknown> = {};
  for (let k = 0; k < list.length; k++) {
    const f = list[k];
    let v = f.read(source);
    if (v === undefined || v === null || v === '') continue;
    if (f.spec.type === 'boolean' && typeof v === 'string') v = TRUE.test(v) ? true : FALSE.test(v) ? false : v;
    out[f.name] = v;
  }
  return out;
}

/** The functions a record's check runs through: their names are left out of a record error's message. */
const CHECKING = new Set(['dueDate', 'checkCompliance', 'checkMany']);

/** A library error as a record error: the field at fault and the message without the function's name. */
function errorOf(e: VnDeadlinesError, rule: CompiledRuleImpl, facts: Record<string, unknown>): RecordError {
  let message = e.fn !== undefined && CHECKING.has(e.fn) ? e.reason : e.message;
  let field = typeof e.details.fact === 'string' ? e.details.fact : 'facts';
  if (e.code === 'invalid_fact' && e.details.type === 'date') {
    const hint = dmyHint(e.details.value);
    if (hint !== undefined) message = message.replace(/; fix the value$/, '') + '; ' + hint;
  }
  if (e.code === 'out_of_coverage') {
    const dates = rule.factList.filter((f) => f.spec.type === 'date' && facts[f.name] !== undefined).map((f) => f.name);
    field = dates.find((n) => facts[n] === e.details.value) ?? dates[0] ?? 'facts';
  }
  return Object.defineProperty({ code: e.code, field, message }, 'cause', { value: e });
}
