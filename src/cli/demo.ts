/**
 * `vn-deadlines demo`: a month of the 2025 calendar, then the plan's deadlines (QĐ 257/QĐ-UBND)
 * computed from example decision dates, each with the days it skipped and its source.
 */
import { getDefaultCalendar } from '../calendar/create.js';
import { dueDate } from '../rules/due.js';
import { factName, factValue } from '../rules/explain.js';
import { getRule } from '../rules/registry.js';
import type { CliIo } from './command.js';
import { LEGEND, monthGrid, type Lang } from './format.js';
import { say, type Params } from '../core/catalogue.js';
import { dateText, dayText } from '../core/date-text.js';
import { CLI_TEXT } from './messages.js';
import { citation } from '../core/citation.js';

/** Example facts: one line each of the demo. */
const EXAMPLES: { rule: string; facts: Record<string, unknown> }[] = [
  { rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-01-20' } },
  { rule: 'hp-2025/local-tthc-publication', facts: { effectiveDate: '2025-05-05', effectiveOnSigning: false } },
  { rule: 'nd63/local-publication-before-effect', facts: { effectiveDate: '2025-05-05' } },
  { rule: 'hp-2025/national-database-entry', facts: { chairmanDecisionDate: '2025-04-25' } },
  { rule: 'hp-2025/internal-procedure', facts: { chairmanDecisionDate: '2025-08-22' } },
  { rule: 'hp-2025/monthly-report', facts: { month: '2025-05' } },
  { rule: 'hp-2025/simplification-proposal', facts: {} },
  { rule: 'luat-64-2025/earliest-effective-date', facts: { signedDate: '2025-04-10', level: 'local' } },
];

/**
 * The demo as data, for `demo --json`: January 2025's days off and make-up days, then each
 * example's rule, facts and full `dueDate` result (steps and explanation included).
 */
export function demoData(): { month: string; nonWorkingDays: unknown[]; deadlines: unknown[] } {
  const cal = getDefaultCalendar();
  return {
    month: '2025-01',
    nonWorkingDays: cal.nonWorkingDays('2025-01-01', '2025-01-31'),
    deadlines: EXAMPLES.map((ex) => dueDate(getRule(ex.rule), ex.facts)),
  };
}

/** Prints the demo. */
export function demo(io: CliIo, lang: Lang): void {
  const cal = getDefaultCalendar();
  const w = (key: keyof (typeof CLI_TEXT)['vi'], params?: Params): string => say(CLI_TEXT, lang, key, params);
  io.out(monthGrid(cal, 2025, 1, lang));
  io.out(LEGEND[lang] + '\n');
  io.out(w('demoHeading'));
  for (const ex of EXAMPLES) {
    const rule = getRule(ex.rule);
    const r = dueDate(rule, ex.facts);
    const facts = Object.entries(r.facts)
      .map(([k, v]) => (Object.hasOwn(rule.facts, k) ? `${factName(rule.facts[k], lang)}: ${factValue(rule.facts[k], v, lang)}` : `${k}: ${String(v)}`))
      .join('; ');
    io.out(`\n${citation(rule.source.document, [rule.source.item], lang)} — ${r.title[lang]} [${r.ruleId}]`);
    io.out(`  “${rule.source.text}”`);
    if (facts) io.out(w('demoFacts', { facts }));
    const lwd = r.isDeadline && r.lastWorkingDay && r.lastWorkingDay !== r.due ? w('demoLast', { day: dayText(r.lastWorkingDay, lang) }) : '';
    if (r.due !== null) io.out(w(r.isDeadline ? 'demoDue' : 'demoEarliest', { day: dayText(r.due, lang) }) + lwd);
    if (r.dataPeriod) io.out(w('demoData', { from: dateText(r.dataPeriod.from, lang), to: dateText(r.dataPeriod.to, lang) }));
    for (const s of r.steps) {
      if (s.kind !== 'skip' || !s.reasons?.some((x) => x.kind !== 'weekend')) continue;
      const why = s.reasons.filter((x) => x.kind !== 'weekend').map((x) => x.name[lang]);
      io.out(w('demoDayOff', { day: dayText(s.date!, lang), why: why.join('; ') }));
    }
    if (r.interpretation) io.out(w('demoReading', { text: r.interpretation[lang] }));
  }
}
