/** Every error is application/problem+json (RFC 9457) with the library's code, the field, and text in the language asked for. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/server/messages.js';
import { testService, type TestService } from './support.js';

let s: TestService;
beforeAll(async () => (s = await testService({ limits: { bodyBytes: 300, records: 2 } })));
afterAll(() => s.close());

const problem = async (r: Response) => {
  expect(r.headers.get('content-type')).toBe('application/problem+json');
  return (await r.json()) as Record<string, unknown>;
};

describe('problems', () => {
  it('a day that does not exist: 400 invalid_date on the field, in Vietnamese by default', async () => {
    const r = await s.get('/v1/days/2025-02-29');
    expect(r.status).toBe(400);
    const p = await problem(r);
    expect(p).toMatchObject({ status: 400, code: 'invalid_date', field: 'date', instance: '/v1/days/2025-02-29', title: 'Yêu cầu không hợp lệ' });
    expect(p.type).toBe('urn:vn-deadlines:problem:invalid_date');
    expect(r.headers.get('content-language')).toBe('vi');
  });

  it('in English when Accept-Language prefers it', async () => {
    const r = await s.get('/v1/add?date=2025-01-20&n=ten', { 'accept-language': 'fr;q=1, en-GB;q=0.8, vi;q=0.5' });
    expect(await problem(r)).toMatchObject({ status: 400, code: 'invalid_argument', field: 'n', title: 'Bad request' });
  });

  it.each([
    [
      '/v1/days/2025-02-29',
      'GET',
      undefined,
      'date',
      'Trường date không hợp lệ: cần một ngày có thật, dạng YYYY-MM-DD',
      "Field date is not valid: expected a date 'YYYY-MM-DD' that exists",
    ],
    [
      '/v1/days/29-02-2025',
      'GET',
      undefined,
      'date',
      'Trường date không hợp lệ: cần một ngày dạng YYYY-MM-DD',
      "Field date is not valid: expected a date 'YYYY-MM-DD'",
    ],
    ['/v1/add?date=2025-01-20&n=ten', 'GET', undefined, 'n', 'Trường n không hợp lệ: cần một số nguyên', 'Field n is not valid: expected a whole number'],
    ['/v1/add?date=2025-01-20', 'GET', undefined, 'n', 'Trường n không hợp lệ: thiếu trường bắt buộc này', 'Field n is not valid: required, and missing'],
    [
      '/v1/calendar/2025.ics?lang=fr',
      'GET',
      undefined,
      'lang',
      'Trường lang không hợp lệ: chỉ nhận một trong các giá trị "vi", "en"',
      'Field lang is not valid: must be one of "vi", "en"',
    ],
    [
      '/v1/due',
      'POST',
      { rule: 'x', extra: 1 },
      'extra',
      'Trường extra không hợp lệ: yêu cầu này không có trường đó',
      'Field extra is not valid: this request has no such field',
    ],
    [
      '/v1/due',
      'POST',
      { rule: 5 },
      'rule',
      'Trường rule không hợp lệ: cần một chuỗi ký tự, nhận được một số',
      'Field rule is not valid: expected a string, got a number',
    ],
    ['/v1/due', 'POST', { rule: '' }, 'rule', 'Trường rule không hợp lệ: không được để trống', 'Field rule is not valid: must not be empty'],
    [
      '/v1/due',
      'POST',
      [1],
      'body',
      'Trường body không hợp lệ: cần một đối tượng JSON, nhận được một mảng',
      'Field body is not valid: expected a JSON object, got an array',
    ],
  ])("%s %s %j: the field and why, in Vietnamese and in English (never zod's own words)", async (path, method, body, field, vi, en) => {
    const ask = (lang: string) => (method === 'GET' ? s.get(path, { 'accept-language': lang }) : s.post(path, body, { 'accept-language': lang }));
    expect(await problem(await ask('vi'))).toMatchObject({ status: 400, field, detail: vi });
    expect(await problem(await ask('en'))).toMatchObject({ status: 400, field, detail: en });
  });

  it('a year outside the calendar: 422 out_of_coverage', async () => {
    expect(await problem(await s.get('/v1/calendar/2101'))).toMatchObject({ status: 422, code: 'out_of_coverage' });
  });

  it("the library's codes pass through: unknown_rule, missing_fact with the fact as the field", async () => {
    expect(await problem(await s.post('/v1/due', { rule: 'no/such-rule' }))).toMatchObject({ status: 400, code: 'unknown_rule', field: 'rule' });
    expect(await problem(await s.post('/v1/due', { rule: 'hp-2025/central-tthc-list', facts: {} }))).toMatchObject({
      status: 400,
      code: 'missing_fact',
      field: 'ministryDecisionDate',
    });
    expect(await problem(await s.get('/v1/rules/no%2Fsuch-rule'))).toMatchObject({ status: 404, code: 'unknown_rule', field: 'id' });
  });

  it('a body that is not JSON: 400 invalid_json; a body of another shape: 400 on the field', async () => {
    expect(await problem(await s.post('/v1/due', '{"rule":'))).toMatchObject({ status: 400, code: 'invalid_json' });
    expect(await problem(await s.post('/v1/due', { rule: 'x', extra: 1 }))).toMatchObject({ status: 400, code: 'invalid_argument', field: 'extra' });
  });

  it('unknown route 404, wrong method 405 with Allow', async () => {
    expect(await problem(await s.get('/v2/add'))).toMatchObject({ status: 404, code: 'not_found' });
    const r = await fetch(s.url + '/v1/due', { method: 'GET' });
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('POST');
    expect(await problem(r)).toMatchObject({ code: 'method_not_allowed' });
    expect((await fetch(s.url + '/v1/add', { method: 'DELETE' })).headers.get('allow')).toBe('GET, HEAD');
  });

  it.each([
    ['POST', '/v1/days/2025-01-20', 405, 'GET, HEAD'],
    ['PUT', '/v1/rules/hp-2025/central-tthc-list', 405, 'GET, HEAD'],
    ['POST', '/v1/calendar/2025.ics', 405, 'GET, HEAD'],
    ['DELETE', '/v1/calendar/2025', 405, 'GET, HEAD'],
    ['GET', '/v1/calendar/abcd', 404, null],
    ['POST', '/v1/calendar/abcd', 404, null],
    ['GET', '/v1/due/', 404, null],
  ])('%s %s: %i, Allow %j', async (method, path, status, allow) => {
    const r = await fetch(s.url + path, { method });
    expect(r.status).toBe(status);
    expect(r.headers.get('allow')).toBe(allow);
    expect(await problem(r)).toMatchObject({ code: status === 405 ? 'method_not_allowed' : 'not_found' });
  });

  it('a body over the limit (300 bytes here): 413 body_too_large', async () => {
    const r = await s.post('/v1/due', { rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-01-20', pad: 'x'.repeat(400) } });
    expect(r.status).toBe(413);
    expect(await problem(r)).toMatchObject({ code: 'body_too_large' });
  });

  it('a body over the limit without Content-Length (chunked) is refused too', async () => {
    const chunks = [JSON.stringify({ rule: 'x', facts: { a: 'y'.repeat(200) } }).slice(0, 150), 'z'.repeat(200)];
    const body = new ReadableStream({
      pull(c) {
        const next = chunks.shift();
        if (next === undefined) c.close();
        else c.enqueue(new TextEncoder().encode(next));
      },
    });
    const r = await fetch(s.url + '/v1/due', { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(r.status).toBe(413);
  });

  it('more JSON records than the cap (2 here): 413 too_many_records; the same records as NDJSON are streamed', async () => {
    const rec = { rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-02-10' };
    expect(await problem(await s.post('/v1/check', [rec, rec, rec]))).toMatchObject({ status: 413, code: 'too_many_records' });
    const r = await s.post('/v1/check', [rec, rec, rec].map((x) => JSON.stringify(x)).join('\n'), { 'content-type': 'application/x-ndjson' });
    expect((await r.text()).trim().split('\n')).toHaveLength(3);
  });

  it('another media type: 415', async () => {
    expect(await problem(await s.post('/v1/due', 'rule=x', { 'content-type': 'application/x-www-form-urlencoded' }))).toMatchObject({
      status: 415,
      code: 'unsupported_media_type',
    });
  });
});

describe('the service’s texts', () => {
  it('have the same keys in Vietnamese and English, and differ', () => {
    expect(Object.keys(messages.vi)).toEqual(Object.keys(messages.en));
    expect(Object.keys(messages.vi.title)).toEqual(Object.keys(messages.en.title));
    expect(messages.vi.notFound('/x')).not.toBe(messages.en.notFound('/x'));
  });
});

describe('CORS', () => {
  it('answers a preflight from an allowed origin, and no other', async () => {
    const c = await testService({ corsOrigins: ['https://mot-cua.example.vn'], logLevel: 'silent' });
    try {
      const pre = (origin: string) =>
        fetch(c.url + '/v1/due', {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
        });
      expect((await pre('https://mot-cua.example.vn')).headers.get('access-control-allow-origin')).toBe('https://mot-cua.example.vn');
      expect((await pre('https://other.example')).headers.get('access-control-allow-origin')).toBeNull();
      const r = await fetch(c.url + '/healthz', { headers: { origin: 'https://mot-cua.example.vn' } });
      expect(r.headers.get('access-control-allow-origin')).toBe('https://mot-cua.example.vn');
      // A due answer asked twice from a browser: the second, kept, has its CORS headers too.
      for (let i = 0; i < 2; i++) {
        const due = await fetch(c.url + '/v1/due', {
          method: 'POST',
          headers: { origin: 'https://mot-cua.example.vn', 'content-type': 'application/json' },
          body: JSON.stringify({ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-01-20' } }),
        });
        expect(due.status).toBe(200);
        expect(due.headers.get('access-control-allow-origin')).toBe('https://mot-cua.example.vn');
      }
    } finally {
      await c.close();
    }
  });
});
