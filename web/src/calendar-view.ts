/**
 * The "Lịch" view: a year of the civil-service calendar — every day off other than the weekly
 * rest (holidays, Tết, nghỉ bù, swapped days), every make-up Saturday, the pending announcements,
 * each with its names and documents — whether the year is official or provisional (and why),
 * and the year as an iCalendar file (src/ics, ical-generator: browser-safe, no Node built-ins).
 */
import { getDefaultCalendar } from '../../src/calendar/create.js';
import type { DayInfo, DayReason } from '../../src/calendar/types.js';
import { daysFromCivil, formatDay, isoWeekday, tryParseIsoDay } from '../../src/core/days.js';
import { todayInVietnam } from '../../src/core/iso-day.js';
import { nonWorkingDaysToIcs } from '../../src/ics/index.js';
import { longDay } from './dates.js';
import { announce } from './announce.js';
import { byId, h } from './dom.js';
import { download } from './download.js';
import { lang, onLangChange, t } from './i18n.js';

interface YearRow {
  readonly date: string;
  readonly kind: 'off' | 'makeUp' | 'pending';
  readonly names: string;
  readonly documents: string;
  readonly provisional: boolean;
}

const own = (d: DayInfo): DayReason[] => d.reasons.filter((r) => r.kind !== 'weekend');

function reasonName(r: DayReason): string {
  return r.pairedWith ? `${r.name[lang()]} (${t('pairedWith', { day: longDay(r.pairedWith, lang()) })})` : r.name[lang()];
}

const docs = (reasons: readonly DayReason[]): string => [...new Set(reasons.flatMap((r) => r.documents.map((d) => d.id)))].join('; ');

/** The year's rows, by date: days off with a reason of their own, make-up Saturdays, pending notices. */
function yearRows(year: number): YearRow[] {
  const cal = getDefaultCalendar();
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const rows: YearRow[] = [];
  const row = (d: DayInfo, kind: YearRow['kind']) =>
    rows.push({ date: d.date, kind, names: own(d).map(reasonName).join(' + '), documents: docs(own(d)), provisional: d.status === 'provisional' });
  for (const d of cal.nonWorkingDays(from, to)) if (own(d).length > 0) row(d, 'off');
  for (let k = daysFromCivil(year, 1, 1); k <= daysFromCivil(year, 12, 31); k++) {
    if (isoWeekday(k) === 6 && cal.isWorkingDay(formatDay(k))) row(cal.dayInfo(formatDay(k)), 'makeUp');
  }
  const seen = new Set<string>();
  for (const p of cal.dependencies(from, to).pending) {
    if (p.applied || seen.has(p.date)) continue;
    seen.add(p.date);
    rows.push({ date: p.date, kind: 'pending', names: `${p.name[lang()]} — ${p.note[lang()]}`, documents: p.documents.join('; '), provisional: false });
  }
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const KIND_TEXT = { off: 'kindOff', makeUp: 'kindMakeUp', pending: 'kindPending' } as const;

function table(rows: readonly YearRow[]): HTMLElement {
  const heads = [t('colDay'), t('colKind'), t('colName'), t('colDocuments')];
  return h(
    'table',
    { id: 'year-table' },
    h('thead', {}, h('tr', {}, ...heads.map((x) => h('th', { scope: 'col' }, x)))),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          { class: `k-${r.kind}`, 'data-date': r.date },
          h('td', {}, longDay(r.date, lang())),
          h('td', {}, t(KIND_TEXT[r.kind]), r.provisional ? ` (${t('provisionalTag')})` : ''),
          h('td', {}, r.names),
          h('td', {}, r.documents),
        ),
      ),
    ),
  );
}

function render(): void {
  const year = Number(byId<HTMLSelectElement>('year').value);
  const official = getDefaultCalendar().officialYears.includes(year);
  const rows = yearRows(year);
  const weekdaysOff = rows.filter((r) => r.kind === 'off' && isoWeekday(tryParseIsoDay(r.date)!) <= 5).length;
  const makeUp = rows.filter((r) => r.kind === 'makeUp').length;
  byId('year-out').replaceChildren(
    h('h3', {}, t('calendarTitle', { year })),
    h('p', { id: 'year-status', class: official ? 'ok' : 'warn' }, official ? t('officialYear', { year }) : t('provisionalYear', { year })),
    h('p', {}, t('daysOffCount', { off: weekdaysOff, makeUp })),
    h('div', { class: 'scroll' }, table(rows)),
  );
  byId('download-ics').textContent = t('downloadIcs', { year });
}

/** Wires the view: the year choice (default: this year in Vietnam) and the ICS download. */
export function initCalendarView(): void {
  const cal = getDefaultCalendar();
  const select = byId<HTMLSelectElement>('year');
  const first = Number(cal.firstDate.slice(0, 4));
  const last = Number(cal.lastDate.slice(0, 4));
  for (let y = first; y <= last; y++) select.append(h('option', { value: y }, y));
  select.value = todayInVietnam().slice(0, 4);
  select.addEventListener('change', () => {
    render();
    announce(byId('year-status').textContent ?? '');
  });
  byId('download-ics').addEventListener('click', () => {
    const year = Number(select.value);
    download(`ngay-nghi-${year}.ics`, nonWorkingDaysToIcs(year, { lang: lang() }), 'text/calendar;charset=utf-8');
  });
  render();
  onLangChange(render);
}
