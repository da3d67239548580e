/**
 * The hot path of a check (`evaluate`): runs `dueDate`, compares day numbers and asks the
 * calendar (O(1)) for the working days between the due day and the act.
 */
import type { Calendar } from '../calendar/calendar.js';
import type { LocalizedText } from '../calendar/types.js';
import { formatDay, tryParseIsoDay } from '../core/days.js';
import { VnDeadlinesError } from '../core/errors.js';
import type { Lang } from '../core/lang.js';
import type { CompiledRuleImpl } from '../rules/compile.js';
import { dueDate } from '../rules/due.js';
import { conditionText } from '../rules/explain.js';
import type { Condition } from '../rules/schema.js';
import type { DueResult } from '../rules/types.js';
import type { DueOptions } from '../rules/options.js';
import { say } from '../core/catalogue.js';
import { COMPLIANCE_TEXT } from './messages.js';
import { ComplianceResultImpl } from './result.js';
import type { ComplianceStatus } from './types.js';

function noVariantReason(e: VnDeadlinesError, rule: CompiledRuleImpl): LocalizedText {
  const conditions = (e.details.conditions ?? []) as { variant: string; when: Condition | null }[];
  const list = (l: Lang) => conditions.map((c) => (c.when ? conditionText(c.when, l, rule) : say(COMPLIANCE_TEXT, l, 'always'))).join('; ');
  return { vi: say(COMPLIANCE_TEXT, 'vi', 'noVariant', { list: list('vi') }), en: say(COMPLIANCE_TEXT, 'en', 'noVariant', { list: list('en') }) };
}

/** Adds to `out` the provisional days and pending notices the count between the due day and the act rests on. */
function addCountDependencies(out: ComplianceResultImpl, cal: Calendar, dueDay: number, refDay: number): void {
  // The count rests on the days after the due day up to the act, or from the act up to the day before the due day.
  const lo = refDay > dueDay ? dueDay + 1 : refDay;
  const hi = refDay > dueDay ? refDay : dueDay - 1;
  if (cal.dayDependencyMask(lo, hi, 'checkCompliance') === 0) return;
  const deps = cal.dependencies(formatDay(lo), formatDay(hi));
  if (deps.provisional) out.dependsOnProvisional = true;
  if (deps.pending.length) {
    const seen = new Set(out.pending.map((p) => p.date));
    out.pending = Object.freeze([...out.pending, ...deps.pending.filter((p) => !seen.has(p.date))]);
  }
}

/** The status of an act done `cd` calendar days after the due day (`actual` null: not done by `asOf`). */
function statusOf(res: DueResult, actual: string | null, cd: number): ComplianceStatus {
  if (!res.isDeadline) return actual === null ? 'open' : cd < 0 ? 'tooEarly' : 'onTime';
  if (actual === null) return cd > 0 ? 'overdue' : 'open';
  if (cd > 0) return 'late';
  // A window has two ends: "trong tháng 02/2025" done in January is too early, as is an act before an event's window opens.
  if (res.windowStart !== null && actual < res.windowStart) return 'tooEarly';
  return 'onTime';
}

/**
 * The verdict for one rule, facts as given, `actual` and `asOf` as ISO days. Throws what
 * `dueDate` throws, except `no_variant` (a `notApplicable` verdict).
 * @internal
 */
export function evaluate(
  rule: CompiledRuleImpl,
  facts: Readonly<Record<string, unknown>>,
  actual: string | null,
  asOf: string,
  options: DueOptions & { calendar: Calendar },
): ComplianceResultImpl {
  const out = new ComplianceResultImpl(rule, actual, asOf);
  let res: DueResult;
  try {
    res = dueDate(rule, facts, options);
  } catch (e) {
    if (e instanceof VnDeadlinesError && e.code === 'no_variant') {
      out.reason = noVariantReason(e, rule);
      return out;
    }
    throw e;
  }
  out.dueResult = res;
  out.variant = res.variant;
  out.windowStart = res.windowStart;
  out.lastWorkingDay = res.lastWorkingDay;
  out.dependsOnProvisional = res.dependsOnProvisional;
  out.pending = res.pending;
  const due = res.due;
  if (due === null) {
    out.reason = {
      // "Thường xuyên: không có hạn cụ thể" is not said twice.
      vi: res.note!.vi.endsWith('không có hạn cụ thể') ? `${res.note!.vi} để đối chiếu` : `${res.note!.vi}: không có hạn cụ thể để đối chiếu`,
      en: `the rule has no due day to check against (${res.note!.en})`,
    };
    return out;
  }
  out.due = due;
  const ref = actual ?? asOf;
  const dueDay = tryParseIsoDay(due)!;
  const refDay = tryParseIsoDay(ref)!;
  const cd = refDay - dueDay;
  const wd = cd === 0 ? 0 : options.calendar.workingDaysBetween(due, ref);
  out.calendarDays = cd;
  out.workingDays = wd;
  if (cd !== 0) addCountDependencies(out, options.calendar, dueDay, refDay);
  out.status = statusOf(res, actual, cd);
  if ((out.status === 'late' || out.status === 'overdue') && wd > 0) out.workingDaysLate = wd;
  return out;
}
