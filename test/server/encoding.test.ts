/**
 * Content coding: gzip only for a client that asks for it (RFC 9110 §12.5.3), only for answers
 * of 1 KiB or more, never for a streamed NDJSON answer; the gzipped bytes are the plain ones.
 * The requests go through node:http, which sends exactly the headers given (fetch would add its
 * own Accept-Encoding and decode the answer itself).
 */
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip } from '../../src/server/encoding.js';
import { qualityList } from '../../src/server/header-list.js';
import { testService, type TestService } from './support.js';

let s: TestService;
beforeAll(async () => (s = await testService({ logLevel: 'silent' })));
afterAll(() => s.close());

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
}

/** One request with exactly these headers; the answer's bytes as sent. */
function raw(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(s.url + path, { method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (b: Buffer) => parts.push(b));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The plan's due question (II.2.1) for a ministry's decision of `date`. */
const due = (headers: Record<string, string>, date = '2025-01-20') =>
  raw(
    'POST',
    '/v1/due',
    { 'content-type': 'application/json', ...headers },
    JSON.stringify({ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: date } }),
  );

describe('Accept-Encoding', () => {
  it.each([
    ['gzip', true],
    ['GZIP', true],
    ['x-gzip', true],
    ['deflate, gzip;q=0.5', true],
    ['br, *', true],
    ['gzip;q=0', false],
    ['*, gzip;q=0', false],
    ['*;q=0', false],
    ['identity', false],
    ['br', false],
    ['gzip;q=abc', false],
    ['', false],
  ])('%j accepts gzip: %s', (header, expected) => expect(acceptsGzip(header)).toBe(expected));

  it('absent: no gzip', () => expect(acceptsGzip(undefined)).toBe(false));

  it('lists tokens with their qualities, in order', () =>
    expect(qualityList('en-US, vi;q=0.8 , fr;q=x')).toEqual([
      { token: 'en-us', q: 1 },
      { token: 'vi', q: 0.8 },
      { token: 'fr', q: 0 },
    ]));
});

describe('answers over HTTP', () => {
  it('a due answer is plain JSON for a client that does not ask for gzip', async () => {
    const r = await due({});
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers.vary).toBe('accept-encoding');
    expect(JSON.parse(r.bytes.toString('utf8'))).toMatchObject({ due: '2025-02-10', ruleId: 'hp-2025/central-tthc-list' });
  });

  it('the same answer gzipped for a client that asks, the same bytes once inflated, and asked twice (kept) too', async () => {
    const plain = await due({});
    const first = await due({ 'accept-encoding': 'gzip, deflate' });
    const again = await due({ 'accept-encoding': 'gzip' });
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers.vary).toBe('accept-encoding');
    expect(first.bytes.length).toBeLessThan(plain.bytes.length / 3);
    expect(gunzipSync(first.bytes).equals(plain.bytes)).toBe(true);
    expect(again.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(again.bytes).equals(plain.bytes)).toBe(true);
  });

  it('answers kept by request stay apart: another body gets its own answer, a refused request is never kept', async () => {
    const body = (date: string) => JSON.stringify({ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: date } });
    const post = (b: string, headers: Record<string, string> = {}) => raw('POST', '/v1/due', { 'content-type': 'application/json', ...headers }, b);
    for (let i = 0; i < 2; i++) {
      expect(JSON.parse((await post(body('2025-01-20'))).bytes.toString('utf8'))).toMatchObject({ due: '2025-02-10' });
      // 3 Mar 2025 (Mon) + 10 working days, no holiday between: 17 Mar 2025.
      expect(JSON.parse((await post(body('2025-03-03'))).bytes.toString('utf8'))).toMatchObject({ due: '2025-03-17' });
      const bad = await post(body('2025-02-30'), { 'accept-language': i === 0 ? 'vi' : 'en' });
      expect(bad.status).toBe(400);
      expect(bad.headers['content-language']).toBe(i === 0 ? 'vi' : 'en');
    }
  });

  it('an answer kept is sent as it was made: the same status, headers and bytes, with its length; gzipped harder once asked again', async () => {
    // A question no other test asks: the first answer is made, the later ones come from those kept.
    const ask = (headers: Record<string, string>) => due(headers, '2025-04-01');
    const sent = ({ status, headers, bytes }: Raw) => {
      const { date, 'content-length': length, ...rest } = headers;
      expect(date).toBeDefined();
      expect(length).toBe(String(bytes.length));
      expect(headers['transfer-encoding']).toBeUndefined();
      const plain = headers['content-encoding'] === 'gzip' ? gunzipSync(bytes) : bytes;
      return { status, headers: rest, text: plain.toString('utf8') };
    };
    const asked: Record<string, string>[] = [{}, { 'accept-encoding': 'gzip' }, { 'accept-language': 'en' }];
    for (const headers of asked) {
      const made = await ask(headers);
      const kept = await ask(headers);
      const third = await ask(headers);
      expect(sent(kept)).toEqual(sent(made));
      expect(sent(third)).toEqual(sent(made));
      expect(third.bytes.equals(kept.bytes)).toBe(true);
      if (headers['accept-encoding']) expect(kept.bytes.length).toBeLessThan(made.bytes.length);
      else expect(kept.bytes.equals(made.bytes)).toBe(true);
    }
    // 1 Apr 2025 (Tue) + 10 working days: 2–4 Apr, 8–11 Apr (7 Apr is the Hùng Kings' day, CV 8726/VPCP-KGVX), 14–16 Apr.
    expect(JSON.parse((await ask({})).bytes.toString('utf8'))).toMatchObject({ due: '2025-04-16' });
  });

  it('a body sent in chunks without a declared length, or with a query, gets the answer the same request gets whole', async () => {
    const whole = await due({});
    const chunked = await new Promise<Buffer>((resolve, reject) => {
      const req = request(s.url + '/v1/due', { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (b: Buffer) => parts.push(b));
        res.on('end', () => resolve(Buffer.concat(parts)));
      });
      req.on('error', reject);
      req.write('{"rule":"hp-2025/central-tthc-list",');
      req.end('"facts":{"ministryDecisionDate":"2025-01-20"}}');
    });
    const body = JSON.stringify({ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-01-20' } });
    const withQuery = await raw('POST', '/v1/due?x=1', { 'content-type': 'application/json' }, body);
    expect(chunked.equals(whole.bytes)).toBe(true);
    expect(withQuery.bytes.equals(whole.bytes)).toBe(true);
  });

  it('gzip refused with q=0: plain', async () => {
    const r = await due({ 'accept-encoding': 'gzip;q=0, identity' });
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(r.bytes.toString('utf8'))).toMatchObject({ due: '2025-02-10' });
  });

  it('another large answer (the OpenAPI document) is gzipped by the service, a small one (health) is not', async () => {
    const doc = await raw('GET', '/openapi.json', { 'accept-encoding': 'gzip' });
    expect(doc.headers['content-encoding']).toBe('gzip');
    expect(doc.headers.vary).toContain('accept-encoding');
    expect(JSON.parse(gunzipSync(doc.bytes).toString('utf8'))).toMatchObject({ openapi: '3.1.0' });
    const health = await raw('GET', '/healthz', { 'accept-encoding': 'gzip' });
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(health.bytes.toString('utf8'))).toEqual({ status: 'ok' });
  });

  it('a problem answer keeps its media type and language when gzip is asked for', async () => {
    const r = await raw('GET', '/v1/days/2025-02-30', { 'accept-encoding': 'gzip', 'accept-language': 'en' });
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.headers['content-language']).toBe('en');
  });

  it('a streamed NDJSON check is never gzipped: its lines come as they are made', async () => {
    const body = [1, 2]
      .map((id) => JSON.stringify({ id, rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-02-11' }))
      .join('\n');
    const r = await raw('POST', '/v1/check', { 'content-type': 'application/x-ndjson', 'accept-encoding': 'gzip' }, body);
    expect(r.headers['content-encoding']).toBeUndefined();
    const lines = r.bytes
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: number; status: string });
    expect(lines.map((l) => [l.id, l.status])).toEqual([
      [1, 'late'],
      [2, 'late'],
    ]);
  });
});
