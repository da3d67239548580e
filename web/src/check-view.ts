/**
 * The "Kiểm tra tệp" view: a register (Excel, CSV, NDJSON, JSON) dropped or picked, read with the
 * clerk's column mapping and worksheet (./read-options.ts), checked in the browser, its verdicts
 * as a table filtered by verdict, rule and unit, the summary, and the result as a download: the
 * io layer's CSV report, or its Excel report (./xlsx.ts; exceljs is fetched only then).
 */
import { isVnDeadlinesError } from '../../src/core/errors.js';
import { todayInVietnam } from '../../src/core/iso-day.js';
import { reportWriter } from '../../src/io/report.js';
import { errorText } from '../../src/messages/index.js';
import { checkFile, NoRuleColumn, type CheckedFile } from './check-run.js';
import { dateField, type DateField } from './date-field.js';
import { byId, h } from './dom.js';
import { download } from './download.js';
import { lang, onLangChange, t } from './i18n.js';
import { renderSummary, renderTable, type Filters } from './check-table.js';
import { onReadOptionsChange, readOptions } from './read-options.js';
import { XLSX_TYPE, xlsxResult } from './xlsx.js';

/** The files the picker offers. */
const ACCEPTED = '.xlsx,.csv,.ndjson,.jsonl,.json';

let checked: CheckedFile | null = null;
let lastFile: File | null = null;
let asOf: DateField;
/** The number of the latest run: a slower, older run does not overwrite its result. */
let runs = 0;

const status = (text: string, error = false) => byId('check-status').replaceChildren(h('p', { class: error ? 'error' : '' }, text));

/** An error in the page's language: the library's errors through `errorText`, others as they are worded. */
const errorMessage = (e: unknown): string => (isVnDeadlinesError(e) ? errorText(e, lang()) : (e as Error).message);

/** No result to show: the table hidden, the reason in the status (a live region). */
function fail(text: string): void {
  checked = null;
  byId('check-results').hidden = true;
  status(text, true);
}

/** A register without a `rule` column: what was seen, and a way to the column mapping. */
function failNoRule(name: string, e: NoRuleColumn): void {
  fail(t('noRuleColumn', { name, columns: e.columns.join(', ') || '—' }));
  const go = h('button', { type: 'button', id: 'go-columns' }, t('goToColumns'));
  go.addEventListener('click', () => byId('columns').focus());
  byId('check-status').append(go);
}

function filters(): Filters {
  return {
    status: byId<HTMLSelectElement>('filter-status').value,
    rule: byId<HTMLSelectElement>('filter-rule').value,
    unitColumn: byId<HTMLSelectElement>('unit-column').value,
    unit: byId<HTMLSelectElement>('filter-unit').value,
  };
}

function render(): void {
  if (!checked) return;
  renderSummary(byId('check-summary'), checked);
  renderTable(checked, filters());
  byId('check-results').hidden = false;
}

async function run(file: File): Promise<void> {
  lastFile = file;
  const ticket = ++runs;
  const day = asOf.value();
  if (!day) return status(t('invalidDate', { name: t('asOf'), value: asOf.input.value }), true);
  const read = readOptions();
  if ('error' in read) return fail(read.error);
  status(t('checking', { name: file.name }));
  let result: CheckedFile;
  try {
    result = await checkFile(file, file.name, day, read.options);
  } catch (e) {
    if (ticket !== runs) return;
    return e instanceof NoRuleColumn ? failNoRule(file.name, e) : fail(t('readError', { name: file.name, message: errorMessage(e) }));
  }
  if (ticket !== runs) return;
  checked = result;
  byId<HTMLSelectElement>('filter-status').value = '';
  byId<HTMLSelectElement>('filter-rule').value = '';
  render();
  status(t('checked', { name: file.name, n: checked.rows.length }));
}

/** The result as the CLI's CSV report (`--report csv`), in the page's language. */
function csvResult(c: CheckedFile): string {
  const lines: string[] = [];
  const w = reportWriter('csv', { line: (s) => lines.push(s) }, { lang: lang(), source: c.name, asOf: c.asOf, whatIf: false });
  w.begin();
  for (const r of c.rows) w.write(r.outcome);
  w.end(c.summary);
  return lines.join('\n') + '\n';
}

const resultName = (c: CheckedFile, ext: string) => `ket-qua-${c.name.replace(/\.[^.]+$/, '')}.${ext}`;

/** The result as the CLI's Excel report (`--report xlsx`), its summary by the unit column shown; the button waits meanwhile. */
async function downloadXlsx(): Promise<void> {
  if (!checked) return;
  const c = checked;
  const button = byId<HTMLButtonElement>('download-xlsx');
  button.disabled = true;
  try {
    download(resultName(c, 'xlsx'), await xlsxResult(c, lang(), byId<HTMLSelectElement>('unit-column').value), XLSX_TYPE);
  } catch (e) {
    status(errorMessage(e), true);
  } finally {
    button.disabled = false;
  }
}

/** A file dropped anywhere on the view is checked (and one dropped elsewhere on the page does not replace it). */
function wireDrop(view: HTMLElement, zone: HTMLElement): void {
  for (const type of ['dragover', 'drop']) document.addEventListener(type, (e) => e.preventDefault());
  view.addEventListener('dragover', () => zone.classList.add('over'));
  view.addEventListener('dragleave', () => zone.classList.remove('over'));
  view.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    const file = e.dataTransfer?.files[0];
    if (file) void run(file);
  });
}

/** Wires the view. */
export function initCheckView(): void {
  const input = byId<HTMLInputElement>('file-input');
  input.accept = ACCEPTED;
  asOf = dateField('as-of', t('asOf'), () => lastFile && void run(lastFile));
  asOf.set(todayInVietnam());
  byId('as-of-box').replaceChildren(asOf.element);
  input.addEventListener('change', () => input.files?.[0] && void run(input.files[0]));
  wireDrop(byId('view-check'), byId('drop'));
  onReadOptionsChange(() => lastFile && void run(lastFile));
  for (const id of ['filter-status', 'filter-rule', 'filter-unit']) byId(id).addEventListener('change', () => checked && renderTable(checked, filters()));
  byId('unit-column').addEventListener('change', () => {
    byId<HTMLSelectElement>('filter-unit').value = '';
    render();
  });
  byId('download-csv').addEventListener('click', () => checked && download(resultName(checked, 'csv'), csvResult(checked), 'text/csv;charset=utf-8'));
  byId('download-xlsx').addEventListener('click', () => void downloadXlsx());
  onLangChange(() => {
    const day = asOf.value();
    asOf = dateField('as-of', t('asOf'), () => lastFile && void run(lastFile));
    asOf.set(day ?? todayInVietnam());
    byId('as-of-box').replaceChildren(asOf.element);
    render();
  });
}
