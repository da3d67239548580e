/**
 * The OpenAPI document: valid OpenAPI 3.1 (checked by @readme/openapi-parser against the
 * official 3.1 schema), made from the same zod schemas that validate the requests, with an
 * example for each operation; every example is replayed against the live server and its answer
 * checked against the document's response schema (ajv, JSON Schema 2020-12).
 */
import { validate, compileErrors } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as z from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueBody } from '../../src/server/schemas.js';
import { testService, type TestService } from './support.js';

type Json = Record<string, unknown>;
interface Operation {
  operationId: string;
  parameters: { name: string; in: string; required: boolean; example?: string }[];
  requestBody?: { content: Record<string, { example?: unknown }> };
  responses: Record<string, { content: Record<string, { schema: Json }> }>;
}

let s: TestService;
let doc: { openapi: string; paths: Record<string, Record<string, Operation>> };
beforeAll(async () => {
  s = await testService({ logLevel: 'silent' });
  doc = (await (await s.get('/openapi.json')).json()) as typeof doc;
});
afterAll(() => s.close());

const operations = () => Object.entries(doc.paths).flatMap(([path, ms]) => Object.entries(ms).map(([method, op]) => ({ path, method, op })));

/** The example request of an operation. */
function exampleRequest(path: string, method: string, op: Operation): [string, RequestInit] {
  let url = path;
  const query = new URLSearchParams();
  for (const p of op.parameters) {
    if (p.example === undefined) continue;
    if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(p.example));
    else query.set(p.name, p.example);
  }
  const q = query.toString();
  const body = op.requestBody?.content['application/json']?.example;
  const init: RequestInit = { method: method.toUpperCase() };
  if (body !== undefined) Object.assign(init, { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  return [s.url + url + (q ? `?${q}` : ''), init];
}

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document, and the validator does fail on a broken one', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? '' : compileErrors(result)).toBe('');
    const broken = structuredClone(doc) as Json;
    (broken.paths as Json)['/v1/add'] = { get: { responses: 'none' } };
    expect((await validate(broken as never)).valid).toBe(false);
  });

  it('describes the issue’s endpoints', () => {
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/docs',
        '/healthz',
        '/openapi.json',
        '/v1/add',
        '/v1/agenda.ics',
        '/v1/between',
        '/v1/calendar/{year}',
        '/v1/calendar/{year}.ics',
        '/v1/check',
        '/v1/days',
        '/v1/days/{date}',
        '/v1/due',
        '/v1/rules',
        '/v1/rules/{id}',
        '/v1/version',
      ].sort(),
    );
  });

  it('takes its request schemas from the zod schemas that validate the requests', () => {
    const { $schema, ...fromZod } = z.toJSONSchema(dueBody, { io: 'input', unrepresentable: 'any' }) as Json;
    expect($schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(doc.paths['/v1/due'].post.requestBody?.content['application/json']).toMatchObject({ schema: fromZod });
    // And what that schema says, written out: a rule id is required, nothing unknown is taken.
    expect(doc.paths['/v1/due'].post.requestBody?.content['application/json']).toMatchObject({
      schema: { type: 'object', required: ['rule'], additionalProperties: false, properties: { rule: { type: 'string', minLength: 1 } } },
    });
  });

  it('has an example for every required parameter and every body', () => {
    for (const { path, op } of operations()) {
      for (const p of op.parameters) if (p.required) expect(p.example, `${path} ${p.name}`).toBeTypeOf('string');
      if (op.requestBody) expect(op.requestBody.content['application/json'].example, path).toBeDefined();
    }
  });

  it('every example, replayed against the server, gets its success status, media type and a body its schema accepts', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const ops = operations();
    expect(ops.length).toBe(15);
    for (const { path, method, op } of ops) {
      const [url, init] = exampleRequest(path, method, op);
      const r = await fetch(url, init);
      const [status, spec] = Object.entries(op.responses).find(([k]) => k.startsWith('2'))!;
      expect(r.status, `${method} ${path}`).toBe(Number(status));
      const [type, { schema }] = Object.entries(spec.content)[0];
      expect(r.headers.get('content-type')?.split(';')[0], `${method} ${path}`).toBe(type);
      const text = await r.text();
      if (type !== 'application/json') continue;
      const check = ajv.compile(schema);
      expect(check(JSON.parse(text)) ? [] : check.errors, `${method} ${path}`).toEqual([]);
    }
  });

  it("a problem answer matches the document's problem schema", async () => {
    const ajv = new Ajv2020({ strict: false });
    const schema = doc.paths['/v1/add'].get.responses.default.content['application/problem+json'].schema;
    const check = ajv.compile(schema);
    expect(check(await (await s.get('/v1/add?date=2025-13-01&n=1')).json())).toBe(true);
    expect(check({ title: 'no type, no status' })).toBe(false);
  });
});

describe('GET /docs', () => {
  it('is a self-contained page naming every operation: no script, no style sheet or image from elsewhere', async () => {
    const r = await s.get('/docs');
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await r.text();
    for (const { path } of operations()) expect(html).toContain(`<code>${path}</code>`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
  });
});
