/**
 * The clerks' web page (web/) in real headless Chromium (Debian's /usr/bin/chromium, or
 * $CHROMIUM): built here with Vite, served from web/dist by a static server on 127.0.0.1, and
 * driven as a clerk would. Saves a screenshot of each view at 1366×768 in
 * test/browser/screenshots/ for a reviewer. Runs in the `once` project (it spawns the build).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../support/check-cli.js';
import { serveStatic, type StaticServer } from '../support/static-server.js';
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

/** Drops a file on the drop zone, as a clerk drags it from the file manager. */
async function drop(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([n, t]) => {
      const data = new DataTransfer();
      data.items.add(new File([t], n, { type: 'text/csv' }));
      document.getElementById('drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, text],
  );
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
    await page.screenshot({ path: join(shots, 'kiem-tra-tep.png') });

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

  it('says plainly that Excel is not supported yet', async () => {
    const page = await open('index.html?view=check');
    await page.setInputFiles('#file-input', { name: 'so-theo-doi.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') });
    expect(await page.textContent('#check-status')).toContain('Chưa hỗ trợ tệp Excel');
    expect(await page.getAttribute('#file-input', 'accept')).toBe('.csv,.ndjson,.jsonl,.json');
    expect(await page.isVisible('#download-xlsx')).toBe(false);
    await page.close();
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
