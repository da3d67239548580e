/**
 * The service as a Hono application: every route of `routes/` with its request checked against
 * its schemas, errors as problems (RFC 9457) in the language of `Accept-Language`, 404 and 405
 * as problems too, CORS for the origins given, and one log line per request when it ends.
 */
import type { HttpBindings } from '@hono/node-server';
import type { Context, Hono } from 'hono';
import type { Logger } from 'pino';
import { langOfHeader } from './accept-language.js';
import { parseJsonBody, readLimited } from './body.js';
import type { ServerPackages } from './deps.js';
import { acceptsGzip, compressed } from './encoding.js';
import { messages } from './messages.js';
import { isClientError, ProblemError, problemResponse } from './problem.js';
import type { Route, Service } from './route.js';
import { calendarRoutes } from './routes/calendar.js';
import { checkRoutes } from './routes/check.js';
import { dayRoutes } from './routes/days.js';
import { metaRoutes } from './routes/meta.js';
import { ruleRoutes } from './routes/rules.js';
import { validated } from './validate.js';

interface Env {
  Bindings: HttpBindings;
}

/** Every route of the service, in the router's order (a feed's `{year}.ics` before `{year}`). */
const ROUTES: readonly Route[] = [...dayRoutes, ...calendarRoutes, ...ruleRoutes, ...checkRoutes, ...metaRoutes(() => ROUTES)];

/**
 * The request's body as bytes, for a streamed body. A reader that stops early (a body over the
 * limit) leaves the connection open, so that the 413 answer reaches the client.
 */
const bodyOf = (c: Context<Env>): AsyncIterable<Uint8Array> => c.env.incoming.iterator({ destroyOnReturn: false }) as AsyncIterable<Uint8Array>;

/** The JSON body of a route, or `undefined` for one of its streamed media types. */
async function bodyFor(r: Route, c: Context<Env>, mediaType: string, service: Service): Promise<unknown> {
  if (r.body === undefined) return undefined;
  if (r.body.streamed?.includes(mediaType)) return undefined;
  if (mediaType !== 'application/json') {
    const allowed = ['application/json', ...(r.body.streamed ?? [])].join(', ');
    throw new ProblemError(415, 'unsupported_media_type', (l) => messages[l].mediaType(mediaType || '(none)', allowed), 'content-type');
  }
  const text = await readLimited(c.env.incoming, service.limits.bodyBytes);
  return validated(r.body.schema, parseJsonBody(text), 'body');
}

/**
 * A request header (its name in lower case), read from Node's own headers: Hono's `c.req.header`
 * builds a web `Headers` object for the request first, a few µs each time.
 */
const header = (c: Context<Env>, name: string): string | undefined => {
  const v = c.env.incoming.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
};

/**
 * How to read a route's path parameters: the last one without the literal text that follows it
 * in the path (`{year}.ics`).
 */
function paramsReader(r: Route): (c: Context<Env>) => Record<string, string> {
  const m = /\{(\w+)\}([^/{}]+)$/.exec(r.path);
  if (!m) return (c) => c.req.param();
  const [, name, suffix] = m;
  return (c) => {
    const params: Record<string, string> = { ...c.req.param() };
    if (params[name]?.endsWith(suffix)) params[name] = params[name].slice(0, -suffix.length);
    return params;
  };
}

/** The handler of a route: the request checked against its schemas, the answer gzipped when the client accepts it. */
function answering(r: Route, service: Service): (c: Context<Env>) => Promise<Response> {
  const paramsOf = paramsReader(r);
  return async (c) => {
    const lang = langOfHeader(header(c, 'accept-language'));
    const gzip = acceptsGzip(header(c, 'accept-encoding'));
    // A route without parameters or query takes none: {} (paramsOf and the query are not read).
    const params: unknown = r.params ? validated(r.params, paramsOf(c), 'path') : {};
    const query: unknown = r.query ? validated(r.query, c.req.query(), 'query') : {};
    const mediaType = (header(c, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
    const body: unknown = await bodyFor(r, c, mediaType, service);
    // `stream` is a plain function: an object literal with a getter closing over `c` gets a map of
    // its own each time, which kept ≈ 3 MB alive across collections and doubled a request's cost.
    const res = await r.handle({ params, query, body, lang, gzip, mediaType, stream: () => bodyOf(c) }, service);
    return gzip ? compressed(res) : res;
  };
}

/** One line per request, when its response has ended (a streamed one too). */
function requestLog(log: Logger) {
  return async (c: Context<Env>, next: () => Promise<void>) => {
    const start = performance.now();
    const line = (status: number, aborted: boolean) =>
      log.info(
        { method: c.req.method, path: c.req.path, status, ms: Math.round((performance.now() - start) * 10) / 10, ...(aborted ? { aborted } : {}) },
        'request',
      );
    const out = c.env?.outgoing;
    if (out) out.once('close', () => line(out.statusCode, !out.writableFinished));
    await next();
    if (!out) line(c.res.status, false);
  };
}

/**
 * The application.
 * @param pkgs - Hono, its CORS middleware, pino (loaded by `loadServerPackages`)
 * @param service - the calendar, rules, limits and version
 * @param corsOrigins - origins allowed to call from a browser (`*` for any); empty: no CORS headers
 * @param log - the request logger
 * @example
 * ```ts
 * // not run: needs the optional packages
 * const app = createApp(await loadServerPackages(), service, ['*'], pino());
 * ```
 */
export function createApp(pkgs: ServerPackages, service: Service, corsOrigins: readonly string[], log: Logger): Hono<Env> {
  const app = new pkgs.Hono<Env>();
  const lang = (c: Context<Env>) => langOfHeader(header(c, 'accept-language'));
  app.use('*', requestLog(log));
  if (corsOrigins.length) app.use('*', pkgs.cors({ origin: corsOrigins.includes('*') ? '*' : [...corsOrigins], exposeHeaders: ['content-language'] }));
  const methods = new Map<string, string[]>();
  for (const r of ROUTES) {
    const path = r.routerPath ?? r.path.replace(/\{(\w+)\}/g, ':$1');
    app.on(r.method.toUpperCase(), path, answering(r, service));
    methods.set(path, [...(methods.get(path) ?? []), r.method.toUpperCase()]);
  }
  for (const [path, allowed] of methods) {
    const allow = allowed.includes('GET') ? [...allowed, 'HEAD'].join(', ') : allowed.join(', ');
    app.all(path, (c) =>
      problemResponse(
        new ProblemError(405, 'method_not_allowed', (l) => messages[l].methodNotAllowed(c.req.method, allow), undefined, { allow }),
        lang(c),
        c.req.path,
      ),
    );
  }
  app.notFound((c) => problemResponse(new ProblemError(404, 'not_found', (l) => messages[l].notFound(c.req.path)), lang(c), c.req.path));
  app.onError((e, c) => {
    if (!isClientError(e)) log.error({ err: e, path: c.req.path }, 'unexpected error');
    return problemResponse(e, lang(c), c.req.path);
  });
  return app;
}
