/**
 * `checkCompliance`: did an act meet its deadline? A verdict is a result, never an exception:
 * a late filing is `late`, a missing one past its due day `overdue`. Exceptions are kept for
 * input that cannot be judged (an unknown rule, a bad date, a missing fact).
 *
 * The hot path (`evaluate`) runs `dueDate`, compares day numbers and asks the calendar (O(1))
 * for the working days between the due day and the act; the verdict sentence and the
 * explanation are built only when read.
 */
import { getDefaultCalendar } from '../calendar/create.js';
import { isoDay, todayInVietnam } from '../core/iso-day.js';
import { VnDeadlinesError } from '../core/errors.js';
import { resolveRule, runOptionsOf } from '../rules/registry.js';
import { show } from '../core/args.js';
import { evaluate } from './evaluate.js';
import { ComplianceReadingsImpl } from './readings.js';
import type { ComplianceResultImpl } from './result.js';
import type { ComplianceInput, ComplianceOptions, ComplianceReadings, ComplianceResult, RuleRef } from './types.js';
import { evaluateWhatIf, whatIfCalendar } from './what-if.js';

/**
 * Whether an act met its deadline: the verdict (`onTime`, `late`, `tooEarly`, `open`,
 * `overdue`, `notApplicable`), the due day, the margin or delay in calendar days and in
 * working days, and the `dueDate` explanation with one verdict sentence as its last line, in
 * Vietnamese and English. A late or missing act is a verdict, never an exception.
 *
 * The act is on time on the due day itself (a period ends at 24:00 of its last day, BLDS 2015
 * Điều 148). An instant is taken in Vietnam (UTC+7): `2025-02-10T23:30:00+07:00` is 10/02, but
 * `2025-02-10T23:30:00Z` is 06:30 on 11/02. For a rule that is not a deadline (an earliest
 * allowed day, e.g. `luat-64-2025/earliest-effective-date`), an act on or after that day is
 * `onTime` and one before it `tooEarly`. `tooEarly` also applies before the start of a window:
 * a calendar window ("trong tháng 02/2025" done in January, "trong năm 2025" done on
 * 30/12/2024) as well as one that opens on an event or after a data period.
 *
 * With `rules` (several rules governing the same act, e.g. the plan's "05 ngày" and NĐ 63/2010's
 * "05 ngày làm việc"), returns one verdict per rule and the most severe as `status`.
 *
 * @param input - `rule` (or `rules`), `facts`, `actual` (absent or `null`: not done), `asOf`
 *   (default: today in Vietnam)
 * @param options - `calendar`, `rules` (a RuleSet for ids), `whatIf` (`'pending'` or a Calendar:
 *   adds `whatIfPending`, what would change)
 * @returns a {@link ComplianceResult}, or {@link ComplianceReadings} when `input.rules` is given
 * @throws VnDeadlinesError `unknown_rule`, `invalid_rule`, `missing_fact`, `invalid_fact`,
 *   `invalid_date` (a bad `actual` or `asOf`), `out_of_coverage`, `invalid_argument` (neither
 *   or both of `rule` and `rules`; a bad `whatIf`)
 * @example
 * ```ts
 * const v = checkCompliance({ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-01-20' }, actual: '2025-02-11' });
 * v.status;          // 'late' (due 2025-02-10: 10 working days, Tết skipped)
 * v.workingDaysLate; // 1
 * v.explanation.vi.split('\n').pop(); // 'Kết luận kiểm tra: trễ hạn, chậm 1 ngày làm việc (1 ngày theo lịch) — …'
 * ```
 */
export function checkCompliance(input: ComplianceInput & { rule: RuleRef; rules?: undefined }, options?: ComplianceOptions): ComplianceResult;
export function checkCompliance(input: ComplianceInput & { rules: readonly RuleRef[]; rule?: undefined }, options?: ComplianceOptions): ComplianceReadings;
export function checkCompliance(input: ComplianceInput, options?: ComplianceOptions): ComplianceResult | ComplianceReadings;
export function checkCompliance(input: ComplianceInput, opts?: ComplianceOptions): ComplianceResult | ComplianceReadings {
  const fn = 'checkCompliance';
  const options = runOptionsOf(opts, fn);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new VnDeadlinesError('invalid_argument', `${fn}: expected { rule, facts, actual, asOf }, got ${show(input)}`, { value: input });
  }
  const several = input.rules !== undefined;
  if (several === (input.rule !== undefined)) {
    throw new VnDeadlinesError(
      'invalid_argument',
      `${fn}: give either rule (one rule) or rules (several readings of the same act), not ${several ? 'both' : 'neither'}`,
      {},
    );
  }
  if (several && (!Array.isArray(input.rules) || input.rules.length === 0)) {
    throw new VnDeadlinesError('invalid_argument', `${fn}: rules must be a non-empty array of rule ids or rules`, { value: input.rules });
  }
  const calendar = options.calendar ?? getDefaultCalendar();
  const due = { calendar, rules: options.rules };
  const alt = whatIfCalendar(options.whatIf, calendar, fn);
  const altOptions = alt === null ? null : { calendar: alt, rules: options.rules };
  const actual = input.actual === undefined || input.actual === null ? null : isoDay(input.actual, fn, 'actual');
  const asOf = input.asOf === undefined ? todayInVietnam() : isoDay(input.asOf, fn, 'asOf');
  const facts = input.facts ?? {};
  const one = (ref: RuleRef): ComplianceResultImpl => {
    const rule = resolveRule(ref, options.rules, fn);
    const r = evaluate(rule, facts, actual, asOf, due);
    if (altOptions !== null) r.whatIfPending = evaluateWhatIf(r, rule, facts, altOptions, options.whatIf === 'pending');
    return r;
  };
  if (!several) return one(input.rule!);
  return new ComplianceReadingsImpl(input.rules!.map(one));
}
