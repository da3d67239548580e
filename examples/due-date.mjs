// A due date with its explanation: the steps taken (each skipped day with its reason) and the
// legal basis, in Vietnamese and English. Run: node examples/due-date.mjs [vi|en]
import { dueDate } from 'vn-deadlines';

const lang = process.argv[2] === 'en' ? 'en' : 'vi';

// QĐ 257/QĐ-UBND II.2.1: the ministry published its decision on Mon 20/01/2025; the city's
// localised list is due within 10 working days, across the Tết Ất Tỵ break.
const r = dueDate('hp-2025/central-tthc-list', { ministryDecisionDate: '2025-01-20' });
console.log(`${r.ruleId}: due ${r.due}`);
console.log(r.explanation[lang]);

// The same act under the plan ("05 ngày") and under NĐ 63/2010 ("05 ngày làm việc"):
for (const rule of ['hp-2025/local-tthc-publication', 'nd63/local-publication-before-effect']) {
  const x = dueDate(rule, { effectiveDate: '2025-05-05', effectiveOnSigning: false });
  console.log(`${rule}: due ${x.due}${x.interpretation ? ` — ${x.interpretation[lang].split('.')[0]}.` : ''}`);
}
