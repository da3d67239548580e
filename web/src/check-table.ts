/**
 * The verdicts of a checked register: the summary (records by verdict and by rule) and the table,
 * filtered by verdict, rule and unit (a column of the register the clerk chooses; a column named
 * like a unit is chosen first). The table shows at most {@link MAX_ROWS} rows; the download has all.
 */
import type { RecordStatus } from '../../src/compliance/summary.js';
import { RECORD_STATUSES } from '../../src/compliance/summary.js';
import { readingsLine } from '../../src/compliance/verdict.js';
import { recordErrorText } from '../../src/messages/record-error.js';
import type { CheckedFile, CheckedRow } from './check-run.js';
import { toDmy } from './dates.js';
import { byId, h } from './dom.js';
import { lang, t } from './i18n.js';
import type { MessageKey } from './messages.js';

export interface Filters {
  readonly status: string;
  readonly rule: string;
  readonly unitColumn: string;
  readonly unit: string;
}

const MAX_ROWS = 1000;

const STATUS_KEY: Readonly<Record<RecordStatus, MessageKey>> = {
  onTime: 'statusOnTime',
  late: 'statusLate',
  overdue: 'statusOverdue',
  tooEarly: 'statusTooEarly',
  open: 'statusOpen',
  notApplicable: 'statusNotApplicable',
  error: 'statusError',
};

/** The words of a verdict in the page's language. */
const statusWords = (s: RecordStatus): string => t(STATUS_KEY[s]);

/** A column that names the unit: `unit`, `đơn vị`, `don_vi`, `donVi`, `co quan` … */
const UNIT_NAME = /unit|đơn\s*vị|don[\s_]?vi|cơ\s*quan|co[\s_]?quan/i;

const cell = (rec: CheckedRow['record'], column: string): string => {
  const v = rec?.[column];
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
};

/** Options of a select, keeping its value when it is still one of them. */
function fill(select: HTMLSelectElement, options: readonly (readonly [string, string])[]): void {
  const keep = select.value;
  select.replaceChildren(...options.map(([value, text]) => h('option', { value }, text)));
  select.value = options.some(([v]) => v === keep) ? keep : (options[0]?.[0] ?? '');
}

function fillFilters(c: CheckedFile): void {
  const counts = c.summary.byStatus;
  fill(byId('filter-status'), [['', t('all')], ...RECORD_STATUSES.filter((s) => counts[s] > 0).map((s) => [s, `${statusWords(s)} (${counts[s]})`] as const)]);
  fill(byId('filter-rule'), [['', t('all')], ...Object.keys(c.summary.byRule).map((r) => [r, r] as const)]);
  const unitColumn = byId<HTMLSelectElement>('unit-column');
  if (!c.columns.includes(unitColumn.value)) unitColumn.value = '';
  const guess = unitColumn.value || (c.columns.find((k) => UNIT_NAME.test(k)) ?? '');
  fill(unitColumn, [['', t('none')], ...c.columns.map((k) => [k, k] as const)]);
  unitColumn.value = guess;
  const units = guess ? [...new Set(c.rows.map((r) => cell(r.record, guess)))].sort() : [];
  fill(byId('filter-unit'), [['', t('all')], ...units.map((u) => [u, u || t('none')] as const)]);
  byId<HTMLSelectElement>('filter-unit').disabled = !guess;
}

/** The summary: every verdict with its count, and the records in all. */
export function renderSummary(el: HTMLElement, c: CheckedFile): void {
  const counts = c.summary.byStatus;
  el.replaceChildren(
    h('h3', {}, t('summary')),
    h(
      'ul',
      { class: 'counts' },
      h('li', {}, `${t('total')}: `, h('strong', { 'data-status': 'total' }, c.summary.records)),
      ...RECORD_STATUSES.map((s) => h('li', { class: `st-${s}` }, `${statusWords(s)}: `, h('strong', { 'data-status': s }, counts[s]))),
    ),
  );
}

/** The note of a row: the error, or the verdict sentence (the last line of the explanation; for several rules, every verdict). */
function noteOf(o: CheckedRow['outcome']): string {
  const l = lang();
  if (o.error) return `${o.error.field}: ${recordErrorText(o.error, l)}`;
  if (o.readings.length > 1) return readingsLine(o.readings, o.agree, l);
  const g = o.governing;
  return g ? (g.reason?.[l] ?? g.explanation[l].slice(g.explanation[l].lastIndexOf('\n') + 1)) : '';
}

function row(r: CheckedRow, unitColumn: string): HTMLTableRowElement {
  const o = r.outcome;
  const note = noteOf(o);
  return h(
    'tr',
    { 'data-line': o.line, 'data-status': o.status },
    h('td', { class: 'num' }, o.line),
    h('td', {}, o.id ?? ''),
    h('td', {}, o.title ?? ''),
    h('td', { class: 'rule' }, o.rule ?? ''),
    h('td', {}, h('span', { class: `badge st-${o.status}` }, statusWords(o.status))),
    h('td', { 'data-due': o.due ?? '' }, o.due ? toDmy(o.due) : ''),
    h('td', { class: 'num' }, o.workingDaysLate ?? ''),
    unitColumn ? h('td', {}, cell(r.record, unitColumn)) : null,
    h('td', { class: 'note' }, note),
  );
}

/** Fills the filters and shows the rows that pass them. */
export function renderTable(c: CheckedFile, f: Filters): void {
  fillFilters(c);
  const unitColumn = byId<HTMLSelectElement>('unit-column').value;
  const unit = byId<HTMLSelectElement>('filter-unit').value;
  const pass = c.rows.filter(
    (r) =>
      (!f.status || r.outcome.status === f.status) &&
      (!f.rule || (r.outcome.rule ?? '').split('|').includes(f.rule) || r.outcome.rule === f.rule) &&
      (!unitColumn || !unit || cell(r.record, unitColumn) === unit),
  );
  const shown = pass.slice(0, MAX_ROWS);
  const heads: MessageKey[] = [
    'colLine',
    'colId',
    'colTitle',
    'colRule',
    'colStatus',
    'colDue',
    'colLate',
    ...(unitColumn ? ['colUnit' as const] : []),
    'colNote',
  ];
  byId('check-table').replaceChildren(
    h('thead', {}, h('tr', {}, ...heads.map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, ...shown.map((r) => row(r, unitColumn))),
  );
  byId('check-shown').textContent =
    pass.length > MAX_ROWS ? t('shownCapped', { shown: shown.length, total: pass.length }) : t('shown', { shown: shown.length, total: c.rows.length });
}
