/**
 * The "Kiểm tra tệp" view: a register dropped or picked, checked in the browser, its verdicts as
 * a table filtered by verdict, rule and unit, the summary, and the result as a CSV download (the
 * io layer's CSV report) or, once wired, Excel (./xlsx.ts).
 */
import { todayInVietnam } from '../../src/core/iso-day.js';
import { reportWriter } from '../../src/io/report.js';
import { checkFile, formatOf, type CheckedFile } from './check-run.js';
import { dateField, type DateField } from './date-field.js';
import { byId, h } from './dom.js';
import { download } from './download.js';
import { lang, onLangChange, t } from './i18n.js';
import { renderSummary, renderTable, type Filters } from './check-table.js';
import { XLSX_READY, XlsxNotYet, xlsxResult } from './xlsx.js';

let checked: CheckedFile | null = null;
let lastFile: File | null = null;
let asOf: DateField;

const status = (text: string, error = false) => byId('check-status').replaceChildren(h('p', { class: error ? 'error' : '' }, text));

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
  const day = asOf.value();
  if (!day) return status(t('invalidDate', { name: t('asOf'), value: asOf.input.value }), true);
  if (formatOf(file.name) === 'xlsx' && !XLSX_READY) return status(t('xlsxNotYet'), true);
  status(t('checking', { name: file.name }));
  try {
    checked = await checkFile(file, file.name, day);
  } catch (e) {
    checked = null;
    byId('check-results').hidden = true;
    return status(t('readError', { name: file.name, message: (e as Error).message }), true);
  }
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

async function downloadXlsx(): Promise<void> {
  if (!checked) return;
  try {
    download(resultName(checked, 'xlsx'), await xlsxResult(checked, lang()), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  } catch (e) {
    status(e instanceof XlsxNotYet ? t('xlsxNotYet') : (e as Error).message, true);
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
  input.accept = XLSX_READY ? '.csv,.ndjson,.jsonl,.json,.xlsx' : '.csv,.ndjson,.jsonl,.json';
  asOf = dateField('as-of', t('asOf'), () => lastFile && void run(lastFile));
  asOf.set(todayInVietnam());
  byId('as-of-box').replaceChildren(asOf.element);
  input.addEventListener('change', () => input.files?.[0] && void run(input.files[0]));
  wireDrop(byId('view-check'), byId('drop'));
  byId('download-xlsx').hidden = !XLSX_READY;
  byId('check-intro').dataset.i18n = XLSX_READY ? 'checkIntroXlsx' : 'checkIntro';
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
