/** `vn-deadlines demo`: a month of the 2025 calendar and a few of the plan's due dates. */
import { getDefaultCalendar } from '../calendar/create.js';
import type { CliIo } from './command.js';
import { dayLine, LEGEND, monthGrid, type Lang } from './format.js';

const CASES = [
  {
    text: {
      vi: 'QĐ 257/QĐ-UBND II.2.1: công bố danh mục TTHC chậm nhất sau 10 ngày làm việc kể từ QĐ công bố của Bộ (QĐ của Bộ ngày 20/01/2025)',
      en: 'QĐ 257/QĐ-UBND II.2.1: publish the localised list within 10 working days of the ministry decision (decision of 2025-01-20)',
    },
    from: '2025-01-20',
    n: 10,
  },
  {
    text: {
      vi: 'QĐ 257/QĐ-UBND II.2.2: nhập CSDL quốc gia chậm nhất sau 05 ngày làm việc kể từ QĐ công bố của Chủ tịch (QĐ ngày 25/04/2025)',
      en: 'QĐ 257/QĐ-UBND II.2.2: enter into the national database within 5 working days of the chairman\'s decision (decision of 2025-04-25)',
    },
    from: '2025-04-25',
    n: 5,
  },
  {
    text: {
      vi: 'QĐ 257/QĐ-UBND III.2: quy trình nội bộ chậm nhất 10 ngày làm việc kể từ QĐ công bố của Chủ tịch (QĐ ngày 22/08/2025)',
      en: 'QĐ 257/QĐ-UBND III.2: internal procedures within 10 working days of the chairman\'s decision (decision of 2025-08-22)',
    },
    from: '2025-08-22',
    n: 10,
  },
];

/** Prints the demo. */
export function demo(io: CliIo, lang: Lang): void {
  const cal = getDefaultCalendar();
  io.out(monthGrid(cal, 2025, 1, lang));
  io.out(LEGEND[lang] + '\n');
  for (const c of CASES) {
    const due = cal.addWorkingDays(c.from, c.n);
    io.out(`${c.text[lang]}\n  → ${lang === 'vi' ? 'hạn' : 'due'} ${due}`);
    for (const d of cal.nonWorkingDays(c.from, due)) {
      if (d.date > c.from && d.reasons.some((r) => r.kind !== 'weekend')) io.out(`    ${lang === 'vi' ? 'bỏ qua' : 'skipped'} ${dayLine(d, lang)}`);
    }
  }
}
