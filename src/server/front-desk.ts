/**
 * The service's front desk: a request asked before, whose answer is kept, is answered here from
 * Node's own request and response, before Hono's adapter makes a web `Request` and `Response`
 * for it; every other request goes on to Hono, its body handed over when it was read here.
 */
import type { IncomingMessage, RequestListener } from 'node:http';
import { langOfHeader } from './accept-language.js';
import { keepBody } from './body.js';
import { acceptsGzip, type EncodedAnswer } from './encoding.js';
import { mediaTypeOf, requestHeader } from './header-list.js';
import { answerKey, REMEMBERED_BODY_CHARS, type AnswerMemo } from './memo.js';

/**
 * Whether a request may have its answer kept: a POST of a small JSON body (its length declared)
 * to the exact path of a route that remembers. A request with an `Origin` goes to Hono, whose
 * CORS middleware answers it.
 */
function mayBeKept(req: IncomingMessage, paths: ReadonlySet<string>): boolean {
  if (req.method !== 'POST' || !paths.has(req.url ?? '') || req.headers.origin !== undefined) return false;
  const length = Number(req.headers['content-length']);
  return length <= REMEMBERED_BODY_CHARS && mediaTypeOf(req.headers['content-type']) === 'application/json';
}

/**
 * A request listener that answers the requests whose answers are kept, and hands the others to
 * `next` (Hono's).
 * @param paths - the paths of the routes that remember their answers (`/v1/due`)
 * @param answers - the answers kept, by {@link answerKey}
 * @param next - the listener of every other request
 * @example
 * ```ts
 * // not run: needs a server
 * http.createServer(frontDesk(new Set(['/v1/due']), answers, getRequestListener(app.fetch)));
 * ```
 */
export function frontDesk(paths: ReadonlySet<string>, answers: AnswerMemo<EncodedAnswer>, next: RequestListener): RequestListener {
  return (req, res) => {
    if (!mayBeKept(req, paths)) return void next(req, res);
    const parts: Buffer[] = [];
    req.on('data', (chunk: Buffer) => parts.push(chunk));
    // A client that leaves while sending: nothing to answer (its log line says `aborted`).
    req.once('error', () => res.destroy());
    req.once('end', () => {
      const body = parts.length === 1 ? parts[0] : Buffer.concat(parts);
      const key = answerKey(req.method!, req.url!, langOfHeader(requestHeader(req, 'accept-language')), body.toString('utf8'));
      const kept = key === undefined ? undefined : answers.get(key);
      if (kept) return kept.send(res, acceptsGzip(requestHeader(req, 'accept-encoding')));
      keepBody(req, body);
      void next(req, res);
    });
  };
}
