/**
 * What a route of the service is: its method and path, the zod schemas of its path parameters,
 * query and body (which validate the request and make the OpenAPI document, `openapi.ts`), its
 * responses, an example request, and its handler. Route groups are in `routes/`.
 */
import type * as z from 'zod/mini';
import type { Calendar } from '../calendar/calendar.js';
import type { Lang } from '../core/lang.js';
import type { RuleSet } from '../rules/registry.js';
import type { EncodedAnswer } from './encoding.js';
import type { AnswerMemo } from './memo.js';

/** Limits of one request. */
export interface Limits {
  /** Largest body read whole (JSON), in bytes; a streamed check body has no limit. */
  bodyBytes: number;
  /** Most records in a JSON request to `POST /v1/check` (NDJSON and CSV are streamed, without a cap). */
  records: number;
}

/** What every handler may use: the calendar and rules loaded at start, the limits, the versions. */
export interface Service {
  calendar: Calendar;
  rules: RuleSet;
  limits: Limits;
  /** The package's version. */
  version: string;
  /** The answers of the routes that {@link RouteSpec.remember} them, by request, encoded (the calendar and rules are fixed while the service runs). */
  answers: AnswerMemo<EncodedAnswer>;
}

/** A request as a handler sees it: validated parameters, query and body. */
interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  /** The parsed JSON body; `undefined` when the body is one of the route's streamed types. */
  body: B;
  /** The language of the answer (`Accept-Language`). */
  lang: Lang;
  /** The body's bytes, for a streamed type (read only when asked for). */
  stream: () => AsyncIterable<Uint8Array>;
  /** Whether the client accepts a gzipped answer (`Accept-Encoding`). */
  gzip: boolean;
  /** The request's media type, lower case, without parameters (`application/json`). */
  mediaType: string;
}

/** One response of a route, for the OpenAPI document. */
interface ResponseSpec {
  description: string;
  /** Media type of the body. */
  contentType: string;
  /** Its schema; left out for a body that is not JSON (iCalendar, HTML). */
  schema?: z.ZodMiniType;
  /** Other media types of the same response and their schemas (for NDJSON: the schema of one line). */
  alternatives?: Record<string, z.ZodMiniType>;
}

/** The body a route takes. */
interface BodySpec {
  /** The JSON body's schema (`application/json`). */
  schema: z.ZodMiniType;
  /** Media types the handler reads itself, as a stream (`application/x-ndjson`, `text/csv`). */
  streamed?: readonly string[];
  /** A streamed body's description, for the OpenAPI document. */
  streamedDescription?: string;
}

/** The example request of a route: replayed by the tests against a live server. */
interface RouteExample {
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** A JSON body. */
  body?: unknown;
}

/** A route, typed by its schemas. */
export interface RouteSpec<P, Q, B> {
  method: 'get' | 'post';
  /** The OpenAPI path, `/v1/days/{date}`. */
  path: string;
  /** The router's path, when it differs from `path` with `{x}` as `:x` (a parameter holding `/`). */
  routerPath?: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  params?: z.ZodMiniType<P>;
  query?: z.ZodMiniType<Q>;
  body?: BodySpec;
  /**
   * Whether its successful answers are kept by request (path, query, JSON body and language): for
   * a route whose answer depends on nothing else, and is costly to make or to encode.
   */
  remember?: boolean;
  /** By status; the first is the success. */
  responses: Record<number, ResponseSpec>;
  example: RouteExample;
  handle(input: RouteInput<P, Q, B>, service: Service): Response | Promise<Response>;
}

/** A route of any type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the router holds routes of every parameter type
export type Route = RouteSpec<any, any, any>;

/**
 * A route, its handler typed by its schemas.
 * @example
 * ```ts
 * // not run: routes are made in src/server/routes/
 * const health = route({ method: 'get', path: '/healthz', operationId: 'health', tag: 'meta', summary: 'Up', responses: {}, example: {}, handle: () => json({ status: 'ok' }) });
 * ```
 */
export const route = <P = Record<string, never>, Q = Record<string, never>, B = undefined>(spec: RouteSpec<P, Q, B>): Route => spec;

/** What `json` made a response of: an answer kept is encoded from it, without reading the response's stream (≈ 20 µs). */
interface JsonMade {
  status: number;
  headers: Readonly<Record<string, string>>;
  text: string;
}

const JSON_HEADERS = Object.freeze({ 'content-type': 'application/json; charset=utf-8' });
const made = new WeakMap<Response, JsonMade>();

/**
 * A JSON response.
 * @example `json({ ok: true }).headers.get('content-type') // 'application/json; charset=utf-8'`
 */
export const json = (value: unknown, status = 200): Response => {
  const text = JSON.stringify(value);
  const res = new Response(text, { status, headers: JSON_HEADERS });
  made.set(res, { status, headers: JSON_HEADERS, text });
  return res;
};

/**
 * The status, headers and text of a response made by {@link json}; `undefined` for any other.
 * @example `jsonMade(json([1])).text // '[1]'`
 */
export const jsonMade = (res: Response): JsonMade | undefined => made.get(res);

/**
 * The router's path of a route: its own, or the OpenAPI path with `{x}` as `:x`.
 * @example `routerPathOf({ path: '/v1/days/{date}' }) // '/v1/days/:date'`
 */
export const routerPathOf = (r: { path: string; routerPath?: string }): string => r.routerPath ?? r.path.replace(/\{(\w+)\}/g, ':$1');

/**
 * An iCalendar response, for calendar applications that subscribe to it.
 * @example `ics('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'x.ics').headers.get('content-type') // 'text/calendar; charset=utf-8'`
 */
export const ics = (text: string, filename: string): Response =>
  new Response(text, { headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `inline; filename="${filename}"` } });
