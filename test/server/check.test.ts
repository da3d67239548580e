/**
 * POST /v1/check: one JSON record → one verdict; NDJSON and CSV streamed, one line per record
 * in order, nothing dropped. Expected verdicts worked out by hand: a ministry decision of Mon
 * 20/01/2025 gives the due day Mon 10/02/2025 (10 working days, Tết 25/01–02/02 skipped); done
 * 11/02 is late by 1 working day, 12/02 by 2.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testService, type TestService } from './support.js';
import { COLUMNS, register } from '../support/xlsx-fixtures.js';
import { ndjsonObjects } from '../support/ndjson.js';

let s: TestService;
beforeAll(async () => (s = await testService({ logLevel: 'silent' })));
afterAll(() => s.close());

const rec = (id: number, actual: string) => ({ id, rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual });

describe('POST /v1/check', () => {
  it('one JSON record → one verdict: late by 1 working day, due 2025-02-10', async () => {
    const r = await s.post('/v1/check', rec(7, '2025-02-11'));
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ line: 1, id: 7, status: 'late', due: '2025-02-10', workingDaysLate: 1 });
  });

  it('a JSON array → the report: verdicts in order and the summary', async () => {
    const r = (await (await s.post('/v1/check', [rec(1, '2025-02-10'), rec(2, '2025-02-12')])).json()) as {
      results: { id: number; status: string; workingDaysLate: number }[];
      summary: { records: number };
    };
    expect(r.results.map((x) => [x.id, x.status, x.workingDaysLate])).toEqual([
      [1, 'onTime', 0],
      [2, 'late', 2],
    ]);
    expect(r.summary.records).toBe(2);
  });

  it("a record's data error is its verdict (actual_before_event), not a problem", async () => {
    const open = { rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-01-10' };
    const v = (await (await s.post('/v1/check', open)).json()) as { status: string; error?: { code: string } };
    expect(v).toMatchObject({ status: 'error', error: { code: 'actual_before_event' } });
  });

  it('a CSV register (examples/publications.csv) → 15 verdicts, lines 2–16, as the CLI reports them', async () => {
    const r = await s.post('/v1/check?asOf=2025-03-31', readFileSync('examples/publications.csv'), { 'content-type': 'text/csv' });
    expect(r.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const out = ndjsonObjects(await r.text());
    expect(out.map((o) => o.line)).toEqual(Array.from({ length: 15 }, (_, i) => i + 2));
    expect(out.slice(0, 2).map((o) => [o.id, o.status])).toEqual([
      ['HP-2025-001', 'onTime'],
      ['HP-2025-002', 'late'],
    ]);
    expect(out[11]).toMatchObject({ id: 'HP-2025-012', status: 'error', error: { field: 'ministryDecisionDate' } });
  });

  it('an Excel register (columns mapped in the query) → one verdict per row, Excel row numbers, the empty row skipped', async () => {
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const r = await s.post(`/v1/check?asOf=2025-03-31&columns=${encodeURIComponent(COLUMNS)}`, Buffer.from(await register()), { 'content-type': xlsx });
    expect(r.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const out = ndjsonObjects(await r.text());
    // Worked by hand: 20/01/2025 + 10 working days over Tết (25/01–02/02 off) is Mon 10/02; 03/03 + 10 is Mon 17/03;
    // 10/03 + 10 is Mon 24/03; 2025-02-10T23:30Z is 11/02 06:30 in Vietnam.
    expect(out.map((o) => [o.line, o.id, o.status])).toEqual([
      [4, 'HP-1', 'onTime'],
      [5, 'HP-2', 'late'],
      [7, 'HP-3', 'overdue'],
      [8, 'HP-4', 'error'],
      [9, 'HP-5', 'onTime'],
      [10, 'HP-6', 'late'],
    ]);
  });

  it('20,001 NDJSON lines, one not JSON → 20,001 verdicts in order, nothing dropped', async () => {
    const n = 20_000;
    function* body() {
      for (let i = 0; i < n; i += 1000) {
        let chunk = '';
        for (let j = i; j < i + 1000; j++) chunk += JSON.stringify(rec(j, j % 2 ? '2025-02-12' : '2025-02-10')) + '\n';
        if (i === 0) chunk += 'not json\n';
        yield new TextEncoder().encode(chunk);
      }
    }
    const r = await fetch(s.url + '/v1/check', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: Readable.toWeb(Readable.from(body())),
      duplex: 'half',
    } as RequestInit);
    const out = ndjsonObjects(await r.text());
    expect(out).toHaveLength(n + 1);
    expect(out[1000]).toMatchObject({ line: 1001, status: 'error', error: { field: 'record' } });
    const records = out.filter((o) => o.status !== 'error');
    expect(records.map((o) => o.id)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(records.every((o, i) => o.status === (i % 2 ? 'late' : 'onTime') && o.workingDaysLate === (i % 2 ? 2 : 0))).toBe(true);
  });

  it('streams: verdicts come back while the request body is still being sent', async () => {
    let send!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (send = c) });
    const enc = (id: number) => new TextEncoder().encode(JSON.stringify(rec(id, '2025-02-11')) + '\n');
    send.enqueue(enc(1));
    send.enqueue(enc(2)); // the first record's verdict is written when the next chunk arrives
    const r = await fetch(s.url + '/v1/check', { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body, duplex: 'half' } as RequestInit);
    const reader = r.body!.pipeThrough(new TextDecoderStream()).getReader();
    let got = '';
    while (!got.includes('\n')) got += (await reader.read()).value ?? '';
    expect(JSON.parse(got.split('\n')[0])).toMatchObject({ id: 1, status: 'late' });
    send.enqueue(enc(3));
    send.close();
    for (let c = await reader.read(); !c.done; c = await reader.read()) got += c.value;
    expect(ndjsonObjects(got).map((o) => o.id)).toEqual([1, 2, 3]);
  });
});
