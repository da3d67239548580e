/** Text rendering for people: month grids and day lines. */
import type { Calendar } from '../calendar/calendar.js';
import type { DayInfo, LocalizedText } from '../calendar/types.js';
import { daysFromCivil, daysInMonth, formatDay, isoWeekday } from '../core/days.js';
import { say } from '../core/catalogue.js';
import { dayText } from '../core/date-text.js';
import { WEEKDAY_SHORT } from '../core/weekdays.js';
import { CLI_TEXT } from './messages.js';

/** Output language of the CLI. */
export type { Lang } from '../core/lang.js';
import type { Lang } from '../core/lang.js';

/** Picks the text of a language. */
const t = (text: LocalizedText, lang: Lang): string => text[lang];

const W = 5;
const HEAD: Record<Lang, string> = {
  vi: WEEKDAY_SHORT.vi.map((h) => h.padStart(W - 1).padEnd(W)).join(''),
  en: WEEKDAY_SHORT.en.map((h) => h.padStart(W - 1).padEnd(W)).join(''),
};
const MONTH: Record<Lang, (y: number, m: number) => string> = {
  vi: (y, m) => `Tháng ${m}/${y}`,
  en: (y, m) => `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${y}`,
};

/** Legend of the grid marks. */
export const LEGEND: Record<Lang, string> = {
  vi: 'Ký hiệu: [dd] ngày nghỉ (lễ, Tết, nghỉ bù, hoán đổi); (dd) thứ Bảy, Chủ nhật; +dd thứ Bảy làm bù; ?dd chờ công bố; ~ tạm tính',
  en: 'Legend: [dd] day off (holiday, Tết, compensatory, swapped); (dd) weekend; +dd make-up working Saturday; ?dd pending; ~ provisional',
};

function cell(info: DayInfo): string {
  const d = String(Number(info.date.slice(8)));
  const special = info.reasons.some((r) => r.kind !== 'weekend');
  let s: string;
  if (info.working && info.weekday >= 6) s = `+${d}`;
  else if (!info.working && special) s = `[${d}]`;
  else if (!info.working) s = `(${d})`;
  else if (info.pending.length) s = `?${d}`;
  else s = d;
  return (s + (info.status === 'provisional' ? '~' : ' ')).padStart(W);
}

/** One month as a grid, then one line per day that is not an ordinary weekday/weekend. */
export function monthGrid(cal: Calendar, year: number, month: number, lang: Lang): string {
  const lines = [MONTH[lang](year, month), HEAD[lang].trimEnd()];
  const first = daysFromCivil(year, month, 1);
  let row = ' '.repeat(W * (isoWeekday(first) - 1));
  const notes: string[] = [];
  for (let d = 1; d <= daysInMonth(year, month); d++) {
    const info = cal.dayInfo(formatDay(first + d - 1));
    row += cell(info);
    if (isoWeekday(first + d - 1) === 7) {
      lines.push(row.trimEnd());
      row = '';
    }
    const special = info.reasons.filter((r) => r.kind !== 'weekend');
    for (const r of special) notes.push(`  ${info.date.slice(8)}/${info.date.slice(5, 7)}  ${t(r.name, lang)} — ${r.documents.map((x) => x.id).join('; ')}`);
    for (const p of info.pending) notes.push(`  ${info.date.slice(8)}/${info.date.slice(5, 7)}  ${t(p.name, lang)} — ${t(p.note, lang)}`);
  }
  if (row) lines.push(row.trimEnd());
  return [...lines, ...notes].join('\n');
}

/** One line describing a day. */
export function dayLine(info: DayInfo, lang: Lang): string {
  const state = say(CLI_TEXT, lang, info.working ? 'working' : 'dayOff');
  const why = info.reasons.map((r) => `${t(r.name, lang)}${r.documents.length ? ` (${r.documents.map((d) => d.id).join('; ')})` : ''}`);
  const status = info.status === 'provisional' ? say(CLI_TEXT, lang, 'provisional') : '';
  const pend = info.pending.map((p) => say(CLI_TEXT, lang, 'pending', { name: t(p.name, lang) }));
  return `${dayText(info.date, lang)}: ${state}${status}${[...why, ...pend].length ? ' — ' + [...why, ...pend].join('; ') : ''}`;
}
