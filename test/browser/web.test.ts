/**
 * The clerks' web page (web/) in real headless Chromium (Debian's /usr/bin/chromium, or
 * $CHROMIUM): built here with Vite, served from web/dist by a static server on 127.0.0.1, and
 * driven as a clerk would. Saves a screenshot of each view at 1366×768 in
 * test/browser/screenshots/ for a reviewer. Runs in the `once` project (it spawns the build).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../support/check-cli.js';
import { serveStatic, type StaticServer } from '../support/static-server.js';
import { COLUMNS, readBack, register as excelRegister } from '../support/xlsx-fixtures.js';
import { firstProvisionalYear } from '../support/years.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shots = join(root, 'test/browser/screenshots');
const register = join(root, 'examples/publications.csv');
const DEEP_LINK = 'index.html?rule=hp-2025/central-tthc-list&ministryDecisionDate=2025-01-20';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** Every URL the page asked for, from the first load to the last test. */
const requests: string[] = [];

beforeAll(() => {
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  mkdirSync(shots, { recursive: true });
});

beforeAll(async () => {
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM`);
  server = await serveStatic(join(root, 'web/dist'));
  browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, timezoneId: 'America/Los_Angeles', acceptDownloads: true });
  context.on('request', (r) => requests.push(r.url()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url + path);
  await page.waitForSelector('body[data-ready]');
  return page;
}

describe('Tính hạn', () => {
  it('opens a deep link with the answer shown: 20/01/2025 + 10 working days over Tết is Thứ Hai, 10/02/2025', async () => {
    const page = await open(DEEP_LINK);
    // By hand: counted Tue 21 – Fri 24/01 (4); Sat 25 – Sun 02/02 skipped (weekend, Tết 27–31/01, weekend);
    // Mon 03 – Fri 07/02 (5); Sat 08, Sun 09 skipped; Mon 10/02 is the 10th.
    await expect.poll(() => page.textContent('#due-day')).toBe('Thứ Hai, 10/02/2025');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.inputValue('#fact-ministryDecisionDate')).toBe('20/01/2025');
    expect(await page.locator('#count-table tbody tr.count').count()).toBe(10);
    expect(await page.locator('#count-table tbody tr.skip').count()).toBe(11);
    const tet = page.locator('#count-table tbody tr', { hasText: 'Thứ Hai, 27/01/2025' });
    expect(await tet.textContent()).toMatch(/bỏ qua.*Tết Nguyên đán Ất Tỵ/);
    expect(await page.getAttribute('#announce', 'aria-live')).toBe('polite');
    expect(await page.textContent('#announce')).toBe('Hạn chót: Thứ Hai, 10/02/2025');
    expect(await page.textContent('#due-result')).toContain('QĐ 257/QĐ-UBND');
    await page.screenshot({ path: join(shots, 'tinh-han.png') });
    await page.close();
  });

  it('updates the answer and the link as the clerk types a date dd/mm/yyyy', async () => {
    const page = await open(DEEP_LINK);
    await page.fill('#fact-ministryDecisionDate', '03/03/2025');
    // Tue 04 – Fri 07/03 (4), Mon 10 – Fri 14/03 (5), Mon 17/03 (10th).
    await expect.poll(() => page.textContent('#due-day')).toBe('Thứ Hai, 17/03/2025');
    await expect.poll(() => new URL(page.url()).searchParams.get('ministryDecisionDate')).toBe('2025-03-03');
    expect(new URL(page.url()).searchParams.get('rule')).toBe('hp-2025/central-tthc-list');
    await page.fill('#fact-ministryDecisionDate', '31/02/2025');
    expect(await page.getAttribute('#fact-ministryDecisionDate', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#due-result')).toContain('31/02/2025');
    await page.close();
  });

  it('shows the month of a monthly report as mm/yyyy, its due day, last working day and data period', async () => {
    const page = await open('index.html?rule=hp-2025/monthly-report&month=2025-05');
    expect(await page.inputValue('#fact-month')).toBe('05/2025');
    // "trước ngày 18": Sat 17/05/2025; the last working day before it is Fri 16/05; data 15/04–14/05.
    await expect.poll(() => page.textContent('#due-day')).toBe('Thứ Bảy, 17/05/2025');
    const result = await page.textContent('#due-result');
    expect(result).toContain('Thứ Sáu, 16/05/2025');
    expect(result).toMatch(/Thứ Ba, 15\/04\/2025.*Thứ Tư, 14\/05\/2025/);
    await page.fill('#fact-month', '6/2025');
    await expect.poll(() => page.textContent('#due-day')).toBe('Thứ Ba, 17/06/2025');
    await expect.poll(() => new URL(page.url()).searchParams.get('month')).toBe('2025-06');
    await page.close();
  });

  it('finds a rule by plan row and without diacritics, and moves on with the keyboard', async () => {
    const page = await open('index.html');
    await page.fill('#rule-search', 'II.6.2');
    expect(await page.locator('#rule-list option').allTextContents()).toEqual([expect.stringContaining('hp-2025/monthly-report')]);
    await page.fill('#rule-search', 'danh muc tthc dia phuong hoa');
    expect(await page.locator('#rule-list option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toContain('hp-2025/central-tthc-list');
    await page.focus('#rule-search');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rule-list');
    await page.focus('#tab-due');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-check');
    expect(await page.isVisible('#view-check')).toBe(true);
    await page.close();
  });

  it('switches to English: the texts, the dates and the lang attribute', async () => {
    const page = await open(DEEP_LINK);
    await page.click('#lang-switch');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.textContent('#due-day')).toBe('Monday, 10/02/2025');
    expect(await page.textContent('#tab-due')).toBe('Due date');
    expect(await page.textContent('#tab-calendar')).toBe('Calendar');
    expect(await page.textContent('#lang-switch')).toBe('Tiếng Việt');
    expect(await page.getAttribute('#lang-switch', 'lang')).toBe('vi');
    await page.screenshot({ path: join(shots, 'tinh-han-en.png') });
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.click('#lang-switch');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.textContent('#tab-due')).toBe('Tính hạn');
    await page.close();
  });
});

/** The verdicts of `vn-deadlines check FILE --report ndjson --as-of AS_OF`, as the page's table shows them. */
async function checkVerdicts(file: string, asOf: string): Promise<{ line: string; status: string; due: string; late: string }[]> {
  const cli = await check(file, '--report', 'ndjson', '--as-of', asOf);
  return cli.out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .map((o) => ({ line: String(o.line), status: o.status, due: o.due ?? '', late: o.workingDaysLate === null ? '' : String(o.workingDaysLate) }));
}

/** The verdicts in the page's table. */
function shownVerdicts(page: Page) {
  return page.locator('#check-table tbody tr').evaluateAll((rows) =>
    rows.map((r) => ({
      line: r.getAttribute('data-line'),
      status: r.getAttribute('data-status'),
      due: r.querySelector('[data-due]')!.getAttribute('data-due'),
      late: r.children[6].textContent,
    })),
  );
}

/** Drops a file (text, or bytes) on the drop zone, as a clerk drags it from the file manager. */
async function drop(page: Page, name: string, content: string | Uint8Array, type = 'text/csv'): Promise<void> {
  await page.evaluate(
    ([n, c, ty]) => {
      const data = new DataTransfer();
      data.items.add(new File([typeof c === 'string' ? c : new Uint8Array(c)], n, { type: ty }));
      document.getElementById('drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, typeof content === 'string' ? content : [...content], type] as const,
  );
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The verdicts of test/support/xlsx-fixtures.ts's register as of 31/03/2025, by Excel row, as
 * worked by hand in test/io/xlsx.test.ts (EXPECTED there; rule hp-2025/central-tthc-list: 10
 * working days after the ministry's decision).
 */
const EXCEL_EXPECTED = [
  { line: '4', status: 'onTime', due: '2025-02-10', late: '0' }, // date cells: Mon 20/01 + 10 WD over Tết 27–31/01 = Mon 10/02; done Fri 07/02
  { line: '5', status: 'late', due: '2025-02-10', late: '1' }, // the same as dd/mm text; done Tue 11/02
  { line: '7', status: 'overdue', due: '2025-03-17', late: '10' }, // 3/3/2025 + 10 WD = Mon 17/03; not done: 18–21, 24–28, 31/03
  { line: '8', status: 'error', due: '', late: '' }, // actual 02/13/2025 is month first
  { line: '9', status: 'onTime', due: '2025-03-24', late: '0' }, // Mon 10/03 + 10 WD = Mon 24/03; a cell of 24/03 23:30 is 24/03
  { line: '10', status: 'late', due: '2025-02-10', late: '1' }, // 2025-02-10T23:30Z is 06:30 on Tue 11/02 in Vietnam
];

/** Whether the page has fetched exceljs's chunk (the page's own resource timing: the service worker's precache is not in it). */
const excelJsFetched = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /exceljs/i.test(e.name)));

/** Leaves a text field with the keyboard, as a clerk does once it is filled (its change event). */
async function fillAndLeave(page: Page, selector: string, value: string): Promise<void> {
  await page.fill(selector, value);
  await page.press(selector, 'Tab');
}

describe('Kiểm tra tệp', () => {
  it('a dropped register gives the verdicts of `check`, and the CSV download holds them', async () => {
    const expected = await checkVerdicts(register, '2025-03-31');
    expect(expected).toHaveLength(15);

    const page = await open('index.html?view=check');
    await page.fill('#as-of', '31/03/2025');
    await drop(page, 'publications.csv', readFileSync(register, 'utf8'));
    await page.waitForSelector('#check-table tbody tr');
    const shown = await shownVerdicts(page);
    expect(shown).toEqual(expected);
    // Known rows (README): line 2 on time, line 3 one working day late; the due day shown dd/mm/yyyy.
    expect(await page.textContent('#check-table tr[data-line="3"]')).toContain('10/02/2025');
    expect(await page.textContent('#check-table tr[data-line="3"] td.note')).toMatch(/^Kết luận kiểm tra: trễ hạn, chậm 1 ngày làm việc/);
    expect(await page.textContent('#check-summary [data-status="total"]')).toBe('15');

    const late = expected.filter((e) => e.status === 'late').length;
    await page.selectOption('#filter-status', 'late');
    expect(await page.locator('#check-table tbody tr').count()).toBe(late);
    expect(await page.locator('#check-table tbody tr:not([data-status="late"])').count()).toBe(0);
    await page.selectOption('#filter-status', '');
    await page.selectOption('#unit-column', 'ghi_chu');
    await page.selectOption('#filter-unit', 'Sở Tư pháp');
    expect(await page.locator('#check-table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#check-table tbody tr', { hasNotText: 'Sở Tư pháp' }).count()).toBe(0);
    await page.selectOption('#filter-unit', '');

    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    expect(file.suggestedFilename()).toBe('ket-qua-publications.csv');
    const rows = parseCsv<Record<string, string>>(readFileSync(await file.path(), 'utf8'), { columns: true, bom: true });
    expect(rows.map((r) => ({ line: r.line, status: r.status }))).toEqual(expected.map((e) => ({ line: e.line, status: e.status })));
    await page.close();
  });

  it('a picked NDJSON register gives the verdicts of `check` too', async () => {
    const file = join(root, 'examples/records.ndjson');
    const expected = await checkVerdicts(file, '2025-12-31');
    expect(expected.length).toBeGreaterThan(0);
    const page = await open('index.html?view=check');
    await page.fill('#as-of', '31/12/2025');
    await page.setInputFiles('#file-input', file);
    await expect.poll(() => page.locator('#check-table tbody tr').count()).toBe(expected.length);
    expect(await shownVerdicts(page)).toEqual(expected);
    await page.close();
  });

  it('a dropped Excel register: the column mapping asked for, then the verdicts by Excel row, the mm/dd row in Vietnamese', async () => {
    const page = await open('index.html?view=check');
    expect(await page.getAttribute('#file-input', 'accept')).toContain('.xlsx');
    expect(await page.textContent('label[for="columns"]')).toBe('Ánh xạ cột');
    expect(await excelJsFetched(page)).toBe(false);
    await page.fill('#as-of', '31/03/2025');
    await drop(page, 'so-theo-doi.xlsx', await excelRegister(), XLSX);
    // Vietnamese headers, no mapping yet: no row has a rule column; the page says so and leads to the mapping field.
    await expect.poll(() => page.textContent('#check-status')).toContain('không có cột rule');
    expect(await page.textContent('#check-status')).toContain('Mã, Tên, Quy định, Ngày QĐ của Bộ, Ngày công bố, Đơn vị');
    expect(await page.getAttribute('#check-status', 'aria-live')).toBe('polite');
    expect(await page.isVisible('#check-results')).toBe(false);
    expect(await excelJsFetched(page)).toBe(true);
    await page.click('#go-columns');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('columns');
    // A pair without its field: parseColumns' error, in Vietnamese, and the field marked invalid.
    await fillAndLeave(page, '#columns', 'Quy định');
    await expect.poll(() => page.textContent('#check-status')).toContain('Ô "Ánh xạ cột" chưa đúng');
    expect(await page.textContent('#check-status')).toContain('nhận được "Quy định"');
    expect(await page.getAttribute('#columns', 'aria-invalid')).toBe('true');

    await fillAndLeave(page, '#columns', COLUMNS);
    await expect.poll(() => page.locator('#check-table tbody tr').count()).toBe(6);
    expect(await page.getAttribute('#columns', 'aria-invalid')).toBe('false');
    expect(await shownVerdicts(page)).toEqual(EXCEL_EXPECTED);
    expect(await page.textContent('#check-status')).toBe('Đã kiểm tra so-theo-doi.xlsx: 6 bản ghi.');
    expect(await page.textContent('#check-table tr[data-line="8"] td.note')).toMatch(
      /^actual: "02\/13\/2025" không phải là một ngày; hãy ghi ngày theo dạng YYYY-MM-DD[^]*CSV và Excel cũng có thể ghi ngày\/tháng\/năm dd\/mm\/yyyy/,
    );
    expect(await page.textContent('#check-table tr[data-line="7"]')).toContain('17/03/2025');
    expect(await page.inputValue('#unit-column')).toBe('unit');
    await page.screenshot({ path: join(shots, 'kiem-tra-tep.png') });
    await page.close();
  });

  it('the Excel download is a workbook: the verdicts by Excel row, the due day a date cell, the summary by the unit shown', async () => {
    const page = await open('index.html?view=check');
    await page.fill('#as-of', '31/03/2025');
    await page.fill('#columns', COLUMNS);
    await drop(page, 'so-theo-doi.xlsx', await excelRegister(), XLSX);
    await expect.poll(() => page.locator('#check-table tbody tr').count()).toBe(6);
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download-xlsx')]);
    expect(file.suggestedFilename()).toBe('ket-qua-so-theo-doi.xlsx');
    const wb = await readBack(readFileSync(await file.path()));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Kết quả', 'Tổng hợp']);
    const ws = wb.getWorksheet('Kết quả')!;
    expect(ws.getCell('A1').value).toBe('Kiểm tra thời hạn: so-theo-doi.xlsx — tính đến ngày 31/03/2025');
    const rows = EXCEL_EXPECTED.map((_, i) => ws.getRow(3 + i));
    expect(rows.map((r) => r.getCell(1).value)).toEqual([4, 5, 7, 8, 9, 10]);
    expect(rows.map((r) => r.getCell(6).value)).toEqual(['đúng hạn', 'trễ hạn', 'quá hạn', 'lỗi', 'đúng hạn', 'trễ hạn']);
    expect((ws.getCell('G3').value as Date).toISOString()).toBe('2025-02-10T00:00:00.000Z');
    expect(ws.getCell('D6').value).toBe('Sở Y tế');
    // By unit: Sở Y tế has rows 8 (error) and 9 (on time); row 7 has no unit.
    const summary: unknown[][] = [];
    wb.getWorksheet('Tổng hợp')!.eachRow((row) => summary.push((row.values as unknown[]).slice(1)));
    expect(summary).toContainEqual(['Sở Y tế', 1, 0, 0, 0, 0, 0, 1, 2]);
    expect(summary).toContainEqual(['(không ghi đơn vị)', 0, 0, 1, 0, 0, 0, 0, 1]);
    await page.close();
  });

  it('reads the worksheet named in the field (whatever its case), and names the worksheets when it has no such one', async () => {
    const page = await open('index.html?view=check');
    await page.fill('#as-of', '31/05/2025');
    await page.fill('#sheet', 'quý 2');
    await drop(page, 'so-theo-doi.xlsx', await excelRegister(), XLSX);
    // Quý 2, row 2: Mon 28/04 + 10 WD over 30/04–02/05 = Thu 15/05; done Fri 16/05, one working day late.
    await expect.poll(() => page.locator('#check-table tbody tr').count()).toBe(1);
    expect(await shownVerdicts(page)).toEqual([{ line: '2', status: 'late', due: '2025-05-15', late: '1' }]);
    await fillAndLeave(page, '#sheet', 'Quý 3');
    await expect.poll(() => page.textContent('#check-status')).toContain('không có trang tính "Quý 3"; các trang tính: "Sổ theo dõi", "Quý 2"');
    await page.close();
  });

  it('a CSV register with its own column names: the same hint, and the mapping reads it', async () => {
    const page = await open('index.html?view=check');
    await page.fill('#as-of', '31/03/2025');
    const csv = 'Mã;Quy định;Ngày QĐ của Bộ;Ngày công bố\nC-1;hp-2025/central-tthc-list;20/01/2025;11/02/2025\n';
    await drop(page, 'so.csv', csv);
    await expect.poll(() => page.textContent('#check-status')).toContain('các cột đã thấy: Mã, Quy định, Ngày QĐ của Bộ, Ngày công bố');
    await fillAndLeave(page, '#columns', 'Quy định=rule, ngày qđ của bộ=ministryDecisionDate, Ngày công bố=actual');
    // 20/01 + 10 WD = Mon 10/02; done Tue 11/02: one working day late.
    await expect.poll(() => page.locator('#check-table tbody tr').count()).toBe(1);
    expect(await shownVerdicts(page)).toEqual([{ line: '2', status: 'late', due: '2025-02-10', late: '1' }]);
    await page.close();
  });

  it('builds exceljs into a chunk of its own, out of the main script', () => {
    const html = readFileSync(join(root, 'web/dist/index.html'), 'utf8');
    const main = /<script type="module"[^>]*src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(main).toBeDefined();
    const assets = readdirSync(join(root, 'web/dist/assets'));
    const excel = assets.filter((f) => f.startsWith('exceljs') && f.endsWith('.js'));
    expect(excel).toHaveLength(1);
    // 'xl/workbook.xml': a part name that only exceljs's code writes.
    expect(readFileSync(join(root, 'web/dist/assets', excel[0]), 'utf8')).toContain('xl/workbook.xml');
    expect(readFileSync(join(root, 'web/dist', main!), 'utf8')).not.toContain('xl/workbook.xml');
  });
});

describe('Lịch', () => {
  it('lists the days off and make-up Saturdays of 2025 with their documents, and downloads them as ICS', async () => {
    const page = await open('index.html?view=calendar');
    await page.selectOption('#year', '2025');
    expect(await page.getAttribute('#year-status', 'class')).toBe('ok');
    // Sat 26/04/2025 is worked for Fri 02/05/2025 (the 30/4–1/5 swap); Mon 27/01/2025 is a Tết day.
    expect(await page.textContent('#year-table tr[data-date="2025-04-26"]')).toMatch(/Thứ Bảy, 26\/04\/2025.*làm bù/);
    expect(await page.textContent('#year-table tr[data-date="2025-05-02"]')).toMatch(/Thứ Sáu, 02\/05\/2025.*nghỉ/);
    expect(await page.textContent('#year-table tr[data-date="2025-01-27"]')).toMatch(/Tết Nguyên đán.*CV 8726\/VPCP-KGVX/);
    await page.screenshot({ path: join(shots, 'lich.png') });
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download-ics')]);
    const ics = readFileSync(await file.path(), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART;VALUE=DATE:20250426');
    expect(ics).toContain('DTSTART;VALUE=DATE:20250127');
    await page.close();
  });

  it('marks a provisional year as such, with the reason', async () => {
    const page = await open('index.html?view=calendar');
    await page.selectOption('#year', String(firstProvisionalYear()));
    expect(await page.getAttribute('#year-status', 'class')).toBe('warn');
    expect(await page.textContent('#year-status')).toContain('tạm tính');
    expect(await page.textContent('#year-status')).toContain('Bộ luật Lao động');
    await page.close();
  });
});

describe('offline and private', () => {
  it('works offline once loaded (service worker)', async () => {
    const page = await open(DEEP_LINK);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready.then(() => true));
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    try {
      await page.reload();
      await page.waitForSelector('body[data-ready]');
      await expect.poll(() => page.textContent('#due-day')).toBe('Thứ Hai, 10/02/2025');
    } finally {
      await context.setOffline(false);
    }
    await page.close();
  });

  it('sends no request anywhere but the page’s own server', () => {
    expect(requests.length).toBeGreaterThan(0);
    const elsewhere = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(elsewhere).toEqual([]);
  });
});
