/**
 * `vn-deadlines check` never loses data: the output is never the input; a report is written
 * whole or not at all (a failed or interrupted run leaves the old one); no CSV row is dropped
 * (a huge field, mixed line endings); text from the records cannot run as a spreadsheet formula
 * or drive the terminal; an input with nothing to check says so (exit 2); NDJSON lines are split
 * in linear time; an act dated before its triggering event is a data error.
 */
import { spawn } from 'node:child_process';
import { linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { formulaSafe, printable } from '../../src/core/escape.js';
import { checkMany } from '../../src/compliance/batch.js';
import { readCsv, readNdjson, type RecordVisitor } from '../../src/io/index.js';
import { check } from '../support/check-cli.js';
import { ndjsonObjects } from '../support/ndjson.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vn-deadlines-noloss-'));

const HEADER = 'id,title,rule,ministryDecisionDate,actual';
/** 10 working days after Mon 20/01/2025, Tết skipped: due Mon 10/02/2025. */
const row = (id: string, actual: string, title = 'Danh mục') => `${id},${title},hp-2025/central-tthc-list,2025-01-20,${actual}`;
const leftovers = (d: string) => readdirSync(d).filter((f) => f.endsWith('.tmp'));

describe('--out is never the input (item 6)', () => {
  it('the same path, a symbolic link or a hard link to the input: exit 2 with a coded message (Vietnamese, or English with --lang en), the input untouched', async () => {
    const d = mkdtempSync(join(dir, 'same-'));
    const input = join(d, 'records.csv');
    const text = `${HEADER}\n${row('A', '2025-02-07')}\n`;
    writeFileSync(input, text);
    symlinkSync(input, join(d, 'link.csv'));
    linkSync(input, join(d, 'hard.csv'));
    for (const out of [input, join(d, 'link.csv'), join(d, 'hard.csv'), join(d, '.', 'records.csv')]) {
      const vi = await check(input, '--out', out, '--report', 'csv');
      expect(vi.code, out).toBe(2);
      expect(vi.err, out).toMatch(/trùng với tệp đầu vào \(.*records\.csv\): ghi báo cáo vào đó sẽ xóa .*\(mã lỗi out_is_input\)$/);
      expect(vi.out).toBe('');
      const en = await check(input, '--out', out, '--lang', 'en');
      expect(en.code, out).toBe(2);
      expect(en.err, out).toMatch(
        /is the same file as the input \(.*records\.csv\): writing the report there would destroy the records.*\(error code out_is_input\)$/,
      );
      expect(readFileSync(input, 'utf8')).toBe(text);
    }
    // The input as the output through a link, the other way round.
    const viaLink = await check(join(d, 'link.csv'), '--out', input);
    expect(viaLink.code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(text);
    expect(leftovers(d)).toEqual([]);
  });
});

describe('a report is written whole or not at all (item 7)', () => {
  it('a failed run (an input that cannot be read, or holds nothing) leaves the previous report as it was, and no temporary file', async () => {
    const d = mkdtempSync(join(dir, 'fail-'));
    const report = join(d, 'ket-qua.txt');
    writeFileSync(report, 'the report of yesterday\n');
    const bad = join(d, 'bad.json');
    writeFileSync(bad, '[{"rule": ');
    const r = await check(bad, '--out', report);
    expect(r.code).toBe(2);
    expect(readFileSync(report, 'utf8')).toBe('the report of yesterday\n');
    const empty = join(d, 'empty.csv');
    writeFileSync(empty, '');
    expect((await check(empty, '--out', report)).code).toBe(2);
    expect(readFileSync(report, 'utf8')).toBe('the report of yesterday\n');
    expect(leftovers(d)).toEqual([]);
  });

  it('a run that completes replaces the report; a symbolic link named by --out stays a link to the new report', async () => {
    const d = mkdtempSync(join(dir, 'ok-'));
    const input = join(d, 'in.csv');
    writeFileSync(input, `${HEADER}\n${row('A', '2025-02-11')}\n`);
    const real = join(d, 'real.ndjson');
    writeFileSync(real, 'old\n');
    symlinkSync(real, join(d, 'link.ndjson'));
    const r = await check(input, '--out', join(d, 'link.ndjson'), '--report', 'ndjson');
    expect(r.code).toBe(0);
    expect(lstatSync(join(d, 'link.ndjson')).isSymbolicLink()).toBe(true);
    expect(ndjsonObjects(readFileSync(real, 'utf8'))).toMatchObject([{ id: 'A', status: 'late' }]);
    expect(leftovers(d)).toEqual([]);
  });

  it('SIGINT during a run (dist/cli.js): exit 130, the previous report as it was, the temporary file removed', async () => {
    const d = mkdtempSync(join(dir, 'sigint-'));
    const report = join(d, 'results.ndjson');
    writeFileSync(report, 'the report of yesterday\n');
    const child = spawn(
      process.execPath,
      [join(root, 'dist/cli.js'), 'check', '-', '--format', 'ndjson', '--report', 'ndjson', '--out', report, '--workers', '0'],
      {
        cwd: root,
        stdio: ['pipe', 'ignore', 'pipe'],
      },
    );
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    // Records, and standard input left open: the run cannot end before the signal.
    child.stdin.write(`{"id":"A","rule":"hp-2025/central-tthc-list","ministryDecisionDate":"2025-01-20","actual":"2025-02-11"}\n`.repeat(5000));
    // Wait until the run has written part of the report: to a temporary file beside it (or, without one, to the report itself).
    for (;;) {
      if (leftovers(d).some((f) => statSync(join(d, f)).size > 0) || readFileSync(report, 'utf8') !== 'the report of yesterday\n') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGINT');
    const { code } = await exited;
    expect(code).toBe(130);
    expect(readFileSync(report, 'utf8')).toBe('the report of yesterday\n');
    expect(leftovers(d)).toEqual([]);
  }, 60_000);
});

interface Row {
  line: number;
  value?: Record<string, string>;
  error?: { code: string; message: string };
}

async function readRows(reader: (c: Iterable<Uint8Array>, v: RecordVisitor) => Promise<void>, text: string | Uint8Array, size = 1 << 16): Promise<Row[]> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const rows: Row[] = [];
  function* chunks() {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  }
  await reader(chunks(), {
    record: (value, line) => rows.push({ line, value: value as Record<string, string> }),
    bad: (line, error) => rows.push({ line, error }),
  });
  return rows;
}

describe('no CSV row is dropped (items 8 and 9)', () => {
  it('a row with a 3 MB quoted title (commas, quotes, a line break) is one record, and every row after it is read', async () => {
    const long = 'Tiêu đề dán từ văn bản, "trích dẫn"\n'.repeat(80_000); // about 3 MB
    const text = `${HEADER}\n${row('A', '2025-02-07')}\n${row('B', '2025-02-11', `"${long.replace(/"/g, '""')}"`)}\n${row('C', '2025-02-10')}\n${row('D', '2025-02-12')}\n`;
    const rows = await readRows(readCsv, text);
    expect(rows.map((r) => [r.line, r.value?.id ?? r.error?.message])).toEqual([
      [2, 'A'],
      [3, 'B'],
      [3 + 80_001, 'C'],
      [3 + 80_002, 'D'],
    ]);
    expect(rows[1].value!.title).toBe(long.trim());
  });

  it('the CLI gives one verdict per row around a long row', async () => {
    const file = join(dir, 'long.csv');
    writeFileSync(file, `${HEADER}\n${row('A', '2025-02-07')}\n${row('B', '2025-02-11', 'x'.repeat(3 << 20))}\n${row('C', '2025-02-10')}\n`);
    const r = await check(file, '--report', 'ndjson');
    expect(r.code).toBe(0);
    expect(ndjsonObjects(r.out).map((o) => [o.id, o.status])).toEqual([
      ['A', 'onTime'],
      ['B', 'late'],
      ['C', 'onTime'],
    ]);
  });

  it('a header ending in CRLF and rows ending in LF (or a lone CR): each row stays a row, on its own line, whatever the chunk size', async () => {
    const text = `${HEADER}\r\n${row('A', '2025-02-07')}\n${row('B', '2025-02-11')}\n${row('C', '2025-02-10')}\r\n${row('D', '2025-02-12')}\r${row('E', '2025-02-13')}\n`;
    const whole = await readRows(readCsv, text);
    expect(whole.map((r) => [r.line, r.value?.id, r.value?.actual])).toEqual([
      [2, 'A', '2025-02-07'],
      [3, 'B', '2025-02-11'],
      [4, 'C', '2025-02-10'],
      [5, 'D', '2025-02-12'],
      [6, 'E', '2025-02-13'],
    ]);
    for (const size of [1, 2, 7]) expect(await readRows(readCsv, text, size)).toEqual(whole);
    // A quoted line break still belongs to its field.
    const quoted = await readRows(readCsv, `${HEADER}\r\n${row('A', '2025-02-07', '"hai\ndòng"')}\n${row('B', '2025-02-11')}\n`);
    expect(quoted.map((r) => [r.line, r.value?.id, r.value?.title])).toEqual([
      [2, 'A', 'hai\ndòng'],
      [4, 'B', 'Danh mục'],
    ]);
  });
});

describe('text from the records cannot run as a formula or drive the terminal (item 10)', () => {
  const file = join(dir, 'hostile.ndjson');
  const records = [
    {
      id: '+cmd|/c calc!A1',
      title: '=HYPERLINK("http://evil.example","bấm vào đây")',
      rule: 'hp-2025/central-tthc-list',
      ministryDecisionDate: '2025-01-20',
      actual: '2025-02-07',
    },
    { id: '@SUM(1+1)', title: '-2+3', rule: '=cmd|x', actual: '2025-02-07' },
    { id: '\tA', title: '\rB', rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-02-11' },
    {
      id: 7,
      title: 'Tiêu đề\n  [ĐÚNG HẠN] hp-2025/central-tthc-list\u001b[2J\u001b]0;pwned\u0007\u009b31m',
      rule: 'hp-2025/central-tthc-list\n\u001b[31mforged',
      ministryDecisionDate: '2025-01-20',
      actual: '2025-02-07',
    },
  ];
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

  it('the CSV report puts a single quote before text starting with = + - @ tab or CR (OWASP), and leaves numbers alone', async () => {
    const { code, out } = await check(file, '--report', 'csv', '--as-of', '2025-03-31');
    expect(code).toBe(0);
    const rows = parseCsv<Record<string, string>>(out, { bom: true, columns: true, relax_column_count: true });
    expect(rows.map((r) => [r.id, r.title])).toEqual([
      ["'+cmd|/c calc!A1", `'=HYPERLINK("http://evil.example","bấm vào đây")`],
      ["'@SUM(1+1)", "'-2+3"],
      ["'\tA", "'\rB"],
      ['7', records[3].title],
    ]);
    expect(rows[1]).toMatchObject({ rule: "'=cmd|x", errorCode: 'unknown_rule' });
    // A number stays a number: on time 3 days early is -3.
    expect(rows[0].calendarDays).toBe('-3');
    for (const r of rows) for (const v of Object.values(r)) expect(v, JSON.stringify(v)).not.toMatch(/^[=+@\t\r]/);
  });

  it('the text report has no control character but line breaks, and a line break in a title cannot forge a report line', async () => {
    for (const args of [[], ['--out', join(dir, 'hostile.txt')]]) {
      const { code, out, err } = await check(file, '--as-of', '2025-03-31', ...args);
      expect(code).toBe(0);
      const text = args.length ? readFileSync(join(dir, 'hostile.txt'), 'utf8') : out;
      for (const s of [text, err]) expect(s).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      const lines = text.split('\n');
      // One block per record: its head line, and the one verdict line of each forged-looking title stays inside it.
      expect(lines.filter((l) => /^dòng \d+ · /.test(l))).toHaveLength(4);
      expect(lines.filter((l) => l.startsWith('  [đúng hạn] '))).toHaveLength(1);
      expect(text).toContain('dòng 4 · 7 · Tiêu đề↵  [ĐÚNG HẠN] hp-2025/central-tthc-list\n  [LỖI] hp-2025/central-tthc-list↵forged\n');
    }
  });

  it('formulaSafe and printable', () => {
    expect(['=1', '+1', '-1', '@a', '\t1', '\r1', '＝1', 'a=1', '', "'=1"].map(formulaSafe)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@a",
      "'\t1",
      "'\r1",
      "'＝1",
      'a=1',
      '',
      "'=1",
    ]);
    expect(printable('a\r\nb\rc\nd\u2028e')).toBe('a↵b↵c↵d↵e');
    expect(printable('x\u001b[1;31my\u001b]8;;http://e\u001b\\z\u001b]0;t\u0007w\u0000\u007f\u0085\tv')).toBe('xyzw v');
    expect(printable('Quyết định số 12 — “đúng hạn”')).toBe('Quyết định số 12 — “đúng hạn”');
  });
});

describe('nothing to check is not a run (item 11)', () => {
  it('a 0-byte file, a BOM alone, blank lines, a CSV header alone, a binary file forced with --format csv, an empty JSON array: exit 2, one clear line on stderr, nothing on stdout', async () => {
    const cases: [string, string | Uint8Array, string[], RegExp][] = [
      ['empty.csv', '', [], /empty\.csv rỗng \(0 byte, hoặc chỉ có BOM và dòng trống\): không có bản ghi nào được kiểm tra \(mã lỗi empty_input\)$/],
      ['bom.csv', '\uFEFF', [], /mã lỗi empty_input/],
      ['blank.ndjson', '\n\r\n  \n', [], /mã lỗi empty_input/],
      [
        'header.csv',
        '\uFEFF' + HEADER + '\r\n',
        [],
        /header\.csv chỉ có dòng tiêu đề, không có dòng dữ liệu nào: không có bản ghi nào được kiểm tra \(mã lỗi header_only\)$/,
      ],
      [
        'image.png',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
        ['--format', 'csv'],
        /image\.png có byte NUL ở vị trí 8: đây là tệp nhị phân .*\(mã lỗi binary_input\)$/,
      ],
      ['utf16.csv', new Uint8Array([0xff, 0xfe, 0x69, 0, 0x64, 0, 0x0a, 0]), [], /mã lỗi binary_input/],
      ['none.json', '[]', [], /none\.json không chứa bản ghi nào.*\(mã lỗi no_records\)$/],
    ];
    for (const [name, content, args, message] of cases) {
      const f = join(dir, name);
      writeFileSync(f, content);
      const r = await check(f, ...args);
      expect(r.code, name).toBe(2);
      expect(r.err, name).toMatch(message);
      expect(r.err.split('\n'), name).toHaveLength(1);
      expect(r.out, name).toBe('');
    }
    const en = await check(join(dir, 'header.csv'), '--lang', 'en', '--report', 'json');
    expect(en).toMatchObject({ code: 2, out: '' });
    expect(en.err).toMatch(/header\.csv has a header row and no data rows: nothing was checked \(error code header_only\)$/);
  });
});

describe('NDJSON lines are split in linear time; an act before its event is a data error (item 12)', () => {
  it('a line spread over a thousand chunks: each chunk is searched for a line break once (no re-scanning of what came before)', async () => {
    const line = JSON.stringify({
      id: 'L',
      rule: 'hp-2025/central-tthc-list',
      ministryDecisionDate: '2025-01-20',
      actual: '2025-02-07',
      title: 'x'.repeat(4_000_000),
    });
    const text = line + '\n' + JSON.stringify({ id: 'M' }) + '\n';
    const chunks = Array.from({ length: Math.ceil(text.length / 4096) }, (_, i) => text.slice(i * 4096, (i + 1) * 4096));
    let scanned = 0;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, called below with .call(this, …)
    const indexOf = String.prototype.indexOf;
    const spy = vi.spyOn(String.prototype, 'indexOf').mockImplementation(function (this: string, search: string, from?: number) {
      const at = indexOf.call(this, search, from);
      if (search === '\n') scanned += (at < 0 ? this.length : at + 1) - (from ?? 0);
      return at;
    });
    const rows: unknown[] = [];
    try {
      await readNdjson(chunks, { record: (v) => rows.push(v), bad: (l, e) => rows.push(e) });
    } finally {
      spy.mockRestore();
    }
    expect(rows).toHaveLength(2);
    expect((rows[0] as { title: string }).title).toHaveLength(4_000_000);
    // Linear: about the input once (a rescan per chunk would be about 500 times the input).
    expect(scanned).toBeLessThanOrEqual(text.length * 2);
  });

  it('an act dated before the event its deadline counts from is an error on the field actual (actual_before_event); on the day of the event, or before a date counted back from, it is not', () => {
    const out = [
      ...checkMany(
        [
          { id: 'before', rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-01-10' },
          { id: 'same-day', rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-01-20' },
          { id: 'counted-back', rule: 'nd63/local-publication-before-effect', effectiveDate: '2025-02-10', actual: '2025-01-06' },
          {
            id: 'two-readings',
            rule: 'hp-2025/internal-procedure|hp-2025/central-tthc-list',
            chairmanDecisionDate: '2025-01-20',
            ministryDecisionDate: '2025-01-20',
            actual: '2025-01-19T23:00:00+07:00',
          },
        ],
        { asOf: '2025-03-31' },
      ),
    ];
    expect(out.map((o) => [o.id, o.status])).toEqual([
      ['before', 'error'],
      ['same-day', 'onTime'],
      ['counted-back', 'onTime'],
      ['two-readings', 'error'],
    ]);
    expect(out[0].error).toEqual({
      code: 'actual_before_event',
      field: 'actual',
      message:
        'actual 2025-01-10 is before ministryDecisionDate 2025-01-20, the event the deadline counts from: an act cannot precede what triggers it; check both dates',
    });
  });
});
