/**
 * `vn-deadlines demo`: a month of the 2025 calendar, then the plan's deadlines (QĐ 257/QĐ-UBND)
 * computed from example decision dates, each with the days it skipped and its source.
 */
import { getDefaultCalendar } from '../calendar/create.js';
import { dueDate } from '../rules/due.js';
import { getRule } from '../rules/registry.js';
import type { CliIo } from './command.js';
import { LEGEND, monthGrid, type Lang } from './format.js';

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

const WORDS = {
  vi: { due: 'hạn', lwd: 'ngày làm việc cuối cùng', skipped: 'bỏ qua', data: 'số liệu', facts: 'dữ kiện', reading: 'cách hiểu', earliest: 'sớm nhất' },
  en: { due: 'due', lwd: 'last working day', skipped: 'skipped', data: 'data', facts: 'facts', reading: 'reading', earliest: 'earliest' },
};

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
  const w = WORDS[lang];
  io.out(monthGrid(cal, 2025, 1, lang));
  io.out(LEGEND[lang] + '\n');
  io.out(
    lang === 'vi'
      ? 'Thời hạn trong Kế hoạch QĐ 257/QĐ-UBND (Hải Phòng, 24/01/2025) và văn bản liên quan:'
      : 'Deadlines of the plan QĐ 257/QĐ-UBND (Hải Phòng, 24/01/2025) and related rules:',
  );
  for (const ex of EXAMPLES) {
    const rule = getRule(ex.rule);
    const r = dueDate(rule, ex.facts);
    const facts = Object.entries(r.facts)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(', ');
    io.out(`\n${rule.source.document} ${rule.source.item ?? ''} — ${r.title[lang]} [${r.ruleId}]`);
    io.out(`  “${rule.source.text}”`);
    if (facts) io.out(`  ${w.facts}: ${facts}`);
    const label = r.isDeadline ? w.due : w.earliest;
    const lwd = r.isDeadline && r.lastWorkingDay && r.lastWorkingDay !== r.due ? ` (${w.lwd}: ${r.lastWorkingDay})` : '';
    io.out(`  → ${label} ${r.due}${lwd}`);
    if (r.dataPeriod) io.out(`    ${w.data}: ${r.dataPeriod.from} … ${r.dataPeriod.to}`);
    for (const s of r.steps) {
      if (s.kind !== 'skip' || !s.reasons?.some((x) => x.kind !== 'weekend')) continue;
      const why = s.reasons.filter((x) => x.kind !== 'weekend').map((x) => x.name[lang]);
      io.out(`    ${w.skipped} ${s.date}: ${why.join('; ')}`);
    }
    if (r.interpretation) io.out(`    ${w.reading}: ${r.interpretation[lang]}`);
  }
}
