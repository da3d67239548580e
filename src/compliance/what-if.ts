/** The what-if calendar: which verdicts would change if the pending days off became law. */
import type { Calendar } from '../calendar/calendar.js';
import { createCalendar, getDefaultCalendar } from '../calendar/create.js';
import { show } from '../core/args.js';
import { VnDeadlinesError } from '../core/errors.js';
import type { CompiledRuleImpl } from '../rules/compile.js';
import type { DueOptions } from '../rules/options.js';
import { evaluate } from './evaluate.js';
import type { ComplianceResultImpl } from './result.js';
import type { ComplianceOptions, WhatIfChange } from './types.js';

/** What changed between a verdict and its what-if counterpart, or `null`. @internal */
function whatIfChange(base: ComplianceResultImpl, alt: ComplianceResultImpl): WhatIfChange | null {
  const changed: WhatIfChange['changed'][number][] = [];
  if (alt.status !== base.status) changed.push('status');
  if (alt.due !== base.due) changed.push('due');
  if (alt.workingDaysLate !== base.workingDaysLate) changed.push('workingDaysLate');
  if (changed.length === 0) return null;
  return Object.freeze({
    status: alt.status,
    due: alt.due,
    calendarDays: alt.calendarDays,
    workingDays: alt.workingDays,
    workingDaysLate: alt.workingDaysLate,
    changed: Object.freeze(changed),
  });
}

let pendingCalendar: Calendar | undefined;

/** The default calendar with pending announcements applied, built once. @internal */
function getPendingCalendar(): Calendar {
  return (pendingCalendar ??= createCalendar({ includePending: true }));
}

/**
 * The what-if calendar of the options, checked against the main calendar.
 * @internal
 */
export function whatIfCalendar(whatIf: ComplianceOptions['whatIf'], cal: Calendar, fn: string): Calendar | null {
  if (whatIf === undefined) return null;
  if (whatIf !== 'pending') {
    if (typeof whatIf !== 'object' || whatIf === null || typeof whatIf.workingDaysBetween !== 'function') {
      throw new VnDeadlinesError('invalid_argument', `${fn}: whatIf must be 'pending' or a Calendar, got ${show(whatIf)}`, { value: whatIf });
    }
    return whatIf;
  }
  if (cal.includePending) {
    throw new VnDeadlinesError(
      'invalid_argument',
      `${fn}: whatIf 'pending' compares with the pending announcements applied, but the calendar already applies them; drop one of the two`,
      {
        value: whatIf,
      },
    );
  }
  if (cal !== getDefaultCalendar()) {
    throw new VnDeadlinesError(
      'invalid_argument',
      `${fn}: whatIf 'pending' is the default calendar with pending announcements; with a calendar of your own ` +
        `pass the what-if calendar itself, e.g. whatIf: createCalendar({ overlays, includePending: true })`,
      { value: whatIf },
    );
  }
  return getPendingCalendar();
}

/**
 * Whether an act would be judged differently on the what-if calendar: `null` when nothing
 * changes. With `'pending'` only verdicts that rest on a pending day are recomputed (the pending
 * calendar differs from the default one on those days alone).
 * @internal
 */
export function evaluateWhatIf(
  base: ComplianceResultImpl,
  rule: CompiledRuleImpl,
  facts: Readonly<Record<string, unknown>>,
  options: DueOptions & { calendar: Calendar },
  onlyPending: boolean,
): WhatIfChange | null {
  if (onlyPending && base.pending.length === 0) return null;
  return whatIfChange(base, evaluate(rule, facts, base.actual, base.asOf, options));
}
