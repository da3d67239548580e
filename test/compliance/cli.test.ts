/**
 * `vn-deadlines check`, run in-process the way run.ts runs a command (usage errors and library
 * errors: one line on stderr, exit code 2), on the examples and on files made here.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checkCommands, runCheck, type ByteIo } from '../../src/cli/commands/check.js';
import { cli as runCliSupport } from '../support/cli.js';
import { check, checkRunOf } from '../support/check-cli.js';
import { ndjsonObjects } from '../support/ndjson.js';

const root = new URL('../../', import.meta.url).pathname;
const CSV = join(root, 'examples/publications.csv');
const NDJSON = join(root, 'examples/records.ndjson');
const dir = mkdtempSync(join(tmpdir(), 'vn-deadlines-check-'));

/** The verdicts of examples/publications.csv as of Mon 31/03/2025, worked out by hand (README's clerk's session). */
const EXPECTED: [number, string, string | null, number | null][] = [
  [2, 'onTime', '2025-02-10', 0], // 10 WD after 20/01, Tết skipped; done Fri 07/02
  [3, 'late', '2025-02-10', 1], // done Tue 11/02
  [4, 'onTime', '2025-03-17', 0], // 10 WD after Mon 03/03: Mon 17/03, done that day
  [5, 'late', '2025-02-03', 1], // two readings: plan on time (due 05/02), NĐ 63 late (due 03/02)
  [6, 'late', '2025-04-26', 1], // effective on signing Fri 25/04: next working day is make-up Sat 26/04; done Mon 28/04
  [7, 'onTime', '2025-05-15', 0], // 10 WD after Mon 28/04 over 30/04–02/05: Thu 15/05
  [8, 'onTime', '2025-09-08', 0], // 23:30 UTC+7 on the due day
  [9, 'late', '2025-09-08', 1], // 23:30 UTC = 06:30 on 09/09 in Vietnam
  [10, 'late', '2025-08-29', 1], // before 30/08: 29/08; done Wed 03/09 after the Quốc khánh days: 5 days, 1 WD
  [11, 'late', '2025-05-17', 1], // before 18/05: Sat 17/05 (not rolled); done Mon 19/05
  [12, 'overdue', '2025-03-24', 5], // not done as of 31/03
  [13, 'error', null, null], // 03/20/2025 is month first: no month 20 (dd/mm/yyyy is taken)
  [14, 'tooEarly', '2025-12-31', 0], // before the pilot review of 10/06
  [15, 'notApplicable', null, 0], // ongoing: no due day
  [16, 'open', '2025-04-09', 0], // 10 WD after 25/03 over Giỗ Tổ 07/04
];

describe('vn-deadlines check: a window has two ends', () => {
  it('a study tour "trong năm 2025" done on 30/12/2024 is reported too early, not on time', async () => {
    const file = join(dir, 'windows.ndjson');
    writeFileSync(
      file,
      [
        '{"id":"T-1","rule":"hp-2025/study-tours","actual":"2024-12-30"}',
        '{"id":"T-2","rule":"hp-2025/study-tours","actual":"2025-06-02"}',
        '{"id":"T-3","rule":"hp-2025/unit-plan","actual":"2025-01-20"}',
      ].join('\n') + '\n',
    );
    const { code, out } = await check(file, '--as-of', '2025-12-31', '--report', 'ndjson');
    expect(code).toBe(0);
    expect(ndjsonObjects(out).map((r) => [r.id, r.status])).toEqual([
      ['T-1', 'tooEarly'],
      ['T-2', 'onTime'],
      ['T-3', 'tooEarly'],
    ]);
    const text = await check(file, '--as-of', '2025-12-31', '--lang', 'en');
    expect(text.out).toContain('Verdict: too early — done on 2024-12-30 (Mon), before the window opens on 2025-01-01');
  });
});

describe("vn-deadlines check examples/publications.csv (a clerk's CSV)", () => {
  it('--report ndjson: one object per record, in order, with its line, id, status, due day and working days late; the summary on stderr', async () => {
    const { code, out, err } = await check(CSV, '--as-of', '2025-03-31', '--report', 'ndjson');
    expect(code).toBe(0);
    const rows = ndjsonObjects(out);
    expect(rows.map((r) => [r.line, r.status, r.due, r.workingDaysLate])).toEqual(EXPECTED);
    expect(rows.map((r) => r.id)).toEqual(EXPECTED.map((_, i) => `HP-2025-${String(i + 1).padStart(3, '0')}`));
    expect(rows[11].error).toMatchObject({
      code: 'invalid_fact',
      field: 'ministryDecisionDate',
      message: expect.stringContaining('no month 20; for day 20 of month 3 write 2025-03-20'),
    });
    expect(err.split('\n')[0]).toBe('Tổng hợp: 15 bản ghi — đúng hạn 4 · trễ hạn 6 · quá hạn 1 · quá sớm 1 · chưa đến hạn 1 · không áp dụng 1 · lỗi 1');
  });

  it('the text report (the default) reads as a report: title, one block per record, reasons for the late ones, the summary at the end', async () => {
    const { code, out, err } = await check(CSV, '--as-of', '2025-03-31');
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.split('\n');
    expect(lines[0]).toBe('Kiểm tra thời hạn: ' + CSV + ' — tính đến ngày Thứ Hai, 31/03/2025');
    expect(out).toContain('dòng 3 · HP-2025-002 · Danh mục TTHC lĩnh vực đất đai, tài nguyên nước\n  [TRỄ HẠN] hp-2025/central-tthc-list\n');
    expect(out).toContain('    Thứ Tư, 29/01/2025: bỏ qua, không tính — Tết Nguyên đán Ất Tỵ (mùng 1 tháng Giêng) (CV 8726/VPCP-KGVX)');
    expect(out).toContain(
      '    Kết luận kiểm tra: trễ hạn, chậm 1 ngày làm việc (1 ngày theo lịch) — thực hiện ngày Thứ Ba, 11/02/2025; hạn chót Thứ Hai, 10/02/2025',
    );
    expect(out).toContain('    Thứ Bảy, 26/04/2025 là ngày làm việc — Ngày làm bù (cho Thứ Sáu 02/05/2025 nghỉ dịp 30/4 – 1/5) (CV 8726/VPCP-KGVX; ');
    expect(out).toContain(
      '  Đối chiếu theo 2 quy định, kết quả khác nhau: hp-2025/local-tthc-publication: đúng hạn; nd63/local-publication-before-effect: trễ hạn (chậm 1 ngày làm việc)',
    );
    expect(out).toContain('  [LỖI] hp-2025/central-tthc-list\n    cột ministryDecisionDate: ');
    expect(lines.at(-11)).toBe('Tổng hợp: 15 bản ghi — đúng hạn 4 · trễ hạn 6 · quá hạn 1 · quá sớm 1 · chưa đến hạn 1 · không áp dụng 1 · lỗi 1');
    // On-time records get their verdict only, not the steps.
    expect(out).toContain(
      'dòng 2 · HP-2025-001 · Danh mục TTHC lĩnh vực hộ tịch, chứng thực\n  [đúng hạn] hp-2025/central-tthc-list\n    Kết luận kiểm tra: đúng hạn',
    );
  });

  it('--lang en', async () => {
    const { out } = await check(CSV, '--as-of', '2025-03-31', '--lang', 'en');
    expect(out.split('\n')[0]).toMatch(/^Deadline check: .* — as of 2025-03-31 \(Mon\)$/);
    expect(out).toContain('  [LATE] hp-2025/central-tthc-list\n');
    expect(out).toContain('Verdict: late by 1 working day (1 calendar day) — done on 2025-02-11 (Tue), due 2025-02-10 (Mon)');
    expect(out).toContain('Summary: 15 records — on time 4 · late 6 · overdue 1 · too early 1 · open 1 · not applicable 1 · error 1');
  });

  it('--report json: { source, asOf, results, summary }, one result per record', async () => {
    const { code, out, err } = await check(CSV, '--as-of', '2025-03-31', '--report', 'json');
    expect(code).toBe(0);
    expect(err).toBe('');
    const doc = JSON.parse(out) as {
      asOf: string;
      results: { line: number; status: string }[];
      summary: { records: number; byStatus: Record<string, number> };
    };
    expect(doc.asOf).toBe('2025-03-31');
    expect(doc.results.map((r) => [r.line, r.status])).toEqual(EXPECTED.map((e) => [e[0], e[1]]));
    expect(doc.summary).toMatchObject({ records: 15, byStatus: { late: 6, error: 1 } });
    expect((await check(CSV, '--as-of', '2025-03-31', '--json')).out).toBe(out);
  });

  it('--report csv: a header and one row per record, with a BOM for spreadsheets; it reads back with csv-parse', async () => {
    const { out } = await check(CSV, '--as-of', '2025-03-31', '--report', 'csv');
    expect(out.startsWith('\uFEFFline,id,title,rule,variant,status,due,actual,')).toBe(true);
    const rows = parseCsv<Record<string, string>>(out, { bom: true, columns: true });
    expect(rows.map((r) => [Number(r.line), r.status])).toEqual(EXPECTED.map((e) => [e[0], e[1]]));
    expect(rows[0].title).toBe('Danh mục TTHC lĩnh vực hộ tịch, chứng thực');
    expect(rows[3]).toMatchObject({ readings: 'hp-2025/local-tthc-publication=onTime|nd63/local-publication-before-effect=late(1)', status: 'late' });
    expect(rows[11]).toMatchObject({ errorCode: 'invalid_fact', errorField: 'ministryDecisionDate' });
    expect(rows[1].verdict).toMatch(/^Kết luận kiểm tra: trễ hạn, chậm 1 ngày làm việc/);
  });

  it('an io that takes bytes (outBytes) gets the same report, BOM and all', async () => {
    const chunks: Uint8Array[] = [];
    const io: ByteIo = { out: () => expect.fail('out is not used when outBytes is there'), err: () => {}, outBytes: (b) => chunks.push(b), errIsTTY: false };
    const { positionals, values } = parseArgs({
      args: [CSV, '--as-of', '2025-03-31', '--report', 'csv'],
      options: checkCommands.check.options,
      allowPositionals: true,
    });
    expect(await checkCommands.check.run(positionals, values as Record<string, unknown>, io)).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8')).toBe((await check(CSV, '--as-of', '2025-03-31', '--report', 'csv')).out + '\n');
  });

  it('--out writes the report to a file (the summary then goes to stderr)', async () => {
    const file = join(dir, 'report.txt');
    const { code, out, err } = await check(CSV, '--as-of', '2025-03-31', '--out', file);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(readFileSync(file, 'utf8')).toBe((await check(CSV, '--as-of', '2025-03-31')).out + '\n');
    expect(err).toMatch(/^Tổng hợp: 15 bản ghi/);
  });
});

describe('exit codes', () => {
  it('0 when the run completed, bad records included; 1 with --fail-on when a record has such a status', async () => {
    expect((await check(CSV, '--as-of', '2025-03-31', '--report', 'ndjson')).code).toBe(0);
    expect((await check(CSV, '--as-of', '2025-03-31', '--report', 'ndjson', '--fail-on', 'late,overdue')).code).toBe(1);
    expect((await check(CSV, '--as-of', '2025-03-31', '--report', 'ndjson', '--fail-on', 'error')).code).toBe(1);
    const good = join(dir, 'good.ndjson');
    writeFileSync(good, '{"rule":"hp-2025/central-tthc-list","ministryDecisionDate":"2025-01-20","actual":"2025-02-10"}\n');
    expect((await check(good, '--report', 'ndjson', '--fail-on', 'late', '--fail-on', 'overdue')).code).toBe(0);
  });

  it('2 on unusable arguments or an unreadable file, with one line on stderr and nothing on stdout', async () => {
    const cases: [string[], RegExp][] = [
      [[join(dir, 'missing.csv')], /cannot read .*missing\.csv: ENOENT/],
      [['--format', 'csv', dir], /it is a directory/],
      [[join(dir, 'records.txt')], /cannot tell the format/],
      [[CSV, '--report', 'xml'], /--report must be one of text, csv, ndjson, json/],
      [[CSV, '--format', 'xls'], /--format must be one of csv, ndjson, json, xlsx/],
      [[CSV, '--fail-on', 'late,tardy'], /--fail-on takes statuses among/],
      [[CSV, '--as-of', '03/31/2025'], /--as-of: "03\/31\/2025" is not a valid date/], // day first: there is no month 31
      [[CSV, '--what-if-pending', '--include-pending'], /give one of the two/],
      [[CSV, '--json', '--report', 'csv'], /--json asks for --report json/],
      [[CSV, '--lang', 'fr'], /--lang phải là vi hoặc en, nhận được fr/],
      [[CSV, '--workers', 'many'], /--workers must be a whole number/],
      [[CSV, CSV], /expected 1 argument/],
      [[CSV, '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      // In English (--lang en) but for the case whose --lang is the fault; the Vietnamese words are tested in test/cli.test.ts.
      const r = await check(...args, ...(args.includes('fr') ? [] : ['--lang', 'en']));
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(message);
      expect(r.out, args.join(' ')).toBe('');
    }
  });

  it('a JSON input that is not JSON is unreadable: 2', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '[{"rule": ');
    const r = await check(bad);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^vn-deadlines check: không đọc được tệp .*bad\.json: Dữ liệu không hợp lệ: the input is not JSON/);
    expect((await check(bad, '--lang', 'en')).err).toMatch(/^vn-deadlines check: cannot read .*bad\.json: The data is not valid: the input is not JSON/);
  });
});

describe('more inputs', () => {
  it('examples/records.ndjson with --what-if-pending: the record that would change says how, and the summary counts it', async () => {
    const { code, out, err } = await check(NDJSON, '--as-of', '2025-03-31', '--what-if-pending', '--report', 'ndjson');
    expect(code).toBe(0);
    const rows = ndjsonObjects(out);
    expect(rows).toHaveLength(9);
    // decided Tue 24/11/2026 (a holiday): due Tue 08/12; Mon 07/12 if the pending swap (Sat 28/11 worked) were decided
    expect(rows[6]).toMatchObject({
      id: 'HP-2026-021',
      status: 'onTime',
      due: '2026-12-08',
      pending: ['2026-11-28'],
      whatIfPending: { status: 'late', due: '2026-12-07', workingDaysLate: 1 },
    });
    expect(rows.filter((r) => 'whatIfPending' in r)).toHaveLength(1);
    expect(rows[2]).toMatchObject({ status: 'late', agree: false, readings: [{ status: 'onTime' }, { status: 'late' }] });
    expect(err).toMatch(/Nếu các ngày nghỉ đang chờ công bố trở thành chính thức: 1 bản ghi thay đổi/);
    const text = (await check(NDJSON, '--as-of', '2025-03-31', '--what-if-pending', '--lang', 'en')).out;
    expect(text).toContain('    if the pending days off became law: due 2026-12-08 (Tue) → 2026-12-07 (Mon); on time → late; working days late 0 → 1');
  });

  it('a JSON array, standard input (-), and a user rule file with --rules', async () => {
    const arr = join(dir, 'records.json');
    writeFileSync(arr, JSON.stringify([{ id: 1, rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-02-11' }]));
    expect(ndjsonObjects((await check(arr, '--report', 'ndjson')).out)).toEqual([
      {
        line: 1,
        id: 1,
        rule: 'hp-2025/central-tthc-list',
        variant: 'ten-working-days',
        status: 'late',
        due: '2025-02-10',
        actual: '2025-02-11',
        calendarDays: 1,
        workingDays: 1,
        workingDaysLate: 1,
      },
    ]);
    const rules = join(dir, 'rules.json');
    writeFileSync(
      rules,
      JSON.stringify({
        rules: [
          {
            id: 'my-agency/reply',
            title: { vi: 'Trả lời', en: 'Reply' },
            source: { document: 'QĐ 1/QĐ-X', date: '2025-01-01', item: '1', text: '03 ngày làm việc', verbatim: true },
            legalBasis: [{ document: 'QĐ 1/QĐ-X' }],
            facts: { receivedDate: { type: 'date', description: { vi: 'Ngày nhận', en: 'Day received' } } },
            variants: [{ id: 'default', deadline: { kind: 'offset', from: 'receivedDate', amount: 3, unit: 'workingDays', direction: 'after' } }],
          },
        ],
      }),
    );
    const mine = join(dir, 'mine.csv');
    // 3 working days after Fri 24/01/2025, Tết skipped: Wed 05/02; done Thu 06/02.
    writeFileSync(mine, 'rule,receivedDate,actual\nmy-agency/reply,2025-01-24,2025-02-06\n');
    const r = await check(mine, '--rules', rules, '--report', 'ndjson');
    expect(r.code).toBe(0);
    expect(ndjsonObjects(r.out)[0]).toMatchObject({ rule: 'my-agency/reply', status: 'late', due: '2025-02-05', workingDaysLate: 1 });
    // eslint-disable-next-line @typescript-eslint/require-await -- an async iterable that yields at once, on purpose
    async function* stdin() {
      yield new TextEncoder().encode('{"rule":"hp-2025/central-tthc-list","ministryDecisionDate":"2025-01-20","actual":"2025-02-10"}\n');
    }
    const out: string[] = [];
    const run = checkRunOf({ file: '-', format: 'ndjson', lang: 'vi', stdin: stdin() });
    expect(await runCheck(run, { out: (s) => out.push(s), err: () => {} })).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ line: 1, status: 'onTime' });
  });

  it('a progress line on stderr for long runs when stderr is a terminal, none otherwise', async () => {
    const big = join(dir, 'big.ndjson');
    writeFileSync(big, '{"rule":"hp-2025/central-tthc-list","ministryDecisionDate":"2025-01-20","actual":"2025-02-10"}\n'.repeat(10_000));
    const run = (tty: boolean) => {
      const err: string[] = [];
      const r = checkRunOf({ file: big, format: 'ndjson', progressMs: 0 });
      return runCheck(r, { out: () => {}, err: (s) => err.push(s), errIsTTY: tty }).then(() => err);
    };
    const onTerminal = await run(true);
    expect(onTerminal.filter((l) => /^vn-deadlines check: [\d,]+ records checked/.test(l)).length).toBeGreaterThanOrEqual(2);
    expect((await run(false)).filter((l) => l.includes('records checked'))).toEqual([]);
  });

  it('the check command is wired into runCli (the lead adds ...checkCommands to run.ts)', async () => {
    const r = await runCliSupport('check', CSV, '--as-of', '2025-03-31', '--report', 'ndjson');
    expect(r.code).toBe(0);
    expect(ndjsonObjects(r.out)).toHaveLength(15);
  });
});
