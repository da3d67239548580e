/**
 * The OpenAPI 3.1 document of the service, made from the routes: their zod schemas (the same
 * that validate the requests) become JSON Schema 2020-12, which is OpenAPI 3.1's dialect.
 */
import * as z from 'zod/mini';
import type { Route } from './route.js';
import { problemAnswer } from './schemas.js';

type Json = Record<string, unknown>;

/** A zod schema as JSON Schema, without the `$schema` key (the document's dialect is 2020-12). */
function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): Json {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  void $schema;
  return rest;
}

/** The parameters of an object schema, in a place (`path`, `query`), with the example's values. */
function parameters(schema: z.ZodMiniType | undefined, where: 'path' | 'query', example: Record<string, string> = {}): Json[] {
  if (schema === undefined) return [];
  const s = jsonSchema(schema, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, p]) => ({
    name,
    in: where,
    required: where === 'path' || (s.required ?? []).includes(name),
    ...(typeof p.description === 'string' ? { description: p.description } : {}),
    schema: p,
    ...(name in example ? { example: example[name] } : {}),
  }));
}

/** The request body of a route. */
function requestBody(r: Route): Json | undefined {
  if (r.body === undefined) return undefined;
  const content: Json = {
    'application/json': { schema: jsonSchema(r.body.schema, 'input'), ...(r.example.body === undefined ? {} : { example: r.example.body }) },
  };
  for (const type of r.body.streamed ?? []) content[type] = { schema: { type: 'string', description: r.body.streamedDescription } };
  return { required: true, content };
}

/** The responses of a route, and the problem every route may answer (unknown route, wrong method, limits). */
function responses(r: Route): Json {
  const out: Json = {};
  for (const [status, spec] of Object.entries(r.responses)) {
    const content: Json = { [spec.contentType]: { schema: spec.schema ? jsonSchema(spec.schema, 'output') : { type: 'string' } } };
    for (const [type, schema] of Object.entries(spec.alternatives ?? {})) content[type] = { schema: jsonSchema(schema, 'output') };
    out[status] = { description: spec.description, content };
  }
  out.default = {
    description: 'An error (RFC 9457), in the language of Accept-Language',
    content: { 'application/problem+json': { schema: jsonSchema(problemAnswer, 'output') } },
  };
  return out;
}

/** The operation of a route. */
function operation(r: Route): Json {
  const body = requestBody(r);
  return {
    operationId: r.operationId,
    tags: [r.tag],
    summary: r.summary,
    ...(r.description === undefined ? {} : { description: r.description }),
    parameters: [...parameters(r.params, 'path', r.example.params), ...parameters(r.query, 'query', r.example.query)],
    ...(body === undefined ? {} : { requestBody: body }),
    responses: responses(r),
  };
}

/**
 * The OpenAPI 3.1 document of the routes.
 * @param routes - every route of the service
 * @param version - the package's version
 * @returns the document, as JSON data
 * @example
 * ```ts
 * // not run: the routes are the service's (src/server/app.ts)
 * openApiDocument(routes, '0.1.0').openapi; // '3.1.0'
 * ```
 */
export function openApiDocument(routes: readonly Route[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const r of routes) (paths[r.path] ??= {})[r.method] = operation(r);
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'vn-deadlines',
      version,
      summary: 'The Vietnamese civil-service working-day calendar and administrative deadlines',
      description:
        'Ngày làm việc của cơ quan nhà nước Việt Nam và thời hạn hành chính. Answers are the library’s JSON (the CLI’s --json). ' +
        'Errors are application/problem+json (RFC 9457) with the library’s stable code and the field at fault; ' +
        'their text follows Accept-Language (vi by default, en). ' +
        'Answers of 1 KiB or more are gzipped when Accept-Encoding allows gzip (streamed NDJSON never is).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [
      { name: 'calendar', description: 'Working days' },
      { name: 'rules', description: 'Deadline rules and due days' },
      { name: 'check', description: 'Did an act meet its deadline?' },
      { name: 'feeds', description: 'iCalendar feeds to subscribe to' },
      { name: 'meta', description: 'The service itself' },
    ],
    paths,
  };
}
