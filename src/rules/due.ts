/**
 * `dueDate`, `occurrences`, `selectVariant`, `normalizeFacts`: the rules put to work.
 *
 * The hot path (`dueDate`) parses the facts, runs the variant's compiled conditions and its
 * compiled deadline, asks the calendar (O(1)) for the last working day and the dependencies,
 * and builds one result object. Steps and the explanation are computed on first access.
 */
import type { Calendar } from '../calendar/calendar.js';
import { getDefaultCalendar } from '../calendar/create.js';
import type { LocalizedText, PendingNotice } from '../calendar/types.js';
import { tryParseIsoDay } from '../core/days.js';
import { errorIn, VnDeadlinesError } from '../core/errors.js';
import { invalidArgument, show } from '../core/args.js';
import type { CompiledRuleImpl, CompiledVariant } from './compile.js';
import { periodsOf } from './deadline.js';
import { buildExplanation } from './explain.js';
import { buildSteps } from './steps.js';
import { expects, type FactValue } from './facts.js';
import { resolveRule, runOptionsOf } from './registry.js';
import type { DeadlineKind, LegalRef } from './schema.js';
import type { CompiledRule, DataPeriod, DueResult, DueResultJson, DueStep } from './types.js';
import type { DueOptions } from './options.js';
import { isoDay, shiftIsoDay } from '../core/iso-day.js';

const NO_PENDING: readonly PendingNotice[] = Object.freeze([]);
const NO_VALUES: (FactValue | undefined)[] = Object.freeze([]) as unknown as (FactValue | undefined)[];

/**
 * A day number that stands for "no day": a small integer (not `NaN`), so that V8 keeps the day
 * fields of results unboxed.
 * @internal
 */
const NO_DAY = -(2 ** 30);

/**
 * The result of `dueDate`; steps and explanation are lazy. It holds only what the computation
 * makes (each field costs time on every call): what follows from the facts (`from`, `period`,
 * `target`) is read back from them on access. @internal
 */
class DueResultImpl implements DueResult {
  due: string | null = null;
  windowStart: string | null = null;
  lastWorkingDay: string | null = null;
  dataPeriod: DataPeriod | null = null;
  dependsOnProvisional = false;
  pending: readonly PendingNotice[] = NO_PENDING;
  /** @internal Day numbers of the day before rolling (offsets, fixed, periodic) and of `due` ({@link NO_DAY} when absent). */
  targetDay = NO_DAY;
  dueDay = NO_DAY;

  readonly #variant: CompiledVariant;
  readonly #values: readonly (FactValue | undefined)[];
  readonly #calendar: Calendar;
  #lazy: { steps?: readonly DueStep[]; explanation?: LocalizedText } | undefined;

  constructor(variant: CompiledVariant, values: readonly (FactValue | undefined)[], calendar: Calendar) {
    this.#variant = variant;
    this.#values = values;
    this.#calendar = calendar;
  }

  get from(): string | null {
    const d = this.#variant.compiled;
    return d.fact < 0 || d.kind === 'periodic' ? null : (this.#values[d.fact] as string);
  }
  get period(): string | null {
    const d = this.#variant.compiled;
    return d.kind === 'periodic' ? (this.#values[d.fact] as string) : null;
  }
  /** @internal The day before rolling (offsets, fixed, periodic). */
  get target(): string | null {
    return this.targetDay === NO_DAY ? null : this.#calendar.dayIso(this.targetDay);
  }

  get dataVersion(): string {
    return this.#calendar.dataVersion;
  }

  get ruleId(): string {
    return this.#variant.rule.id;
  }
  get title(): LocalizedText {
    return this.#variant.rule.title;
  }
  get variant(): string {
    return this.#variant.id;
  }
  get kind(): DeadlineKind {
    return this.#variant.compiled.kind;
  }
  get isDeadline(): boolean {
    return this.#variant.rule.isDeadline;
  }
  get interpretation(): LocalizedText | null {
    return this.#variant.interpretation ?? this.#variant.rule.interpretation;
  }
  /**
   * The legal basis in force on the day that decides which text applies: the variant's `validOn`
   * fact when it has one (the version of the text chosen), else the due day. An entry whose
   * `validFrom` / `validTo` leave that day out is not cited (NĐ 61/2018 for a task due after
   * 30/06/2025, say). Without such a day, every entry, each with its dates of validity.
   */
  get legalBasis(): readonly LegalRef[] {
    const v = this.#variant;
    const on = v.validOn === null ? undefined : v.rule.factList.find((f) => f.name === v.validOn);
    const day = on === undefined ? this.due : ((this.#values[on.index] as string | undefined) ?? this.due);
    return basisInForce(v.rule.legalBasis, day);
  }
  get note(): LocalizedText | null {
    return this.#variant.compiled.note;
  }

  get facts(): Readonly<Record<string, FactValue>> {
    const out: Record<string, FactValue> = {};
    for (const f of this.#variant.rule.factList) {
      const v = this.#values[f.index];
      if (v !== undefined) out[f.name] = v;
    }
    return out;
  }

  get steps(): readonly DueStep[] {
    const lazy = (this.#lazy ??= {});
    return (lazy.steps ??= buildSteps(this, this.#variant.rule, this.#variant, this.#calendar));
  }

  get explanation(): LocalizedText {
    const lazy = (this.#lazy ??= {});
    return (lazy.explanation ??= buildExplanation(this, this.#variant.rule, this.#variant));
  }

  toJSON(): DueResultJson {
    return {
      ruleId: this.ruleId,
      title: this.title,
      variant: this.variant,
      kind: this.kind,
      isDeadline: this.isDeadline,
      from: this.from,
      due: this.due,
      windowStart: this.windowStart,
      lastWorkingDay: this.lastWorkingDay,
      period: this.period,
      dataPeriod: this.dataPeriod,
      dependsOnProvisional: this.dependsOnProvisional,
      pending: this.pending,
      dataVersion: this.dataVersion,
      interpretation: this.interpretation,
      legalBasis: this.legalBasis,
      note: this.note,
      facts: this.facts,
      steps: this.steps,
      explanation: this.explanation,
    };
  }
}

/** The entries of a legal basis in force on a day (all of them when `day` is `null`). @internal */
function basisInForce(basis: readonly LegalRef[], day: string | null): readonly LegalRef[] {
  if (day === null || !basis.some((b) => b.validFrom !== undefined || b.validTo !== undefined)) return basis;
  return basis.filter((b) => (b.validFrom === undefined || b.validFrom <= day) && (b.validTo === undefined || day <= b.validTo));
}

function missingFact(fn: string, rule: CompiledRuleImpl, name: string, variant?: CompiledVariant): VnDeadlinesError {
  const spec = rule.facts[name];
  const why = variant ? ` (variant '${variant.id}' counts from it)` : '';
  return errorIn(
    fn,
    'missing_fact',
    `rule '${rule.id}' needs fact '${name}'${why}: ${spec.description.en}; pass it as ${expects(spec)}`,
    { ruleId: rule.id, fact: name, type: spec.type, description: spec.description, ...(variant ? { variant: variant.id } : {}) },
  );
}

/**
 * Parses the facts a rule declares into positions: fact `i` at `i`, and for a date fact its day
 * number at `n + i` (n facts), so that deadlines never parse a date twice. @internal
 */
function parseFacts(rule: CompiledRuleImpl, facts: unknown, fn: string): (FactValue | undefined)[] {
  facts ??= {};
  if (typeof facts !== 'object' || Array.isArray(facts)) {
    throw errorIn(fn, 'invalid_fact', `rule '${rule.id}': facts must be an object of name → value, got ${show(facts)}`, {
      ruleId: rule.id,
    });
  }
  const list = rule.factList;
  const n = list.length;
  if (n === 0) return NO_VALUES;
  const values = new Array<FactValue | undefined>(2 * n);
  for (let i = 0; i < n; i++) {
    const f = list[i];
    const raw = f.read(facts!);
    let v: FactValue | undefined;
    if (raw === undefined || raw === null) {
      if (f.defaultValue !== undefined) v = f.defaultValue;
      else if (f.required) throw missingFact(fn, rule, f.name);
    } else if (f.isDate && typeof raw === 'string') {
      const day = tryParseIsoDay(raw);
      if (day === undefined) v = f.parse(raw, fn);
      else {
        values[i] = raw;
        (values as unknown[])[n + i] = day;
        continue;
      }
    } else {
      v = f.parse(raw, fn);
    }
    values[i] = v;
    if (f.isDate && v !== undefined) (values as unknown[])[n + i] = tryParseIsoDay(v as string);
  }
  return values;
}

function pick(rule: CompiledRuleImpl, values: readonly (FactValue | undefined)[]): CompiledVariant | undefined {
  if (rule.always !== null) return rule.always;
  const vs = rule.variants;
  for (let i = 0; i < vs.length; i++) {
    const test = vs[i].test;
    if (test === null || test(values)) return vs[i];
  }
  return undefined;
}

function noVariant(fn: string, rule: CompiledRuleImpl, values: readonly (FactValue | undefined)[]): VnDeadlinesError {
  const facts: Record<string, FactValue> = {};
  rule.factList.forEach((f) => {
    if (values[f.index] !== undefined) facts[f.name] = values[f.index]!;
  });
  const conditions = rule.variants.map((v) => ({ variant: v.id, when: v.when }));
  return errorIn(
    fn,
    'no_variant',
    `rule '${rule.id}': no variant's conditions hold for facts ${JSON.stringify(facts)}; conditions: ${conditions
      .map((c) => `${c.variant}: ${JSON.stringify(c.when)}`)
      .join('; ')}`,
    { ruleId: rule.id, facts, conditions },
  );
}


/**
 * The days an answer rests on (both ends included): after the fact up to the due day for a
 * count forward; from the due day up to the day before the fact for a count back; otherwise
 * the days between the unrolled and the rolled due day and those from the last working day to
 * the due day. The fact day itself never counts.
 */
function exactSpan(span: CompiledVariant['compiled']['span'], from: string | null, target: string | null, due: string, lwd: string): [string, string] {
  if (span === 'countAfter') return [shiftIsoDay(from!, 1), due];
  if (span === 'countBefore') return [due, shiftIsoDay(from!, -1)];
  const t = target ?? due;
  return [t < lwd ? t : lwd, t > due ? t : due];
}

function compute(rule: CompiledRuleImpl, values: readonly (FactValue | undefined)[], cal: Calendar, fn: string): DueResultImpl {
  const variant = pick(rule, values);
  if (variant === undefined) throw noVariant(fn, rule, values);
  const fact = variant.compiled.fact;
  if (fact >= 0 && values[fact] === undefined) throw missingFact(fn, rule, rule.factList[fact].name, variant);
  const out = new DueResultImpl(variant, values, cal);
  try {
    variant.compiled.compute(values, cal, out);
    const due = out.due;
    if (due === null) return out;
    const span = variant.compiled.span;
    const dueDay = out.dueDay;
    const lwdDay = variant.compiled.working ? dueDay : cal.dayRoll(dueDay, 'preceding', 'roll');
    out.lastWorkingDay = lwdDay === dueDay ? due : cal.dayIso(lwdDay);
    // A superset of the days the answer rests on first (on day numbers, no allocation); the
    // exact span only when that finds something (a provisional day, a pending announcement).
    let lo = lwdDay;
    let hi = dueDay;
    if (span !== 'target') {
      // A count from a fact: its day number is kept beside the fact's text.
      const fromDay = values[variant.compiled.factDay] as unknown as number;
      if (fromDay < lo) lo = fromDay;
      if (fromDay > hi) hi = fromDay;
    }
    const targetDay = out.targetDay;
    if (targetDay !== NO_DAY) {
      if (targetDay < lo) lo = targetDay;
      if (targetDay > hi) hi = targetDay;
    }
    if (cal.dayDependencyMask(lo, hi, 'dependencies') !== 0) {
      const deps = cal.dependencies(...exactSpan(span, out.from, out.target, due, out.lastWorkingDay));
      out.dependsOnProvisional = deps.provisional;
      if (deps.pending.length > 0) out.pending = Object.freeze(deps.pending);
    }
  } catch (e) {
    if (e instanceof VnDeadlinesError && e.code === 'out_of_coverage') {
      throw errorIn(fn, 'out_of_coverage', `rule '${rule.id}', variant '${variant.id}': ${e.message}`, { ...e.details, ruleId: rule.id });
    }
    throw e;
  }
  return out;
}

/**
 * The due day of a rule for the facts given, with the window start, the last working day on
 * or before it, the variant chosen, the provisional / pending flags, the steps taken and a
 * bilingual explanation with the legal basis. Synchronous.
 *
 * Counting follows Bộ luật Dân sự 2015, Điều 144–148 (docs/domain.md#counting-periods): N
 * working days after E is the N-th working day strictly after E; N calendar days after E is
 * E + N rolled `following`; at least N days before X is X − N rolled `preceding`; `before D`
 * is D − 1 and `onOrBefore D` is D, not rolled. `steps` and
 * `explanation` are computed on first access (getters); `JSON.stringify(result)` includes them.
 *
 * @param rule - a rule id (`'hp-2025/central-tthc-list'`), a rule from {@link getRule} or `compileRule` (`vn-deadlines/validate`)
 * @param facts - the facts by name; dates as anything `toDay` accepts ('YYYY-MM-DD', an ISO
 *   timestamp with offset, a JS Date, a luxon DateTime); facts the rule does not declare are ignored
 * @param options - `calendar` (default: the default calendar), `rules` (where ids are looked up)
 * @returns the {@link DueResult}
 * @throws VnDeadlinesError `unknown_rule`, `invalid_rule` (a raw rule object: compile it first),
 *   `missing_fact`, `invalid_fact`, `no_variant` (with the conditions), `out_of_coverage`
 * @example
 * ```ts
 * const r = dueDate('hp-2025/central-tthc-list', { ministryDecisionDate: '2025-01-20' });
 * r.due; // '2025-02-10': 10 working days, Tết 27–31/01 skipped
 * r.explanation.en;
 * ```
 */
export function dueDate(rule: string | CompiledRule, facts: Readonly<Record<string, unknown>>, options?: DueOptions): DueResult {
  const o = options === undefined ? undefined : runOptionsOf(options, 'dueDate');
  const r = resolveRule(rule, o?.rules, 'dueDate');
  const values = parseFacts(r, facts, 'dueDate');
  return compute(r, values, o?.calendar ?? getDefaultCalendar(), 'dueDate');
}

/**
 * Which variant of a rule the facts select (the first whose conditions hold), without
 * computing the deadline: what json-rules-engine would select.
 *
 * @param rule - a rule id, a rule from {@link getRule} or `compileRule` (`vn-deadlines/validate`)
 * @param facts - the facts by name, as for {@link dueDate}
 * @param options - `rules`: where ids are looked up (default: the shipped rules)
 * @returns the variant id, or `null` when no variant's conditions hold
 * @throws VnDeadlinesError `unknown_rule`, `missing_fact` (a required fact), `invalid_fact`
 * @example `selectVariant('hp-2025/local-tthc-publication', { effectiveOnSigning: true, signedDate: '2025-01-24' }) // 'on-signing'`
 */
export function selectVariant(
  rule: string | CompiledRule,
  facts: Readonly<Record<string, unknown>>,
  options?: Pick<DueOptions, 'rules'>,
): string | null {
  const r = resolveRule(rule, options === undefined ? undefined : runOptionsOf(options, 'selectVariant').rules, 'selectVariant');
  return pick(r, parseFacts(r, facts, 'selectVariant'))?.id ?? null;
}

/**
 * The facts as the rule's conditions see them: declared facts only, dates as 'YYYY-MM-DD',
 * defaults filled in, absent optional facts left out. Feed this to json-rules-engine (with
 * `allowUndefinedFacts: true`) when running `toEngineRules` (from `vn-deadlines/engine`) yourself.
 *
 * @param rule - a rule id, a rule from {@link getRule} or `compileRule` (`vn-deadlines/validate`)
 * @param facts - the facts by name, as for {@link dueDate}
 * @param options - `rules`: where ids are looked up (default: the shipped rules)
 * @returns the normalised facts, by name
 * @throws VnDeadlinesError `unknown_rule`, `missing_fact`, `invalid_fact`
 * @example
 * ```ts
 * normalizeFacts('hp-2025/central-tthc-list', { ministryDecisionDate: new Date('2025-01-20T10:00:00+07:00') });
 * // { ministryDecisionDate: '2025-01-20' }
 * ```
 */
export function normalizeFacts(
  rule: string | CompiledRule,
  facts: Readonly<Record<string, unknown>>,
  options?: Pick<DueOptions, 'rules'>,
): Record<string, FactValue> {
  const r = resolveRule(rule, options === undefined ? undefined : runOptionsOf(options, 'normalizeFacts').rules, 'normalizeFacts');
  const values = parseFacts(r, facts, 'normalizeFacts');
  const out: Record<string, FactValue> = {};
  for (const f of r.factList) if (values[f.index] !== undefined) out[f.name] = values[f.index]!;
  return out;
}

/**
 * The occurrences of a periodic rule whose due day lies in `[from, to]` (both included), each
 * as a {@link DueResult} (period, data period, due day, last working day…), in date order.
 * Periods for which no variant's conditions hold (e.g. outside the plan's year) are left out.
 * At the calendar's edges: a period whose unrolled due day lies outside `[from, to]` and
 * cannot be computed (e.g. December 2100, due in January 2101) is left out as not asked for;
 * one whose unrolled due day lies inside `[from, to]` but whose answer needs days outside the
 * calendar fails with `out_of_coverage`, never silently dropped.
 *
 * @param rule - a periodic rule (id or object)
 * @param from - first day, anything `toDay` accepts
 * @param to - last day
 * @param opts - `facts` (other facts the rule reads), `calendar`, `rules`
 * @throws VnDeadlinesError `unknown_rule`, `invalid_argument` (not a periodic rule, or to before
 *   from), `invalid_date`, `missing_fact`, `invalid_fact`, `out_of_coverage`
 * @example
 * ```ts
 * occurrences('nd09/quarterly-report', '2025-01-01', '2025-12-31').map((o) => o.due);
 * // ['2025-03-25', '2025-06-25', '2025-09-25', '2025-12-25']
 * ```
 */
export function occurrences(
  rule: string | CompiledRule,
  from: unknown,
  to: unknown,
  opts?: DueOptions & { facts?: Readonly<Record<string, unknown>> },
): DueResult[] {
  const fn = 'occurrences';
  const options = runOptionsOf(opts, fn);
  if (options.facts !== undefined && (typeof options.facts !== 'object' || options.facts === null || Array.isArray(options.facts))) {
    throw invalidArgument(fn, 'options.facts', 'an object of name → value', options.facts);
  }
  const r = resolveRule(rule, options.rules, fn);
  type Periodic = Extract<CompiledRule['variants'][number]['deadline'], { kind: 'periodic' }>;
  const periodic = r.variants.filter((v) => v.deadline.kind === 'periodic').map((v) => v.deadline) as Periodic[];
  const keys = new Set(periodic.map((d) => `${d.periodFact}:${d.frequency}`));
  if (keys.size !== 1) {
    throw errorIn(fn, 'invalid_argument', `rule '${r.id}' is not periodic (its kinds: ${r.kinds.join(', ')}); use dueDate`, { ruleId: r.id });
  }
  const { periodFact, frequency } = periodic[0];
  const lo = isoDay(from, fn, 'from');
  const hi = isoDay(to, fn, 'to');
  if (hi < lo) throw errorIn(fn, 'invalid_argument', `'to' (${hi}) is before 'from' (${lo}); swap them`, { from: lo, to: hi }, undefined, 'range_reversed');
  const cal = options.calendar ?? getDefaultCalendar();
  const out: DueResultImpl[] = [];
  for (const p of periodsOf(frequency, Number(lo.slice(0, 4)) - 1, Number(hi.slice(0, 4)) + 1)) {
    const values = parseFacts(r, { ...options.facts, [periodFact]: p }, fn);
    const variant = pick(r, values);
    if (variant?.deadline.kind !== 'periodic') continue;
    // The unrolled due day needs no calendar: skip far periods before asking it (a roll moves a day by a few days at most).
    const target = variant.compiled.periodTarget(values[variant.compiled.fact] as string);
    if (target < shiftIsoDay(lo, -40) || target > shiftIsoDay(hi, 40)) continue;
    let res: DueResultImpl;
    try {
      res = compute(r, values, cal, fn);
    } catch (e) {
      // A period just outside the range whose due day the calendar cannot reach (the month
      // after its last year): not asked for. One inside the range still fails.
      if (e instanceof VnDeadlinesError && e.code === 'out_of_coverage' && (target < lo || target > hi)) continue;
      throw e;
    }
    if (res.due !== null && res.due >= lo && res.due <= hi) out.push(res);
  }
  return out.sort((a, b) => (a.due! < b.due! ? -1 : a.due! > b.due! ? 1 : 0));
}

