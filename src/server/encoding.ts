/**
 * Content coding of the service's answers (RFC 9110 §8.4, §12.5.3): gzip when the client
 * accepts it and the answer is worth compressing. A due answer is ≈ 19 KB of text and ≈ 3.4 KB
 * gzipped; over a city network, and on the sender's own CPU, the bytes are most of its cost.
 * Streamed answers (NDJSON) are sent as they are: compressing them would hold lines back.
 */
import type { ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip as gzipAsync, gzipSync } from 'node:zlib';
import { lastHeaderMemo, qualityList } from './header-list.js';
import { jsonMade } from './route.js';

const encoder = new TextEncoder();

/** Smaller answers gain nothing from compression (a TCP segment holds them). */
const MIN_BYTES = 1024;
const COMPRESSIBLE = /^(?:application\/(?:json|problem\+json)|text\/(?:html|calendar|csv|plain))\b/;
/**
 * zlib's level 3: a due answer (19 KB) takes 66 µs to compress here against 115 µs at the default
 * 6, for 7 % more bytes (3.65 against 3.40 KB). Most questions are new (another decision date),
 * and each new answer is compressed while its client waits.
 */
const GZIP = { level: 3 };
const gzipBytes = promisify(gzipAsync);

/**
 * Whether an `Accept-Encoding` header accepts gzip: `gzip` (or `x-gzip`) with a non-zero
 * quality, or `*` when gzip is not named.
 * @example
 * ```ts
 * acceptsGzip('gzip, deflate, br'); // true
 * acceptsGzip('gzip;q=0, *'); // false
 * acceptsGzip(undefined); // false
 * ```
 */
export function acceptsGzip(header: string | null | undefined): boolean {
  return header ? listAcceptsGzip(header) : false;
}

const listAcceptsGzip = lastHeaderMemo((header) => {
  let any = false;
  for (const { token, q } of qualityList(header)) {
    if (token === 'gzip' || token === 'x-gzip') return q > 0;
    if (token === '*') any = q > 0;
  }
  return any;
});

/** A body as sent: its bytes, its headers, and the same headers with its length (for Node's own response, which would otherwise send it chunked). */
interface Coded {
  body: Uint8Array<ArrayBuffer>;
  headers: Readonly<Record<string, string>>;
  wire: Readonly<Record<string, string>>;
}

const coded = (body: Uint8Array<ArrayBuffer>, headers: Readonly<Record<string, string>>): Coded => ({
  body,
  headers,
  wire: { ...headers, 'content-length': String(body.length) },
});

/**
 * zlib's level 9 for an answer asked again: made once (≈ 0.2 ms) and sent to every later client,
 * it is 7.5 % smaller than level 3 (a due answer: 3,376 against 3,651 bytes), and a bare server
 * sending it was 5–15 % faster here, its client reading fewer bytes.
 */
const GZIP_AGAIN = { level: 9 };

/**
 * An answer kept encoded: its status, headers and bytes, gzipped for the first client that
 * accepts it at {@link GZIP}'s level (that client waits), and once more at {@link GZIP_AGAIN}'s
 * when it is asked again. The objects it sends are shared by every sending (Node and Hono's Node
 * adapter copy headers before any change).
 */
export class EncodedAnswer {
  readonly #plain: Coded;
  /** The headers of the gzipped bytes (`undefined`: never gzipped). */
  readonly #gzipHeaders: Readonly<Record<string, string>> | undefined;
  #gzip: Coded | undefined;
  #gzipAgain = false;

  /**
   * @param status - the answer's status
   * @param headers - its headers (`content-type` …), without any of content coding
   * @param plain - its bytes
   */
  constructor(
    readonly status: number,
    headers: Readonly<Record<string, string>>,
    readonly plain: Uint8Array<ArrayBuffer>,
  ) {
    // `Vary: Accept-Encoding` either way, so that caches keep the two apart.
    this.#plain = coded(plain, { ...headers, vary: 'accept-encoding' });
    const worthIt = plain.length >= MIN_BYTES && COMPRESSIBLE.test(headers['content-type'] ?? '');
    this.#gzipHeaders = worthIt ? { ...this.#plain.headers, 'content-encoding': 'gzip' } : undefined;
  }

  /** A handler's response, read whole (one made by `json` without reading its stream). */
  static async of(res: Response): Promise<EncodedAnswer> {
    const made = jsonMade(res);
    if (made) return new EncodedAnswer(made.status, made.headers, encoder.encode(made.text));
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => (headers[k] = v));
    return new EncodedAnswer(res.status, headers, new Uint8Array(await res.arrayBuffer()));
  }

  /** What to send: gzipped when the client accepts it and the answer is compressible text of at least 1 KiB. */
  #chosen(gzip: boolean): Coded {
    if (!gzip || this.#gzipHeaders === undefined) return this.#plain;
    if (this.#gzip === undefined) this.#gzip = coded(new Uint8Array(gzipSync(this.plain, GZIP)), this.#gzipHeaders);
    else if (!this.#gzipAgain) {
      this.#gzip = coded(new Uint8Array(gzipSync(this.plain, GZIP_AGAIN)), this.#gzipHeaders);
      this.#gzipAgain = true;
    }
    return this.#gzip;
  }

  /**
   * The answer as a response.
   * @example
   * ```ts
   * const a = new EncodedAnswer(200, { 'content-type': 'application/json' }, new TextEncoder().encode('{"due":"2025-02-10"}'));
   * a.response(true).headers.get('content-encoding'); // null (too small)
   * ```
   */
  response(gzip: boolean): Response {
    const { body, headers } = this.#chosen(gzip);
    return new Response(body, { status: this.status, headers });
  }

  /**
   * Sends the answer on Node's own response, with its length.
   * @example
   * ```ts
   * // not run: needs a response
   * answer.send(res, true);
   * ```
   */
  send(res: ServerResponse, gzip: boolean): void {
    const { body, wire } = this.#chosen(gzip);
    res.writeHead(this.status, wire).end(body);
  }
}

/**
 * A handler's response for a client that accepts gzip: gzipped when the body is compressible
 * text of at least 1 KiB; one already encoded, streamed (NDJSON) or small is returned as it is.
 * @example
 * ```ts
 * const res = await compressed(new Response('x'.repeat(5000), { headers: { 'content-type': 'text/plain' } }));
 * res.headers.get('content-encoding'); // 'gzip'
 * ```
 */
export async function compressed(res: Response): Promise<Response> {
  const type = res.headers.get('content-type') ?? '';
  if (!COMPRESSIBLE.test(type) || res.headers.has('content-encoding') || res.status === 204 || res.status === 304) return res;
  const plain = new Uint8Array(await res.arrayBuffer());
  const headers = new Headers(res.headers);
  if (plain.length < MIN_BYTES) return new Response(plain, { status: res.status, headers });
  headers.append('vary', 'accept-encoding');
  headers.set('content-encoding', 'gzip');
  return new Response(new Uint8Array(await gzipBytes(plain, GZIP)), { status: res.status, headers });
}
