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
import { acceptsGzip, compressed, EncodedAnswer } from './encoding.js';
import { messages } from './messages.js';
import { isClientError, ProblemError, problemResponse } from './problem.js';
import { routerPathOf, type Route, type Service } from './route.js';
import { calendarRoutes } from './routes/calendar.js';
import { checkRoutes } from './routes/check.js';
import { dayRoutes } from './routes/days.js';
import { metaRoutes } from './routes/meta.js';
import { allowedMethods } from './allowed-methods.js';
import { mediaTypeOf, requestHeader } from './header-list.js';
import { answerKey } from './memo.js';
import { ruleRoutes } from './routes/rules.js';
import { validated } from './validate.js';

interface Env {
  Bindings: HttpBindings;
}

/** Every route of the service, in the router's order (a feed's `{year}.ics` before `{year}`). */
const ROUTES: readonly Route[] = [...dayRoutes, ...calendarRoutes, ...ruleRoutes, ...checkRoutes, ...metaRoutes(() => ROUTES)];

/**
 * The paths of the POST routes whose answers are kept by request, for the front desk.
 * @example `keptAnswerPaths().has('/v1/due') // true`
 */
export const keptAnswerPaths = (): ReadonlySet<string> => new Set(ROUTES.filter((r) => r.remember && r.method === 'post').map((r) => r.path));

/**
 * The request's body as bytes, for a streamed body. A reader that stops early (a body over the
 * limit) leaves the connection open, so that the 413 answer reaches the client.
 */
const bodyOf = (c: Context<Env>): AsyncIterable<Uint8Array> => c.env.incoming.iterator({ destroyOnReturn: false }) as AsyncIterable<Uint8Array>;

/** The JSON body of a route as text, or `undefined` when it takes none or the body is one of its streamed media types. */
async function bodyText(r: Route, c: Context<Env>, mediaType: string, service: Service): Promise<string | undefined> {
  if (r.body === undefined) return undefined;
  if (r.body.streamed?.includes(mediaType)) return undefined;
  if (mediaType !== 'application/json') {
    const allowed = ['application/json', ...(r.body.streamed ?? [])].join(', ');
    throw new ProblemError(415, 'unsupported_media_type', (l) => messages[l].mediaType(mediaType || '(none)', allowed), 'content-type');
  }
  return readLimited(c.env.incoming, service.limits.bodyBytes);
}

/** A request header, read from Node's own headers. */
const header = (c: Context<Env>, name: string): string | undefined => requestHeader(c.env.incoming, name);

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

/**
 * The handler of a route: the request checked against its schemas, the answer gzipped when the
 * client accepts it. The answer of a route that remembers is taken from those kept when the same
 * request was answered before (it was valid then, and the calendar and rules have not changed).
 */
function answering(r: Route, service: Service): (c: Context<Env>) => Promise<Response> {
  const paramsOf = paramsReader(r);
  return async (c) => {
    const lang = langOfHeader(header(c, 'accept-language'));
    const gzip = acceptsGzip(header(c, 'accept-encoding'));
    // A route without parameters or query takes none: {} (paramsOf and the query are not read).
    const params: unknown = r.params ? validated(r.params, paramsOf(c), 'path') : {};
    const query: unknown = r.query ? validated(r.query, c.req.query(), 'query') : {};
    const mediaType = mediaTypeOf(header(c, 'content-type'));
    const text = await bodyText(r, c, mediaType, service);
    const key = r.remember ? answerKey(c.env.incoming.method!, c.env.incoming.url!, lang, text) : undefined;
    const kept = key === undefined ? undefined : service.answers.get(key);
    if (kept) return kept.response(gzip);
    const body: unknown = r.body && text !== undefined ? validated(r.body.schema, parseJsonBody(text), 'body') : undefined;
    // `stream` is a plain function: an object literal with a getter closing over `c` gets a map of
    // its own each time, which kept ≈ 3 MB alive across collections and doubled a request's cost.
    const res = await r.handle({ params, query, body, lang, gzip, mediaType, stream: () => bodyOf(c) }, service);
    if (key === undefined || res.status !== 200) return gzip ? compressed(res) : res;
    const answer = await EncodedAnswer.of(res);
    service.answers.set(key, answer);
    return answer.response(gzip);
  };
}

/**
 * The application.
 * @param pkgs - Hono, its CORS middleware, pino (loaded by `loadServerPackages`)
 * @param service - the calendar, rules, limits and version
 * @param corsOrigins - origins allowed to call from a browser (`*` for any); empty: no CORS headers
 * @param log - where unexpected errors are logged (the request lines are written by `startService`)
 * @example
 * ```ts
 * // not run: needs the optional packages
 * const app = createApp(await loadServerPackages(), service, ['*'], pino());
 * ```
 */
export function createApp(pkgs: ServerPackages, service: Service, corsOrigins: readonly string[], log: Logger): Hono<Env> {
  const app = new pkgs.Hono<Env>();
  const lang = (c: Context<Env>) => langOfHeader(header(c, 'accept-language'));
  if (corsOrigins.length) app.use('*', pkgs.cors({ origin: corsOrigins.includes('*') ? '*' : [...corsOrigins], exposeHeaders: ['content-language'] }));
  // One handler per route and method, nothing else: Hono then calls it without composing a chain.
  for (const r of ROUTES) app.on(r.method.toUpperCase(), routerPathOf(r), answering(r, service));
  const allowedAt = allowedMethods(ROUTES);
  app.notFound((c) => {
    const allow = allowedAt(c.req.path);
    const e = allow
      ? new ProblemError(405, 'method_not_allowed', (l) => messages[l].methodNotAllowed(c.req.method, allow), undefined, { allow })
      : new ProblemError(404, 'not_found', (l) => messages[l].notFound(c.req.path));
    return problemResponse(e, lang(c), c.req.path);
  });
  app.onError((e, c) => {
    if (!isClientError(e)) log.error({ err: e, path: c.req.path }, 'unexpected error');
    return problemResponse(e, lang(c), c.req.path);
  });
  return app;
}
