import { describe, expect, it } from 'vitest';
import { checkStream, readRecords, type RecordItem } from '../../src/io/index.js';

const enc = new TextEncoder();

describe('the io interface for streams', () => {
  it('readRecords: every line an item, in order, with its line, from a ReadableStream of bytes', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(enc.encode('{"rule":"a","actual":"2025-02-11"}\nnot json\n'));
        c.enqueue(enc.encode('\n{"rule":"b"}'));
        c.close();
      },
    });
    const items: RecordItem[] = [];
    for await (const item of readRecords(body as unknown as AsyncIterable<Uint8Array>, 'ndjson')) items.push(item);
    expect(items.map((i) => [i.line, 'error' in i ? 'error' : (i.record as { rule: string }).rule])).toEqual([
      [1, 'a'],
      [2, 'error'],
      [4, 'b'],
    ]);
  });

  it('checkStream: CSV in, NDJSON out, one line per record, waiting on ready()', async () => {
    const out: string[] = [];
    let waits = 0;
    const dec = new TextDecoder();
    const summary = await checkStream(
      ['id,rule,ministryDecisionDate,actual\nA,hp-2025/central-tthc-list,2025-01-20,2025-02-11\n', 'B,no/such-rule,,2025-02-11\n'],
      { write: (b) => out.push(dec.decode(b)), ready: () => (waits++, Promise.resolve()) },
      { format: 'csv', report: 'ndjson', asOf: '2025-03-31' },
    );
    const lines = out
      .join('')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.line, l.id, l.status])).toEqual([
      [2, 'A', 'late'],
      [3, 'B', 'error'],
    ]);
    expect(summary.byStatus.late).toBe(1);
    expect(waits).toBeGreaterThan(0);
  });
});
