/**
 * The record readers: CSV through csv-parse (quotes, BOM, CRLF, Vietnamese text, line numbers,
 * bad rows in file order) and NDJSON (split by hand, the flat-object fast path agreeing with
 * JSON.parse). Input is fed in chunks of every size, down to one byte, so that no boundary
 * (inside a quoted field, a CRLF, a UTF-8 sequence) changes the result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFlatObject, readCsv, readJsonArray, readNdjson, type RecordVisitor } from '../../src/io/index.js';
import { readNdjsonBytes } from '../../src/io/ndjson.js';

interface Row {
  line: number;
  value?: unknown;
  error?: { code: string; field: string; message: string };
}

const enc = new TextEncoder();

/** The bytes of `text` in chunks of `size` bytes. */
function* chunked(text: string, size: number): Generator<Uint8Array> {
  const bytes = enc.encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function read(reader: (c: Iterable<Uint8Array>, v: RecordVisitor) => Promise<void>, text: string, size = 1 << 16): Promise<Row[]> {
  const rows: Row[] = [];
  await reader(chunked(text, size), { record: (value, line) => rows.push({ line, value }), bad: (line, error) => rows.push({ line, error }) });
  return rows;
}

const CSV =
  '\uFEFFid,title,rule,ministryDecisionDate,actual\r\n' +
  'A1,"Danh mục TTHC lĩnh vực hộ tịch, chứng thực",hp-2025/central-tthc-list,2025-01-20,2025-02-11\r\n' +
  'A2,"Tiêu đề ""có ngoặc kép""\r\nvà xuống dòng",hp-2025/central-tthc-list,2025-01-20,2025-02-10\r\n' +
  '\r\n' +
  'A3, Quyết định số 12 ,hp-2025/central-tthc-list,2025-01-20,2025-02-10,,\r\n' +
  'A4,Quyết định 12, về việc,hp-2025/central-tthc-list,2025-01-20,2025-02-10\r\n' +
  'A5,ngắn\r\n' +
  'A6,"chưa đóng ngoặc,hp-2025/central-tthc-list,2025-01-20\r\n';

describe('CSV', () => {
  it('quoted commas, doubled quotes, a line break inside quotes, BOM, CRLF, an empty line, trimmed cells, trailing empty fields; one row per record with the line it starts on', async () => {
    const rows = await read(readCsv, CSV);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 6, 7, 8, 9]);
    expect(rows[0].value).toEqual({
      id: 'A1',
      title: 'Danh mục TTHC lĩnh vực hộ tịch, chứng thực',
      rule: 'hp-2025/central-tthc-list',
      ministryDecisionDate: '2025-01-20',
      actual: '2025-02-11',
    });
    expect((rows[1].value as { title: string }).title).toBe('Tiêu đề "có ngoặc kép"\r\nvà xuống dòng');
    expect((rows[2].value as { title: string }).title).toBe('Quyết định số 12');
  });

  it('a row with more fields than the header (an unquoted comma) is a bad record; a short row is a record without those columns; an unclosed quote is a bad record', async () => {
    const rows = await read(readCsv, CSV);
    expect(rows[3].error).toMatchObject({ code: 'invalid_data', field: 'record', message: expect.stringMatching(/6 fields but the header has 5/) });
    expect(rows[4].value).toEqual({ id: 'A5', title: 'ngắn' });
    expect(rows[5].error).toMatchObject({
      code: 'invalid_data',
      field: 'record',
      message: expect.stringMatching(/^unreadable CSV: a double quote opened in this row is never closed/),
    });
  });

  it('the same rows whatever the chunk size, down to one byte (splitting UTF-8 sequences and CRLF pairs)', async () => {
    const whole = await read(readCsv, CSV);
    for (const size of [1, 2, 3, 7, 64]) expect(await read(readCsv, CSV, size)).toEqual(whole);
  });

  it('semicolons (Excel under a Vietnamese locale) and tabs are recognised from the header', async () => {
    const semi = await read(readCsv, 'id;rule;actual\n1;"a;b";2025-01-01\n');
    expect(semi[0].value).toEqual({ id: '1', rule: 'a;b', actual: '2025-01-01' });
    const tabs = await read(readCsv, 'id\trule\tactual\n1\tx,y\t2025-01-01\n');
    expect(tabs[0].value).toEqual({ id: '1', rule: 'x,y', actual: '2025-01-01' });
  });

  it('bad rows come out in file order among good ones; a quote inside an unquoted field is text; LF files too', async () => {
    const rows = await read(readCsv, 'id,rule\n1,a\n2,b"x\n3,c,d\n4,e\n');
    expect(rows.map((r) => [r.line, r.error ? 'bad' : (r.value as { rule: string }).rule])).toEqual([
      [2, 'a'],
      [3, 'b"x'],
      [4, 'bad'],
      [5, 'e'],
    ]);
  });

  it('a quote that never closes makes the rest of the file one bad record, at the row where it opens, saying so', async () => {
    const rows = await read(readCsv, 'id,rule\n1,a\n\n2,"b""\n3,c\n');
    expect(rows).toEqual([
      { line: 2, value: { id: '1', rule: 'a' } },
      { line: 4, error: { code: 'invalid_data', field: 'record', message: expect.stringMatching(/double quote opened in this row is never closed/) } },
    ]);
  });

  it('an empty input gives nothing; a header alone gives nothing', async () => {
    expect(await read(readCsv, '')).toEqual([]);
    expect(await read(readCsv, 'id,rule\r\n')).toEqual([]);
  });
});

describe('NDJSON', () => {
  const text =
    '\uFEFF{"id":"a","rule":"r","actual":"2025-01-01"}\r\n\n  {"id":"b","facts":{"x":1}}\n{"id":"c",\n[1,2]\n{"id":"đ","n":-1.5e3,"t":true,"f":false,"z":null}';

  it('one record per line, blank lines skipped but counted, CRLF and a BOM tolerated, a bad line is a bad record, the last line may lack its break', async () => {
    const rows = await read(readNdjson, text);
    expect(rows).toEqual([
      { line: 1, value: { id: 'a', rule: 'r', actual: '2025-01-01' } },
      { line: 3, value: { id: 'b', facts: { x: 1 } } },
      { line: 4, error: { code: 'invalid_data', field: 'record', message: expect.stringMatching(/^not a JSON object/) } },
      { line: 5, value: [1, 2] },
      { line: 6, value: { id: 'đ', n: -1500, t: true, f: false, z: null } },
    ]);
    for (const size of [1, 2, 5]) expect(await read(readNdjson, text, size)).toEqual(rows);
  });

  it('any lines, in any chunks, read as one decoding of the whole text split at its line breaks would (and so does a worker’s batch)', async () => {
    // Lines of JSON with text beyond Latin-1, stray text, and raw bytes (malformed UTF-8 too).
    const text = fc.string({ unit: fc.constantFrom('a', 'ã', 'ờ', 'đ', '😀', '"', '\\', ' ', '\t', '{', '}', ':', ',', '\uFEFF', '\u00ff') });
    const line = fc.oneof(
      fc.dictionary(fc.constantFrom('id', 'unit', 'ghi chú'), fc.oneof(text, fc.integer())).map((o) => enc.encode(JSON.stringify(o))),
      text.map((t) => enc.encode(t)),
      fc.uint8Array({ maxLength: 12 }).map((b) => b.map((x) => (x === 10 ? 0xc3 : x))),
    );
    const input = fc.record({
      bom: fc.boolean(),
      lines: fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n')), { maxLength: 8 }),
      lastBreak: fc.boolean(),
      sizes: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(input, async ({ bom, lines, lastBreak, sizes }) => {
        const parts = lines.flatMap(([b, br], i) => (i < lines.length - 1 || lastBreak ? [b, enc.encode(br)] : [b]));
        const bytes = new Uint8Array(Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), ...parts]));
        // The oracle: the whole text decoded once, its BOM dropped (and a second one, as the reader
        // always has), split at line breaks, each line given to JSON.parse.
        const decoded = new TextDecoder().decode(bytes);
        const whole = (decoded.startsWith('\uFEFF') ? decoded.slice(1) : decoded).split('\n');
        const expected: Row[] = [];
        whole.forEach((l, i) => {
          const s = l.replace(/\r$/, '').replace(/^[ \t]+/, '');
          if (s === '') return;
          try {
            expected.push({ line: i + 1, value: JSON.parse(s) as unknown });
          } catch {
            expected.push({ line: i + 1, error: expect.objectContaining({ code: 'invalid_data', field: 'record' }) as Row['error'] });
          }
        });
        const rows: Row[] = [];
        const visit: RecordVisitor = { record: (value, l) => rows.push({ line: l, value }), bad: (l, error) => rows.push({ line: l, error }) };
        const chunks: Uint8Array[] = [];
        for (let i = 0, k = 0; i < bytes.length; i += sizes[k++ % sizes.length]) chunks.push(bytes.subarray(i, i + sizes[k % sizes.length]));
        await readNdjson(chunks, visit);
        expect(rows).toEqual(expected);
        rows.length = 0;
        readNdjsonBytes(Buffer.from(bytes), 1, visit);
        expect(rows).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a JSON array input: records numbered by position; anything else is an error for the whole input', async () => {
    expect(await read(readJsonArray, '[{"id":1},{"id":2}]')).toEqual([
      { line: 1, value: { id: 1 } },
      { line: 2, value: { id: 2 } },
    ]);
    await expect(read(readJsonArray, '{"id":1}')).rejects.toThrow(/array of records/);
    await expect(read(readJsonArray, '[{')).rejects.toThrow(/not JSON/);
  });
});

describe('parseFlatObject agrees with JSON.parse', () => {
  const same = (s: string) => {
    const fast = parseFlatObject(s);
    if (fast === undefined) return;
    const slow = JSON.parse(s) as Record<string, unknown>;
    expect(Object.keys(fast)).toEqual(Object.keys(slow));
    expect(fast).toEqual(slow);
    for (const k of Object.keys(slow)) expect(Object.is(fast[k], slow[k])).toBe(true);
  };

  it('on flat objects of any strings, numbers, booleans and nulls (it may decline, then JSON.parse decides)', () => {
    const scalar = fc.oneof(fc.string({ unit: 'binary' }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary' }), scalar), fc.constantFrom('', ' ', '\t'), (obj, ws) => {
        const s = JSON.stringify(obj);
        same(s);
        same(ws + s.replace(/([,:])/g, `$1${ws}`) + ws);
      }),
      { numRuns: 500 },
    );
  });

  it('on the common record it takes the fast path', () => {
    expect(parseFlatObject('{"id":"R1","rule":"hp-2025/central-tthc-list","ministryDecisionDate":"2025-01-20","actual":"2025-02-11"}')).toEqual({
      id: 'R1',
      rule: 'hp-2025/central-tthc-list',
      ministryDecisionDate: '2025-01-20',
      actual: '2025-02-11',
    });
  });

  it('line after line, a key like the one at its place on the line before is read as it is written', () => {
    // The parser reuses the key seen at a position on an earlier line: longer, shorter and escaped keys must not be taken for it.
    const lines = ['{"ab":1,"c":2}', '{"abc":1,"c":2}', '{"a":1,"cd":2}', '{"ab":1,"c":2}', '{"a\\"b":1}', '{"ab":1,"c\\u0041":2}', '{"ab":"x","c":"y"}'];
    const keys = lines.map((l) => Object.keys(parseFlatObject(l) ?? JSON.parse(l)));
    expect(keys).toEqual([['ab', 'c'], ['abc', 'c'], ['a', 'cd'], ['ab', 'c'], ['a"b'], ['ab', 'cA'], ['ab', 'c']]);
    for (const l of lines) same(l);
  });

  it('a line with an escape or a control character anywhere reads its strings character by character; other lines by their next quote', () => {
    // An escape or a tab after the first strings changes how every string of the line is read.
    for (const l of ['{"a":"x","b":"y\\"z"}', '{"a":"x","b":"y\\u00e0"}', '{"a":"x",\t"b":"ờ"}', '{"a":"x\u0001"}', '{"ờ":"\ud800","b":"é"}']) same(l);
    expect(parseFlatObject('{"a":"x","b":"y\\"z"}')).toBeUndefined();
    expect(parseFlatObject('{"a":"x",\t"b":"ờ"}')).toEqual({ a: 'x', b: 'ờ' });
    expect(parseFlatObject('{"ờ":"\ud800","b":"é"}')).toEqual({ ờ: '\ud800', b: 'é' });
    for (const l of ['{"a":"x', '{"a":"x","b":"y}', '{"a":"x\u0001"}', '{"a":"x","b":"\u001f"}']) expect(parseFlatObject(l)).toBeUndefined();
  });

  it('never accepts what JSON.parse refuses, on random text near JSON', () => {
    const near = fc.stringMatching(/^[{}":,\-+.\deE tfrulnsa\\\u00e0]{0,40}$/);
    fc.assert(
      fc.property(near, (s) => {
        const fast = parseFlatObject(s);
        if (fast === undefined) return;
        expect(() => JSON.parse(s)).not.toThrow();
        same(s);
      }),
      { numRuns: 2000 },
    );
    for (const s of [
      '{"a":01}',
      '{"a":1.}',
      '{"a":-}',
      '{"a":"x"} x',
      '{"a":"\\n"}',
      '{"__proto__":1}',
      '{"a":1,}',
      '{"a" 1}',
      '{"a":tru}',
      '{"a":"\u0001"}',
    ]) {
      expect(parseFlatObject(s)).toBeUndefined();
    }
  });
});
