/**
 * Excel in and out, and dates written day first: `check register.xlsx` on a clerk's register (a
 * merged title above a Vietnamese header, date cells, dd/mm text, an mm/dd mistake, an empty
 * row), `--report xlsx` read back cell by cell, `--columns` on CSV, `--fact` day first. Every
 * expected verdict is worked out from the calendar by hand (rule hp-2025/central-tthc-list: 10
 * working days after the ministry's decision). Runs under each test time zone: a date cell is a
 * calendar day whatever the host's zone.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { dayTextProblem, parseDayText } from '../../src/core/day-text.js';
import { checkStream, readXlsx, xlsxReport, type RecordVisitor } from '../../src/io/index.js';
import { parseColumns } from '../../src/io/columns.js';
import { excelJsImport } from '../../src/io/xlsx/load.js';
import { messages } from '../../src/io/xlsx/messages.js';
import { checkMany } from '../../src/compliance/batch.js';
import { CheckSummary } from '../../src/compliance/summary.js';
import { check } from '../support/check-cli.js';
import { cli } from '../support/cli.js';
import { COLUMNS, readBack, register, sheetOf } from '../support/xlsx-fixtures.js';
import { ndjsonObjects } from '../support/ndjson.js';

const dir = mkdtempSync(join(tmpdir(), 'vn-deadlines-xlsx-'));

async function registerFile(name = 'so-theo-doi.xlsx'): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await register());
  return file;
}

/** The register's verdicts as of Mon 31/03/2025: [Excel row, status, due, working days late]. */
const EXPECTED: [number, string, string | null, number | null][] = [
  [4, 'onTime', '2025-02-10', 0], // date cells: Mon 20/01 + 10 WD over Tết 27–31/01 = Mon 10/02; done Fri 07/02
  [5, 'late', '2025-02-10', 1], // the same as dd/mm text; done Tue 11/02
  [7, 'overdue', '2025-03-17', 10], // 3/3/2025 (Mon) + 10 WD = Mon 17/03; not done: 18–21, 24–28, 31/03 = 10 WD
  [8, 'error', null, null], // actual 02/13/2025 is month first
  [9, 'onTime', '2025-03-24', 0], // Mon 10/03 + 10 WD = Mon 24/03; a cell of 24/03 23:30 is 24/03
  [10, 'late', '2025-02-10', 1], // 2025-02-10T23:30Z is 06:30 on Tue 11/02 in Vietnam
];

describe('dates written day first (src/core/day-text.ts)', () => {
  it('dd/mm/yyyy and d/m/yyyy are day first; ISO stays; month first, 31/02 and two-digit years are not days', () => {
    expect(parseDayText('10/02/2025')).toBe('2025-02-10');
    expect(parseDayText('1/2/2025')).toBe('2025-02-01');
    expect(parseDayText(' 29/02/2024 ')).toBe('2024-02-29');
    expect(parseDayText('2025-02-10')).toBe('2025-02-10');
    expect(parseDayText('02/13/2025')).toBeUndefined();
    expect(parseDayText('31/02/2025')).toBeUndefined();
    expect(parseDayText('10/02/25')).toBeUndefined();
    expect(parseDayText('10/02/2025 14:30')).toBeUndefined();
    expect(dayTextProblem('02/13/2025', 'dayFirst')).toContain('no month 13; for day 13 of month 2 write 13/02/2025');
    expect(dayTextProblem('02/13/2025', 'iso')).toContain('no month 13; for day 13 of month 2 write 2025-02-13');
    expect(dayTextProblem('29/02/2025', 'iso')).toContain('month 2 of 2025 has no day 29');
    expect(dayTextProblem('hôm qua', 'iso')).toBeUndefined();
  });

  it('the typed API stays ISO: checkMany refuses 20/01/2025 (a program that writes month first must fail, not pass for days 1–12)', () => {
    const [o] = [...checkMany([{ rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '20/01/2025', actual: '2025-02-11' }], { asOf: '2025-03-31' })];
    expect(o.status).toBe('error');
    expect(o.error).toMatchObject({ code: 'invalid_fact', field: 'ministryDecisionDate' });
  });

  it('--fact takes dd/mm/yyyy (due), and refuses month first with exit code 2', async () => {
    const ok = await cli('due', 'hp-2025/central-tthc-list', '--fact', 'ministryDecisionDate=20/01/2025', '--json');
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.out) as { due: string }).due).toBe('2025-02-10');
    const bad = await cli('due', 'hp-2025/central-tthc-list', '--fact', 'ministryDecisionDate=01/20/2025');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--fact ministryDecisionDate: "01/20/2025" không phải là một ngày có thật');
    expect(bad.err).toContain('ghi ngày theo dạng ngày/tháng/năm (dd/mm/yyyy');
  });

  it('a CSV with Vietnamese column names (--columns) and dd/mm dates; --as-of dd/mm too', async () => {
    const file = join(dir, 'so.csv');
    writeFileSync(
      file,
      'Mã;Quy định;Ngày QĐ của Bộ;Ngày công bố\nC-1;hp-2025/central-tthc-list;20/01/2025;11/02/2025\nC-2;hp-2025/central-tthc-list;20/01/2025;02/11/2025\n',
    );
    const { code, out } = await check(
      file,
      '--columns',
      'Mã=id,Quy định=rule',
      '--columns',
      'ngày qđ của bộ=ministryDecisionDate,Ngày công bố=actual',
      '--as-of',
      '31/12/2025',
      '--report',
      'ndjson',
    );
    expect(code).toBe(0);
    // C-2: 02/11/2025 is 2 November (day first), 194 days after the due day: late, not on time
    expect(ndjsonObjects(out).map((r) => [r.line, r.id, r.status, r.due])).toEqual([
      [2, 'C-1', 'late', '2025-02-10'],
      [3, 'C-2', 'late', '2025-02-10'],
    ]);
  });

  it('--columns and --sheet are refused where they cannot apply (NDJSON; --sheet on CSV)', async () => {
    const ndjsonFile = join(dir, 'r.ndjson');
    writeFileSync(ndjsonFile, '{"rule":"hp-2025/central-tthc-list","ministryDecisionDate":"2025-01-20"}\n');
    expect(await check(ndjsonFile, '--columns', 'Mã=id', '--lang', 'en')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--columns applies to CSV and Excel input only'),
    });
    expect(await check(join(dir, 'so.csv'), '--sheet', 'Sheet1')).toMatchObject({ code: 2, err: expect.stringContaining('--sheet chỉ dùng cho tệp Excel') });
  });

  it('agenda --event takes a day-first date too (10 working days after Mon 03/03/2025: Mon 17/03)', async () => {
    const r = await cli(
      'agenda',
      '--unit',
      'Sở Tư pháp',
      '--from',
      '2025-03-01',
      '--to',
      '2025-03-31',
      '--as-of',
      '2025-03-20',
      '--dated-only',
      '--event',
      'hp-2025/central-tthc-list:ministryDecisionDate=3/3/2025',
      '--json',
    );
    expect(r.code).toBe(0);
    const items = (JSON.parse(r.out) as { items: { ruleId: string; due: string }[] }).items;
    expect(items.find((i) => i.ruleId === 'hp-2025/central-tthc-list')?.due).toBe('2025-03-17');
  });

  it('--columns refuses a pair without a field', () => {
    expect(() => parseColumns(['Ngày công bố'])).toThrow('--columns nhận danh sách');
  });
});

describe('check register.xlsx', () => {
  afterEach(() => {
    excelJsImport.load = async () => ((await import('exceljs')) as { default: typeof ExcelJS }).default;
  });

  it('the first sheet: the title rows skipped, the header found, one verdict per non-empty row with its Excel row number', async () => {
    const { code, out, err } = await check(await registerFile(), '--columns', COLUMNS, '--as-of', '2025-03-31', '--report', 'ndjson');
    expect(code).toBe(0);
    const rows = ndjsonObjects(out);
    expect(rows.map((r) => [r.line, r.status, r.due, r.workingDaysLate])).toEqual(EXPECTED);
    expect(rows.map((r) => r.id)).toEqual(['HP-1', 'HP-2', 'HP-3', 'HP-4', 'HP-5', 'HP-6']);
    expect(rows[3].error).toMatchObject({ code: 'invalid_date', field: 'actual', message: expect.stringContaining('"02/13/2025" is not a date') });
    expect(err.split('\n')[0]).toBe('Tổng hợp: 6 bản ghi — đúng hạn 2 · trễ hạn 2 · quá hạn 1 · lỗi 1');
  });

  it("examples/so-theo-doi.xlsx (the README's register) is this register", async () => {
    const file = join(new URL('../../', import.meta.url).pathname, 'examples/so-theo-doi.xlsx');
    const { out } = await check(file, '--columns', COLUMNS, '--as-of', '31/03/2025', '--report', 'ndjson');
    expect(ndjsonObjects(out).map((r) => [r.line, r.status, r.due, r.workingDaysLate])).toEqual(EXPECTED);
  });

  it('the text report names the Excel row of the mm/dd mistake and its column', async () => {
    const { out } = await check(await registerFile(), '--columns', COLUMNS, '--as-of', '2025-03-31');
    expect(out).toMatch(
      /dòng 8 · HP-4 · Y tế\n {2}\[LỖI\] hp-2025\/central-tthc-list\n {4}cột actual: "02\/13\/2025" không phải là một ngày; hãy ghi ngày theo dạng YYYY-MM-DD[^]*CSV và Excel cũng có thể ghi ngày\/tháng\/năm dd\/mm\/yyyy/,
    );
  });

  it('date cells of a workbook in the 1904 date system are the same days (serial 44215 is 20/01/2025 there)', async () => {
    const file = join(dir, 'mac-1904.xlsx');
    const rows = [
      ['rule', 'ministryDecisionDate', 'actual'],
      ['hp-2025/central-tthc-list', new Date(Date.UTC(2025, 0, 20)), new Date(Date.UTC(2025, 1, 11))],
    ];
    writeFileSync(file, await sheetOf(rows, true));
    const { out } = await check(file, '--as-of', '2025-03-31', '--report', 'ndjson');
    expect(ndjsonObjects(out).map((r) => [r.line, r.status, r.due, r.actual])).toEqual([[2, 'late', '2025-02-10', '2025-02-11']]);
  });

  it('--sheet picks a worksheet by name (whatever its case); an unknown one is refused with the list', async () => {
    const file = await registerFile();
    const q2 = await check(file, '--sheet', 'quý 2', '--as-of', '2025-05-31', '--report', 'ndjson');
    // Mon 28/04 + 10 WD over 30/04–02/05 = Thu 15/05; done Fri 16/05
    expect(ndjsonObjects(q2.out).map((r) => [r.line, r.id, r.status, r.due, r.workingDaysLate])).toEqual([[2, 'Q2-1', 'late', '2025-05-15', 1]]);
    const none = await check(file, '--sheet', 'Quý 3');
    expect(none.code).toBe(2);
    expect(none.err).toContain('không có trang tính "Quý 3"; các trang tính: "Sổ theo dõi", "Quý 2"');
  });

  it('without the mapping no row has a rule column: refused, pointing at --columns; a header alone is header_only', async () => {
    const { code, err } = await check(await registerFile(), '--lang', 'en');
    expect(code).toBe(2);
    expect(err).toContain('has no header row with a rule column');
    expect(err).toContain('Mã, Tên, Quy định, Ngày QĐ của Bộ, Ngày công bố, Đơn vị');
    const file = join(dir, 'header.xlsx');
    writeFileSync(file, await sheetOf([['rule', 'actual'], [], []]));
    const header = await check(file);
    expect(header.code).toBe(2);
    expect(header.err).toContain('header_only');
  });

  it('a file that is not a workbook (a CSV named .xlsx) is refused with exit code 2, and no report is left', async () => {
    const file = join(dir, 'not-a-workbook.xlsx');
    writeFileSync(file, 'rule,actual\nhp-2025/central-tthc-list,2025-02-10\n');
    const out = join(dir, 'not-written.xlsx');
    const { code, err } = await check(file, '--lang', 'en', '--report', 'xlsx', '--out', out);
    expect(code).toBe(2);
    expect(err).toContain('it is not a valid .xlsx file');
    expect(() => readFileSync(out)).toThrow();
  });

  it('without exceljs: a coded error naming the package and npm i exceljs, before anything is written', async () => {
    excelJsImport.load = () => Promise.reject(new Error("Cannot find package 'exceljs'"));
    const out = join(dir, 'never.xlsx');
    const { code, err } = await check(await registerFile(), '--columns', COLUMNS, '--report', 'xlsx', '--out', out, '--lang', 'en');
    expect(code).toBe(2);
    expect(err).toContain('needs the optional package exceljs');
    expect(err).toContain('npm i exceljs');
    expect(err).toContain('xlsx_needs_exceljs');
    expect(() => readFileSync(out)).toThrow();
  });

  it('--report xlsx without --out is refused (xlsx_needs_out)', async () => {
    const { code, err } = await check(await registerFile(), '--columns', COLUMNS, '--report', 'xlsx');
    expect(code).toBe(2);
    expect(err).toContain('xlsx_needs_out');
  });
});

describe('--report xlsx --out ket-qua.xlsx, read back', () => {
  it('one row per verdict: status in words on its colour, due day as a dd/mm/yyyy date cell, delay, explanation; text stays text', async () => {
    const out = join(dir, 'ket-qua.xlsx');
    const { code } = await check(await registerFile(), '--columns', COLUMNS, '--as-of', '2025-03-31', '--report', 'xlsx', '--out', out);
    expect(code).toBe(0);
    const wb = await readBack(readFileSync(out));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Kết quả', 'Tổng hợp']);
    const ws = wb.getWorksheet('Kết quả')!;
    expect(ws.getCell('A1').value).toBe(`Kiểm tra thời hạn: ${join(dir, 'so-theo-doi.xlsx')} — tính đến ngày 31/03/2025`);
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([
      'Dòng',
      'Mã',
      'Tên',
      'Đơn vị',
      'Quy định',
      'Kết luận',
      'Hạn chót',
      'Ngày thực hiện',
      'Số ngày làm việc trễ',
      'Giải thích',
    ]);
    const rows = EXPECTED.map((_, i) => ws.getRow(3 + i));
    expect(rows.map((r) => r.getCell(1).value)).toEqual([4, 5, 7, 8, 9, 10]);
    expect(rows.map((r) => r.getCell(6).value)).toEqual(['đúng hạn', 'trễ hạn', 'quá hạn', 'lỗi', 'đúng hạn', 'trễ hạn']);
    expect(rows.map((r) => (r.getCell(6).fill as ExcelJS.FillPattern).fgColor?.argb)).toEqual([
      'FFC6EFCE',
      'FFFFC7CE',
      'FFFF9B9B',
      'FFF8CBAD',
      'FFC6EFCE',
      'FFFFC7CE',
    ]);
    const due = rows[0].getCell(7);
    expect(due.type).toBe(ExcelJS.ValueType.Date);
    expect((due.value as Date).toISOString()).toBe('2025-02-10T00:00:00.000Z');
    expect(due.numFmt).toBe('dd/mm/yyyy');
    expect((rows[4].getCell(8).value as Date).toISOString()).toBe('2025-03-24T00:00:00.000Z');
    expect(rows.map((r) => r.getCell(9).value)).toEqual([0, 1, 10, null, 0, 1]);
    expect(rows[1].getCell(10).value).toMatch(/^Công bố danh mục TTHC[^]*Kết luận kiểm tra: trễ hạn, chậm 1 ngày làm việc/);
    expect(rows[3].getCell(10).value).toMatch(/^Lỗi ở trường actual: "02\/13\/2025" không phải là một ngày; hãy ghi ngày theo dạng YYYY-MM-DD/);
    // The title written as a formula is a text cell, never a formula.
    const title = rows[2].getCell(3);
    expect(title.value).toBe('=HYPERLINK("http://example.invalid","bấm")');
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.formula).toBeUndefined();
  });

  it('the summary sheet: records by status, readings by rule, records by unit', async () => {
    const out = join(dir, 'tong-hop.xlsx');
    await check(await registerFile(), '--columns', COLUMNS, '--as-of', '2025-03-31', '--report', 'xlsx', '--out', out);
    const ws = (await readBack(readFileSync(out))).getWorksheet('Tổng hợp')!;
    const table: unknown[][] = [];
    ws.eachRow((row) => table.push((row.values as unknown[]).slice(1)));
    // columns: name, onTime, late, overdue, tooEarly, open, notApplicable, error, total
    expect(table.slice(1)).toEqual([
      [undefined, 'đúng hạn', 'trễ hạn', 'quá hạn', 'quá sớm', 'chưa đến hạn', 'không áp dụng', 'lỗi', 'Tổng'],
      ['Tất cả bản ghi', 2, 2, 1, 0, 0, 0, 1, 6],
      ['Theo quy định', 'đúng hạn', 'trễ hạn', 'quá hạn', 'quá sớm', 'chưa đến hạn', 'không áp dụng', 'lỗi'],
      ['hp-2025/central-tthc-list', 2, 2, 1, 0, 0, 0, 1, 6],
      ['Theo đơn vị', 'đúng hạn', 'trễ hạn', 'quá hạn', 'quá sớm', 'chưa đến hạn', 'không áp dụng', 'lỗi'],
      ['Sở Nội vụ', 0, 1, 0, 0, 0, 0, 0, 1],
      ['Sở Tư pháp', 1, 1, 0, 0, 0, 0, 0, 2],
      ['Sở Y tế', 1, 0, 0, 0, 0, 0, 1, 2],
      ['(không ghi đơn vị)', 0, 0, 1, 0, 0, 0, 0, 1],
    ]);
  });
});

describe('the browser-safe interface (bytes in, bytes out)', () => {
  it('readXlsx takes an ArrayBuffer and gives each record with its Excel row; xlsxReport gives the workbook bytes', async () => {
    const bytes = await register();
    const rows: [number, unknown][] = [];
    const visit: RecordVisitor = { record: (value, line) => rows.push([line, value]), bad: () => {} };
    await readXlsx(bytes.slice().buffer, visit, { columns: parseColumns([COLUMNS]) });
    expect(rows.map(([line]) => line)).toEqual([4, 5, 7, 8, 9, 10]);
    expect(rows[0][1]).toEqual({
      id: 'HP-1',
      title: 'Hộ tịch',
      rule: 'hp-2025/central-tthc-list',
      ministryDecisionDate: '2025-01-20',
      actual: '2025-02-07',
      unit: 'Sở Tư pháp',
    });
    // A date-time cell keeps its time, as Vietnam's wall clock (a check takes its day, 24/03).
    expect(rows[4][1]).toMatchObject({ actual: '2025-03-24T23:30:00+07:00' });
    // Without the mapping: no header row; the columns seen are in the details (the web page points at its mapping field with them).
    await expect(readXlsx(bytes, visit)).rejects.toMatchObject({
      code: 'invalid_data',
      details: { sheet: 'Sổ theo dõi', columns: ['Mã', 'Tên', 'Quy định', 'Ngày QĐ của Bộ', 'Ngày công bố', 'Đơn vị'] },
    });

    const report = await xlsxReport({ lang: 'en', source: 'upload.xlsx', asOf: '2025-03-31', whatIf: false });
    const summary = new CheckSummary();
    for (const o of checkMany([{ id: 'X', rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-02-07' }], {
      asOf: '2025-03-31',
    })) {
      summary.add(o);
      report.write(o, 'Sở Tư pháp');
    }
    const ws = (await readBack(await report.end(summary))).getWorksheet('Results')!;
    expect([ws.getCell('B3').value, ws.getCell('D3').value, ws.getCell('F3').value]).toEqual(['X', 'Sở Tư pháp', 'on time']);
  });

  it("checkStream takes dd/mm dates in CSV (a clerk's upload)", async () => {
    const out: Uint8Array[] = [];
    await checkStream(
      ['rule,ministryDecisionDate,actual\n', 'hp-2025/central-tthc-list,20/01/2025,07/02/2025\n'],
      { write: (b) => out.push(b.slice()) },
      {
        format: 'csv',
        report: 'ndjson',
        asOf: '2025-03-31',
      },
    );
    const text = Buffer.concat(out).toString('utf8');
    expect(ndjsonObjects(text).map((r) => [r.status, r.due])).toEqual([['onTime', '2025-02-10']]);
  });

  it('the messages have the same keys in both languages', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.vi).sort());
  });
});
