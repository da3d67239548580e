/**
 * CLI commands over the plan: `vn-deadlines plan` prints its rows, `vn-deadlines agenda` what a
 * unit leads or supports in a period (as text, JSON or iCalendar). `calendarIcs` is the
 * `--ics` form of `vn-deadlines calendar <year>`. Wired into `run.ts` by the `commands` table.
 */
import type { LocalizedText } from '../../calendar/types.js';
import { isoWeekday, tryParseIsoDay } from '../../core/days.js';
import { agendaToIcs, nonWorkingDaysToIcs } from '../../ics/index.js';
import { agenda, type Agenda, type AgendaItem, type Completion } from '../../plan/agenda.js';
import { getPlan } from '../../plan/data.js';
import type { PlanEvent } from '../../plan/schedule.js';
import type { Plan, PlanRow } from '../../plan/schema.js';
import { findUnits, noSuchUnit, rowsForUnit, type UnitRole } from '../../plan/units.js';
import { shippedRules } from '../../rules/registry.js';
import { calendarOf, commonOptions, expectArgs, langOf, readJsonFile, toJson, usageError, type Command } from '../command.js';
import type { Lang } from '../format.js';
import { parseFactOptions } from './rules.js';
import { WEEKDAY_SHORT } from '../../core/weekdays.js';
import { dateText, dayText } from '../../core/date-text.js';
import { parseDayText } from '../../core/day-text.js';
import { periodName } from '../../rules/step-text.js';

const T = {
  vi: {
    lead: 'chủ trì',
    cooperating: 'phối hợp',
    status: { open: 'chưa đến hạn', overdue: 'quá hạn', done: 'đã hoàn thành' },
    late: 'trễ hạn',
    doneOn: 'hoàn thành ngày',
    period: 'kỳ',
    periodOf: (p: string) => periodName(p, 'vi'),
    range: (what: string, from: string, to: string) => `${what} từ ${from} đến hết ${to}`,
    span: (from: string, to: string) => `từ ${from} đến ${to}`,
    day: (iso: string) => dayText(iso, 'vi'),
    item: (row: string, key: string) => itemOrdinal(row, key),
    document: (doc: string) => `Kế hoạch ban hành kèm theo QĐ ${doc}`,
    data: 'số liệu',
    window: 'thời gian thực hiện',
    lastWorkingDay: 'ngày làm việc cuối cùng:',
    event: 'sự kiện',
    countedFrom: 'thời hạn tính từ',
    provisional: 'tạm tính',
    pending: 'chờ công bố',
    undated: 'Không có hạn cụ thể',
    none: 'Không có việc nào trong khoảng thời gian này.',
    allUnits: 'Tất cả đơn vị',
    matched: 'Gồm việc giao cho',
    asOf: 'tính đến ngày',
    time: 'Thời gian',
    units: 'Chủ trì / phối hợp',
    rules: 'Quy tắc',
    items: 'Nội dung',
  },
  en: {
    lead: 'lead',
    cooperating: 'cooperating',
    status: { open: 'open', overdue: 'overdue', done: 'done' },
    late: 'late',
    doneOn: 'done on',
    period: 'period',
    periodOf: (p: string) => p,
    range: (what: string, from: string, to: string) => `${what} ${from} – ${to}`,
    span: (from: string, to: string) => `${from} … ${to}`,
    day: (iso: string) => `${iso} ${weekday(iso, 'en')}`,
    item: (_row: string, key: string) => key,
    document: (doc: string) => doc,
    data: 'data',
    window: 'window',
    lastWorkingDay: 'last working day',
    event: 'event',
    countedFrom: 'counted from',
    provisional: 'provisional',
    pending: 'pending',
    undated: 'No due day',
    none: 'Nothing in this period.',
    allUnits: 'All units',
    matched: 'Units matched',
    asOf: 'as of',
    time: 'Time',
    units: 'Lead / cooperating',
    rules: 'Rules',
    items: 'Items',
  },
} as const;

/**
 * Parses `--event <rule-id>:<fact>=<value>[,<fact>=<value>…]` into a {@link PlanEvent}: facts
 * are checked against the rule's declared facts (booleans as `true` / `false`).
 * @param option - the option's value
 * @returns the event
 * @throws UsageError for a malformed value, an unknown rule or fact
 * @example `parseEventOption('hp-2025/central-tthc-list:ministryDecisionDate=2025-03-03')`
 */
export function parseEventOption(option: string): PlanEvent {
  const colon = option.indexOf(':');
  if (colon <= 0) throw usageError('eventForm', { value: JSON.stringify(option) });
  const id = option.slice(0, colon);
  const rule = shippedRules().find(id);
  if (!rule) throw usageError('noSuchRule', { lead: '--event: ', id: JSON.stringify(id) });
  const facts = parseFactOptions(
    rule,
    option
      .slice(colon + 1)
      .split(',')
      .filter((s) => s !== ''),
  );
  return { rule: id, facts };
}

function eventsOf(values: Record<string, unknown>): PlanEvent[] {
  const out: PlanEvent[] = [];
  if (typeof values.events === 'string') {
    const list = readJsonFile(values.events, '--events');
    if (!Array.isArray(list)) throw usageError('eventsFile', { file: values.events });
    out.push(...(list as PlanEvent[]));
  }
  for (const e of (values.event as string[] | undefined) ?? []) out.push(parseEventOption(e));
  return out;
}

function completedOf(values: Record<string, unknown>): Completion[] | undefined {
  if (typeof values.completed !== 'string') return undefined;
  const list = readJsonFile(values.completed, '--completed');
  if (!Array.isArray(list)) throw usageError('completedFile', { file: values.completed });
  return list as Completion[];
}

function roleOf(values: Record<string, unknown>): UnitRole {
  const r = values.role ?? 'any';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- parseArgs gives --role as a string
  if (r !== 'lead' && r !== 'cooperating' && r !== 'any') throw usageError('role', { value: String(r) });
  return r;
}

function dateOption(values: Record<string, unknown>, name: string, required: boolean): string | undefined {
  const v = values[name];
  if (v === undefined) {
    if (required) throw usageError('dateRequired', { option: `--${name}` });
    return undefined;
  }
  const iso = typeof v === 'string' ? parseDayText(v) : undefined;
  if (iso === undefined) throw usageError('dateOption', { option: `--${name}`, value: JSON.stringify(v) });
  return iso;
}

const weekday = (iso: string, l: Lang): string => WEEKDAY_SHORT[l][isoWeekday(tryParseIsoDay(iso)!) - 1];
/** The due day at the head of an item: `Thứ Hai, 17/03/2025` in Vietnamese, `2025-03-17 Mon` in English. */
const day = (iso: string, l: Lang): string => T[l].day(iso);
const ORDINAL_VI = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
/** The position of an item in its row as the plan shows it (`gạch đầu dòng thứ nhất`); its key when not found. */
function itemOrdinal(row: string, key: string): string {
  const k =
    getPlan()
      .rows.find((r) => r.number === row)
      ?.items?.findIndex((item) => item.key === key) ?? -1;
  return k >= 0 && k < ORDINAL_VI.length ? `gạch đầu dòng thứ ${ORDINAL_VI[k]}` : key;
}
const names = (units: readonly { name: LocalizedText }[], l: Lang): string => units.map((u) => u.name[l]).join('; ');

/** The lines of one dated agenda item. */
function datedLines(i: AgendaItem, l: Lang, withRole: boolean): string[] {
  const t = T[l];
  const due = i.due!;
  let status: string = t.status[i.status];
  const d = (iso: string) => dateText(iso, l);
  if (i.status === 'done' && i.completedOn) status += ` (${t.doneOn} ${d(i.completedOn)}${i.late ? `, ${t.late}` : ''})`;
  const head = [day(due, l), i.row + (i.item ? ` (${t.item(i.row, i.item)})` : ''), withRole && i.role ? t[i.role] : null, status];
  const facts: string[] = [];
  if (i.period) facts.push(`${t.period} ${t.periodOf(i.period)}`);
  if (i.dataPeriod) facts.push(t.range(t.data, d(i.dataPeriod.from), d(i.dataPeriod.to)));
  if (i.windowStart) facts.push(t.range(t.window, d(i.windowStart), d(due)));
  if (i.lastWorkingDay && i.lastWorkingDay !== due) facts.push(`${t.lastWorkingDay} ${day(i.lastWorkingDay, l)}`);
  if (i.event) facts.push(`${t.event}: ${i.event.label?.[l] ?? i.event.id ?? `${t.countedFrom} ${i.from === null ? '' : d(i.from)}`}`);
  if (i.dependsOnProvisional) facts.push(t.provisional);
  for (const p of i.pending) facts.push(`${t.pending}: ${d(p.date)} ${p.name[l]}`);
  if (i.ruleId) facts.push(i.ruleId);
  return [head.filter((x) => x !== null).join('  '), `    ${i.content[l]}`, `    ${facts.join(' · ')}`];
}

/**
 * An agenda as text for people: a heading, the dated items (due day, weekday, row, role,
 * status; the task; period, data period, window, last working day, event, flags, rule id), then
 * the items without a due day, one line each.
 * @param a - the agenda
 * @param l - the language
 * @returns the lines
 */
function formatAgenda(a: Agenda, l: Lang): string[] {
  const t = T[l];
  const who = a.unit ? (a.unit.units[0]?.name[l] ?? a.unit.query) : t.allUnits;
  const out = [`${who} — ${t.document(a.plan.document)} — ${t.span(dateText(a.from, l), dateText(a.to, l))} (${t.asOf} ${dateText(a.asOf, l)})`];
  if (a.unit) out.push(`${t.matched}: ${names(a.unit.units, l)}`);
  out.push('');
  const dated = a.items.filter((i) => i.due !== null);
  const undated = a.items.filter((i) => i.due === null);
  if (a.items.length === 0) out.push(t.none);
  for (const i of dated) out.push(...datedLines(i, l, a.unit !== null));
  if (undated.length) {
    if (dated.length) out.push('');
    out.push(`${t.undated} (${undated.length}):`);
    for (const i of undated) {
      const role = a.unit && i.role ? `  ${t[i.role]}` : '';
      const done = i.status === 'done' ? `  ${t.status.done}` : '';
      out.push(`  ${i.row}${i.item ? ` (${t.item(i.row, i.item)})` : ''}${role}${done}  ${i.note?.[l] ?? ''} — ${i.content[l]}`);
    }
  }
  return out;
}

function rowLines(row: PlanRow, plan: Plan, l: Lang): string[] {
  const t = T[l];
  const unit = new Map(plan.units.map((u) => [u.id, u]));
  const list = (ids: readonly string[]) => ids.map((id) => unit.get(id)?.name[l] ?? id).join('; ');
  const ruleIds = row.schedule.ruleIds ?? [];
  const lines = [`${row.number}  ${row.content[l]}`];
  if (row.timeText) lines.push(`    ${t.time}: ${row.timeText.replace(/\n/g, ' / ')}`);
  lines.push(`    ${t.units}: ${list(row.lead)} / ${list(row.cooperating) || '—'}`);
  if (row.items?.length)
    for (const it of row.items) lines.push(`    - ${it.key}: ${it.content[l]} [${(it.schedule.ruleIds ?? []).join(', ') || it.schedule.type}]`);
  lines.push(`    ${t.rules}: ${ruleIds.length ? ruleIds.join(', ') : row.schedule.type}`);
  return lines;
}

/**
 * `vn-deadlines calendar <year> --ics`: the year's days off (and make-up Saturdays, and pending
 * announcements) as an iCalendar file, in the language and on the calendar the options ask for.
 * The text has CRLF line ends and no final line feed: `io.out` (which adds `\n`) completes the
 * last CRLF.
 * @param year - the year, e.g. 2025
 * @param values - the parsed options (`lang`, `include-pending`, `month`, `json`)
 * @returns the text to print
 * @throws UsageError with `--month` or `--json`; VnDeadlinesError `out_of_coverage`
 * @example `io.out(calendarIcs(2025, values))`
 */
export function calendarIcs(year: number, values: Record<string, unknown>): string {
  if (values.month !== undefined) throw usageError('icsMonth');
  if (values.json) throw usageError('jsonOrIcs');
  return nonWorkingDaysToIcs(year, { lang: langOf(values), calendar: calendarOf(values) }).slice(0, -1);
}

const planOptions = { ...commonOptions, unit: { type: 'string' }, role: { type: 'string' } } as const;

/**
 * The `plan` and `agenda` commands, for `run.ts`'s command table.
 * @example `const commands = { ...builtIn, ...ruleCommands, ...planCommands };`
 */
export const planCommands: Record<string, Command> = {
  plan: {
    usage: 'vn-deadlines plan [--unit <id or name>] [--role lead|cooperating|any] [--json] [--lang vi|en]',
    options: planOptions,
    run(pos, values, io) {
      expectArgs(pos, 0, this.usage);
      const l = langOf(values);
      const plan = getPlan();
      const role = roleOf(values);
      if (values.role !== undefined && values.unit === undefined) throw usageError('roleNeedsUnit');
      if (values.unit !== undefined && (typeof values.unit !== 'string' || values.unit.trim() === '')) throw usageError('unitValue');
      // As agenda does: a unit no plan unit matches is an error, not an empty list.
      if (typeof values.unit === 'string' && findUnits(values.unit, plan).length === 0) throw noSuchUnit('plan', values.unit, plan);
      const rows = typeof values.unit === 'string' ? rowsForUnit(values.unit, role, plan) : plan.rows;
      if (values.json) {
        io.out(toJson({ plan: plan.plan, units: plan.units, rows }));
        return 0;
      }
      io.out(`${plan.plan.document} (${dateText(plan.plan.date, l)}) — ${plan.plan.title[l]}`);
      for (const row of rows) {
        io.out('');
        for (const line of rowLines(row, plan, l)) io.out(line);
      }
      return 0;
    },
  },
  agenda: {
    usage:
      'vn-deadlines agenda [--unit <id or name>] --from <date> --to <date> [--json|--ics] [--lang vi|en] [--as-of <date>]\n' +
      '       [--role lead|cooperating|any] [--event <rule-id>:<fact>=<value>,… …] [--events file.json] [--completed file.json]\n' +
      '       [--dated-only] [--include-pending]',
    options: {
      ...planOptions,
      from: { type: 'string' },
      to: { type: 'string' },
      'as-of': { type: 'string' },
      ics: { type: 'boolean' },
      event: { type: 'string', multiple: true },
      events: { type: 'string' },
      completed: { type: 'string' },
      'dated-only': { type: 'boolean' },
    },
    run(pos, values, io) {
      expectArgs(pos, 0, this.usage);
      const l = langOf(values);
      if (values.json && values.ics) throw usageError('jsonOrIcs');
      const from = dateOption(values, 'from', true);
      const to = dateOption(values, 'to', true);
      const asOf = dateOption(values, 'as-of', false);
      if (values.unit !== undefined && (typeof values.unit !== 'string' || values.unit.trim() === '')) throw usageError('unitValue');
      if (values.role !== undefined && values.unit === undefined) throw usageError('roleNeedsUnit');
      const result = agenda({
        unit: values.unit,
        from,
        to,
        asOf,
        role: roleOf(values),
        events: eventsOf(values),
        completed: completedOf(values),
        undated: !values['dated-only'],
        calendar: calendarOf(values),
      });
      if (values.ics) io.out(agendaToIcs(result, { lang: l }).slice(0, -1));
      else if (values.json) io.out(toJson(result));
      else for (const line of formatAgenda(result, l)) io.out(line);
      return 0;
    },
  },
};
