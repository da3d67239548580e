/**
 * `vn-deadlines/ics`: iCalendar (RFC 5545) files of a plan's agenda and of the civil
 * service's days off, for Google Calendar, Outlook, Apple Calendar and the like. Generated
 * with ical-generator; this is the only module that imports it, so that the main entry stays
 * small.
 *
 * Every event is an all-day event (`DTSTART;VALUE=DATE`, `DTEND` the next day): dates carry
 * no time zone, so they show on the same day in every calendar application, wherever it runs.
 * Events are marked free (`TRANSP:TRANSPARENT`). UIDs are stable, so that importing an updated
 * file again updates the events instead of adding copies (in applications that match UIDs).
 * @packageDocumentation
 */
import ical, { ICalCalendarMethod, ICalEventTransparency, type ICalCalendar } from 'ical-generator';
import type { Calendar } from '../calendar/calendar.js';
import { invalidArgument, isCalendarLike, optionsOf, show } from '../core/args.js';
import { getDefaultCalendar } from '../calendar/create.js';
import type { DayInfo } from '../calendar/types.js';
import { daysFromCivil, formatDay, isoWeekday, tryParseIsoDay } from '../core/days.js';
import { VnDeadlinesError } from '../core/errors.js';
import type { Agenda, AgendaItem } from '../plan/agenda.js';
import type { PlanOccurrence } from '../plan/schedule.js';
import { dateText, dayText } from '../core/date-text.js';
import { periodName } from '../rules/step-text.js';

/** Language of the generated text. */
export type IcsLang = 'vi' | 'en';

/** Options common to the iCalendar exports. */
export interface IcsOptions {
  /** Language of summaries and descriptions: `'vi'` (default) or `'en'`. */
  lang?: IcsLang;
  /** The calendar's name (`NAME`, `X-WR-CALNAME`). Default: made from what is exported. */
  name?: string;
  /**
   * When the file is made (`DTSTAMP` of every event): a JS `Date` or an ISO timestamp with an
   * offset. Default: now. Give a fixed value for reproducible files.
   */
  stamp?: Date | string;
}

/** Options of {@link nonWorkingDaysToIcs}. */
export interface NonWorkingDaysIcsOptions extends IcsOptions {
  /** The calendar whose days to export. Default: the default calendar. */
  calendar?: Calendar;
  /** Also export the Saturdays that are working days (làm bù). Default `true`. */
  makeUpDays?: boolean;
  /** Also export, as notices, the pending announcements of the year (the proposed 23/11 ↔ 28/11/2026 swap). Default `true`. */
  pending?: boolean;
}

const PRODID = { company: 'vn-deadlines', product: 'vn-deadlines', language: 'VI' };
const UID_DOMAIN = 'vn-deadlines';

const L = {
  vi: {
    due: 'Hạn chót',
    lastWorkingDay: 'ngày làm việc cuối cùng trước hạn',
    window: 'Thời gian thực hiện',
    period: 'Kỳ báo cáo',
    data: 'số liệu từ',
    to: 'đến hết',
    counted: 'Tính từ',
    event: 'Sự kiện',
    lead: 'Chủ trì',
    cooperating: 'Phối hợp',
    role: 'Vai trò của',
    roles: { lead: 'chủ trì', cooperating: 'phối hợp' },
    via: 'thuộc',
    wording: 'Kế hoạch ghi',
    rule: 'Quy định',
    basis: 'Căn cứ',
    interpretation: 'Cách hiểu áp dụng',
    provisional: 'Lưu ý: kết quả dựa trên ngày nghỉ tạm tính (năm chưa có thông báo chính thức về lịch nghỉ)',
    pending: 'Lưu ý, đang chờ công bố',
    periodShort: 'kỳ',
    periodOf: (p: string) => periodName(p, 'vi'),
    deadlines: 'Thời hạn',
    allUnits: 'tất cả đơn vị',
    dayOff: 'Ngày nghỉ',
    workingDay: 'Ngày làm việc (thứ Bảy làm bù)',
    pendingDay: 'Chờ công bố',
    provisionalTag: 'tạm tính',
    documents: 'Văn bản',
    sources: 'Nguồn',
    paired: 'Ngày hoán đổi',
    offCalendar: 'Ngày nghỉ của cán bộ, công chức, viên chức',
    offCalendarName: 'Lịch nghỉ của cơ quan nhà nước',
    note: 'Ghi chú',
    provisionalDay:
      'Tạm tính: năm chưa có thông báo chính thức; ngày nghỉ được suy ra từ Bộ luật Lao động và có thể khác với thông báo của Thủ tướng Chính phủ.',
    pendingNotApplied: 'Chưa phải là ngày nghỉ: chỉ trở thành ngày nghỉ khi văn bản được ban hành và có hiệu lực.',
    pendingWorkdayNotApplied: 'Chưa phải là ngày làm việc: chỉ làm bù khi việc hoán đổi được quyết định.',
  },
  en: {
    due: 'Due',
    lastWorkingDay: 'last working day on or before it',
    window: 'Window',
    period: 'Period',
    data: 'data from',
    to: 'to',
    counted: 'Counted from',
    event: 'Event',
    lead: 'Lead',
    cooperating: 'Cooperating',
    role: 'Role of',
    roles: { lead: 'lead', cooperating: 'cooperating' },
    via: 'as one of',
    wording: 'The plan says',
    rule: 'Rule',
    basis: 'Legal basis',
    interpretation: 'Interpretation',
    provisional: 'Note: this rests on provisional days (a year without official holiday arrangements)',
    pending: 'Note, pending',
    periodShort: 'period',
    periodOf: (p: string) => p,
    deadlines: 'Deadlines',
    allUnits: 'all units',
    dayOff: 'Day off',
    workingDay: 'Working day (make-up Saturday)',
    pendingDay: 'Pending',
    provisionalTag: 'provisional',
    documents: 'Documents',
    sources: 'Sources',
    paired: 'Paired day',
    offCalendar: 'Days off of the Vietnamese civil service',
    offCalendarName: 'Vietnamese civil-service days off',
    note: 'Note',
    provisionalDay:
      "Provisional: no official arrangements for this year yet; the day is derived from the Labour Code and may differ from the Prime Minister's decision.",
    pendingNotApplied: 'Not a day off yet: it becomes one only when the law takes effect.',
    pendingWorkdayNotApplied: 'Not a working day yet: it is worked only if the swap is decided.',
  },
} as const;

function nameOf(name: unknown, fn: string): string | undefined {
  if (name !== undefined && typeof name !== 'string') throw invalidArgument(fn, 'options.name', 'text', name);
  return name;
}

function langOf(lang: unknown, fn: string): IcsLang {
  const l = lang ?? 'vi';
  if (l !== 'vi' && l !== 'en') throw new VnDeadlinesError('invalid_argument', `${fn}: lang must be 'vi' or 'en', got ${show(l)}`, { value: l });
  return l;
}

function stampOf(stamp: unknown, fn: string): Date {
  if (stamp === undefined) return new Date();
  const ms = stamp instanceof Date ? stamp.getTime() : typeof stamp === 'string' && /(?:Z|[+-]\d{2}:?\d{2})$/.test(stamp) ? Date.parse(stamp) : NaN;
  if (Number.isNaN(ms)) {
    throw new VnDeadlinesError('invalid_argument', `${fn}: stamp must be a valid JS Date or an ISO timestamp with an offset, got ${show(stamp)}`, {
      value: stamp,
    });
  }
  return new Date(ms);
}

/** Midnight UTC of a civil date: ical-generator writes an all-day date from its UTC fields when no time zone is set. */
function utcDate(iso: string, plusDays = 0): Date {
  return new Date((tryParseIsoDay(iso)! + plusDays) * 86_400_000);
}

/** RFC 5545 TEXT escaping, for the calendar properties ical-generator writes as given. */
/**
 * Text on one line: each run of white space that holds a line break becomes ' / '. Matched as
 * maximal runs of white space (`\s+`, linear), not with `\s*\n\s*`, which backtracks over
 * every run without a line break: quadratic, 9 s for 100,000 spaces.
 */
const oneLine = (s: string): string => s.replace(/\s+/g, (run) => (run.includes('\n') ? ' / ' : run));

const escapeText = (s: string): string => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

function newCalendar(name: string, description: string | null): ICalCalendar {
  const cal = ical({ prodId: PRODID, method: ICalCalendarMethod.PUBLISH, name: escapeText(name) });
  if (description) cal.description(escapeText(description));
  return cal;
}

/** The file's text, every line (the last one too) ending with CRLF as RFC 5545 asks. */
const finish = (cal: ICalCalendar): string => `${cal.toString()}\r\n`;

function basisLine(o: PlanOccurrence): string {
  return o.legalBasis.map((b) => (b.articles?.length ? `${b.document} (${b.articles.join(', ')})` : b.document)).join('; ');
}

function isAgenda(x: unknown): x is Agenda {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && Array.isArray((x as Agenda).items);
}

function summaryOf(o: PlanOccurrence, l: IcsLang): string {
  const t = L[l];
  const period = o.period ? ` (${t.periodShort} ${t.periodOf(o.period)})` : '';
  return `${o.row} — ${o.content[l]}${period}`;
}

/** The unit an agenda is for: its name, and its id when the query named a plan unit directly. */
interface Who {
  readonly name: string;
  readonly id: string | null;
}

function descriptionOf(o: PlanOccurrence | AgendaItem, l: IcsLang, who: Who | null): string {
  const t = L[l];
  const lines: string[] = [];
  const due = o.due!;
  const d = (iso: string) => dateText(iso, l);
  let dueLine = `${t.due}: ${dayText(due, l)}`;
  if (o.lastWorkingDay && o.lastWorkingDay !== due) dueLine += `; ${t.lastWorkingDay}: ${dayText(o.lastWorkingDay, l)}`;
  lines.push(dueLine);
  if (o.windowStart) lines.push(`${t.window}: ${d(o.windowStart)} – ${d(due)}`);
  const data = o.dataPeriod ? `${t.data} ${d(o.dataPeriod.from)} ${t.to} ${d(o.dataPeriod.to)}` : '';
  if (o.period) lines.push(`${t.period}: ${t.periodOf(o.period)}${data ? `; ${data}` : ''}`);
  else if (data) lines.push(`${data.charAt(0).toUpperCase()}${data.slice(1)}`);
  if (o.event) {
    const label = o.event.label?.[l] ?? o.event.id;
    if (label) lines.push(`${t.event}: ${label}`);
  }
  if (o.from) lines.push(`${t.counted}: ${d(o.from)}`);
  lines.push(`${t.lead}: ${o.lead.map((u) => u.name[l]).join('; ')}`);
  if (o.cooperating.length) lines.push(`${t.cooperating}: ${o.cooperating.map((u) => u.name[l]).join('; ')}`);
  if ('role' in o && o.role && who) {
    // Through a group ("Các sở, ban, ngành" for a department): say which.
    const groups = o.via.filter((id) => id !== who.id).map((id) => [...o.lead, ...o.cooperating].find((u) => u.id === id)?.name[l] ?? id);
    const through = groups.length && !o.via.includes(who.id ?? '') ? ` (${t.via} ${groups.join('; ')})` : '';
    lines.push(`${t.role} ${who.name}: ${t.roles[o.role]}${through}`);
  }
  if (o.wording) lines.push(`${t.wording}: “${oneLine(o.wording)}”`);
  if (o.ruleId) lines.push(`${t.rule}: ${o.ruleId}`);
  if (o.legalBasis.length) lines.push(`${t.basis}: ${basisLine(o)}`);
  if (o.dependsOnProvisional) lines.push(t.provisional);
  for (const p of o.pending) lines.push(`${t.pending}: ${d(p.date)} ${p.name[l]} — ${p.note[l]}`);
  if (o.interpretation) lines.push(`${t.interpretation}: ${o.interpretation[l]}`);
  return lines.join('\n');
}

/**
 * An iCalendar (RFC 5545) file of an agenda (`agenda()` of `vn-deadlines`) or of plan occurrences
 * (`planSchedule()`): one all-day event on each due day (occurrences without a due day are
 * left out). SUMMARY: the row number, the task and the period; DESCRIPTION: the due day and
 * the last working day before it, the window, the period and its data period, the event, the
 * lead and cooperating units (and the unit's role), the plan's wording, the rule id, the legal
 * basis, and the provisional / pending notes. UID: the occurrence's key (row, rule, period or
 * event, due day) — stable, so a re-import updates instead of duplicating.
 *
 * @param source - an {@link Agenda}, or an array of {@link PlanOccurrence}
 * @param opts - `lang` (`'vi'` default, `'en'`), `name` (default: the plan, the unit and the
 *   period), `stamp` (DTSTAMP; default now)
 * @returns the file's text, lines ending with CRLF
 * @throws VnDeadlinesError `invalid_argument` (not an agenda or an array, bad `lang` or `stamp`)
 * @example
 * ```ts
 * // not run: writes so-tu-phap-2025-03.ics
 * import { agenda } from 'vn-deadlines';
 * import { agendaToIcs } from 'vn-deadlines/ics';
 * import { writeFileSync } from 'node:fs';
 * const a = agenda({ unit: 'Sở Tư pháp', from: '2025-03-01', to: '2025-03-31' });
 * writeFileSync('so-tu-phap-2025-03.ics', agendaToIcs(a));
 * ```
 */
export function agendaToIcs(source: Agenda | readonly PlanOccurrence[], opts?: IcsOptions): string {
  const fn = 'agendaToIcs';
  const options = optionsOf(opts, fn);
  const l = langOf(options.lang, fn);
  const stamp = stampOf(options.stamp, fn);
  let list: readonly PlanOccurrence[];
  let name: string;
  let description: string | null = null;
  let who: Who | null = null;
  if (isAgenda(source)) {
    list = source.items;
    const first = source.unit?.units[0];
    who = source.unit ? { name: first?.name[l] ?? source.unit.query, id: first?.id ?? null } : null;
    name = `${source.plan.document} — ${who?.name ?? L[l].allUnits} — ${source.from} … ${source.to}`;
    description = source.plan.title[l];
  } else if (Array.isArray(source)) {
    list = source;
    name = `vn-deadlines — ${L[l].deadlines}`;
  } else {
    throw new VnDeadlinesError(
      'invalid_argument',
      `${fn}: expected an agenda (from agenda()) or an array of occurrences (from planSchedule()), got ${source === null ? 'null' : typeof source}`,
      {
        value: source,
      },
    );
  }
  list.forEach((o, i) => {
    if (typeof o !== 'object' || o === null || typeof o.key !== 'string' || (o.due !== null && typeof o.due !== 'string')) {
      throw invalidArgument(fn, `occurrence ${i}`, 'an occurrence from planSchedule() or agenda()', o);
    }
  });
  const cal = newCalendar(nameOf(options.name, fn) ?? name, description);
  for (const o of list) {
    if (o.due === null) continue;
    cal.createEvent({
      id: `${o.key}@${UID_DOMAIN}`,
      allDay: true,
      start: utcDate(o.due),
      end: utcDate(o.due, 1),
      stamp,
      summary: summaryOf(o, l),
      description: descriptionOf(o, l, who),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return finish(cal);
}

function dayDescription(d: DayInfo, l: IcsLang, extra: string[]): string {
  const t = L[l];
  const lines: string[] = [...extra];
  for (const r of d.reasons) {
    if (r.kind === 'weekend') continue;
    lines.push(r.name[l]);
    if (r.pairedWith) lines.push(`${t.paired}: ${dayText(r.pairedWith, l)}`);
    if (r.documents.length) lines.push(`${t.documents}: ${r.documents.map((x) => `${x.id} — ${x.title[l]}`).join('; ')}`);
    if (r.sources.length) lines.push(`${t.sources}: ${r.sources.join(' ')}`);
  }
  if (d.status === 'provisional') lines.push(t.provisionalDay);
  return lines.join('\n');
}

/** The events of {@link nonWorkingDaysToIcs}, gathered first and then made in date order. */
interface DayEvents {
  readonly cal: ICalCalendar;
  readonly stamp: Date;
  readonly l: IcsLang;
  readonly events: { date: string; run: () => void }[];
}

/** Makes the all-day event of a day, its UID made of `uid` and the date. */
function addDayEvent(c: DayEvents, d: DayInfo, uid: string, summary: string, description: string): void {
  c.cal.createEvent({
    id: `${uid}|${d.date}@${UID_DOMAIN}`,
    allDay: true,
    start: utcDate(d.date),
    end: utcDate(d.date, 1),
    stamp: c.stamp,
    summary,
    description,
    transparency: ICalEventTransparency.TRANSPARENT,
  });
}

/** The names of a day's reasons other than the weekend, joined with ` + ` (empty if none). */
function reasonNames(d: DayInfo, l: IcsLang): string {
  return d.reasons
    .filter((r) => r.kind !== 'weekend')
    .map((r) => r.name[l])
    .join(' + ');
}

/** The summary's suffix of a day of a provisional year. */
function provisionalTag(d: DayInfo, l: IcsLang): string {
  return d.status === 'provisional' ? ` [${L[l].provisionalTag}]` : '';
}

/** The weekdays off (weekends are not listed). */
function addDaysOff(c: DayEvents, off: readonly DayInfo[]): void {
  const t = L[c.l];
  for (const d of off) {
    if (d.weekday >= 6) continue;
    c.events.push({
      date: d.date,
      run: () =>
        addDayEvent(c, d, 'day-off', `${t.dayOff}: ${reasonNames(d, c.l) || t.dayOff}${provisionalTag(d, c.l)}`, dayDescription(d, c.l, [t.offCalendar])),
    });
  }
}

/** The Saturdays of the year that are working days (làm bù). */
function addMakeUpDays(c: DayEvents, calendar: Calendar, year: number): void {
  const t = L[c.l];
  const start = daysFromCivil(year, 1, 1);
  const end = daysFromCivil(year, 12, 31);
  for (let k = start; k <= end; k++) {
    if (isoWeekday(k) !== 6) continue;
    const iso = formatDay(k);
    if (!calendar.isWorkingDay(iso)) continue;
    const d = calendar.dayInfo(iso);
    c.events.push({
      date: iso,
      run: () =>
        addDayEvent(c, d, 'working-day', `${t.workingDay}: ${reasonNames(d, c.l) || t.workingDay}${provisionalTag(d, c.l)}`, dayDescription(d, c.l, [])),
    });
  }
}

/** The pending announcements of first…last the calendar does not apply, as notices (once per day). */
function addPendingNotices(c: DayEvents, calendar: Calendar, first: string, last: string): void {
  const l = c.l;
  const t = L[l];
  const seen = new Set<string>();
  for (const p of calendar.dependencies(first, last).pending) {
    if (seen.has(p.date)) continue;
    seen.add(p.date);
    if (p.applied) continue; // applied: already a day off above
    const d = calendar.dayInfo(p.date);
    const lines = [
      p.note[l],
      p.kind === 'makeUpWorkday' ? t.pendingWorkdayNotApplied : t.pendingNotApplied,
      ...(p.documents.length ? [`${t.documents}: ${p.documents.join('; ')}`] : []),
      ...(p.sources.length ? [`${t.sources}: ${p.sources.join(' ')}`] : []),
    ];
    c.events.push({ date: p.date, run: () => addDayEvent(c, d, 'pending', `${t.pendingDay}: ${p.name[l]}`, lines.join('\n')) });
  }
}

/**
 * An iCalendar (RFC 5545) file of a year's days off in the civil service: one all-day event
 * per weekday that is not a working day (holidays, Tết, nghỉ bù, swapped days, overlay
 * closures), named after its reason, with the governing documents and sources in the
 * description; then, clearly named as working days, the Saturdays worked back (làm bù); and,
 * as notices, the pending announcements of the year (the proposed 23/11 ↔ 28/11/2026 swap:
 * not a day off, nor a working Saturday, unless the calendar applies it). Days of a provisional
 * year say so. Weekends are not listed.
 *
 * @param year - a year the calendar covers, e.g. 2025
 * @param opts - `calendar` (default: the default calendar), `lang` (`'vi'` default, `'en'`),
 *   `makeUpDays` (default `true`), `pending` (default `true`), `name`, `stamp`
 * @returns the file's text, lines ending with CRLF
 * @throws VnDeadlinesError `invalid_argument` (not an integer year, bad `lang` or `stamp`),
 *   `out_of_coverage` (a year outside the calendar)
 * @example
 * ```ts
 * import { nonWorkingDaysToIcs } from 'vn-deadlines/ics';
 * const text = nonWorkingDaysToIcs(2025);
 * text.includes('DTSTART;VALUE=DATE:20250127'); // true (Tết Ất Tỵ)
 * ```
 */
export function nonWorkingDaysToIcs(year: number, opts?: NonWorkingDaysIcsOptions): string {
  const fn = 'nonWorkingDaysToIcs';
  const options = optionsOf(opts, fn);
  if (options.calendar !== undefined && !isCalendarLike(options.calendar))
    throw invalidArgument(fn, 'options.calendar', 'a Calendar (from createCalendar())', options.calendar);
  if (!Number.isInteger(year))
    throw new VnDeadlinesError('invalid_argument', `${fn}: year must be an integer such as 2025, got ${show(year)}`, { value: year });
  const l = langOf(options.lang, fn);
  const t = L[l];
  const stamp = stampOf(options.stamp, fn);
  const calendar = options.calendar ?? getDefaultCalendar();
  const first = `${String(year).padStart(4, '0')}-01-01`;
  const last = `${String(year).padStart(4, '0')}-12-31`;
  const off = calendar.nonWorkingDays(first, last); // out_of_coverage, with the calendar's message
  const c: DayEvents = { cal: newCalendar(nameOf(options.name, fn) ?? `${t.offCalendarName} ${year}`, t.offCalendar), stamp, l, events: [] };
  addDaysOff(c, off);
  if (options.makeUpDays ?? true) addMakeUpDays(c, calendar, year);
  if (options.pending ?? true) addPendingNotices(c, calendar, first, last);
  c.events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).forEach((e) => e.run());
  return finish(c.cal);
}
