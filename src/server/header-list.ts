/** Request headers as the service reads them: from Node's own request, and those that list tokens with quality values (`Accept-Language`, `Accept-Encoding`). */
import type { IncomingMessage } from 'node:http';

/**
 * A request header (its name in lower case), read from Node's own headers (Hono's `c.req.header`
 * builds a web `Headers` object for the request first, a few µs each time).
 * @example
 * ```ts
 * // not run: needs a request
 * requestHeader(req, 'accept-language'); // 'vi'
 * ```
 */
export function requestHeader(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

/**
 * A `Content-Type` value's media type, lower case, without parameters; `''` when there is none.
 * @example `mediaTypeOf('Application/JSON; charset=utf-8') // 'application/json'`
 */
export const mediaTypeOf = (contentType: string | undefined): string => (contentType ?? '').split(';')[0].trim().toLowerCase();

/** One member of a list: its token, lower case, and its quality (1 when not given). */
export interface Quality {
  token: string;
  q: number;
}

/**
 * The members of a header listing tokens with quality values (RFC 9110 §12.4.2), in order; a
 * member whose quality is not a number gets 0 (not acceptable).
 * @param header - the header's value
 * @example `qualityList('en-US, vi;q=0.8') // [{ token: 'en-us', q: 1 }, { token: 'vi', q: 0.8 }]`
 */
export function qualityList(header: string): Quality[] {
  const list: Quality[] = [];
  for (const part of header.split(',')) {
    const [token, ...params] = part.toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    list.push({ token: token.trim(), q: Number.isFinite(q) ? q : 0 });
  }
  return list;
}

/**
 * `read` remembering its last header and answer: a client sends the same `Accept-Language` and
 * `Accept-Encoding` request after request, and the list is then parsed once, not each time.
 * @example
 * ```ts
 * const lang = lastHeaderMemo((h) => qualityList(h).length);
 * lang('vi, en;q=0.5'); // 2 (parsed)
 * lang('vi, en;q=0.5'); // 2 (remembered)
 * ```
 */
export function lastHeaderMemo<T>(read: (header: string) => T): (header: string) => T {
  let last: string | undefined;
  let answer!: T;
  return (header) => {
    if (header !== last) [last, answer] = [header, read(header)];
    return answer;
  };
}
