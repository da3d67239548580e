/**
 * Content coding of the service's answers (RFC 9110 §8.4, §12.5.3): gzip when the client
 * accepts it and the answer is worth compressing. A due answer is ≈ 19 KB of text and ≈ 3.4 KB
 * gzipped; over a city network, and on the sender's own CPU, the bytes are most of its cost.
 * Streamed answers (NDJSON) are sent as they are: compressing them would hold lines back.
 */
import type { ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip as gzipAsync, gzipSync } from 'node:zlib';
import { qualityList } from './header-list.js';
import { jsonMade } from './route.js';

const encoder = new TextEncoder();

/** Smaller answers gain nothing from compression (a TCP segment holds them). */
const MIN_BYTES = 1024;
const COMPRESSIBLE = /^(?:application\/(?:json|problem\+json)|text\/(?:html|calendar|csv|plain))\b/;
/**
 * zlib's level 3: a due answer (19 KB) takes 66 µs to compress here against 115 µs at the default
 * 6, for 7 % more bytes (3.65 against 3.40 KB). An answer kept is compressed once, but most
 * questions are new (another decision date), and each new answer is compressed while its client waits.
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
  if (!header) return false;
  let any = false;
  for (const { token, q } of qualityList(header)) {
    if (token === 'gzip' || token === 'x-gzip') return q > 0;
    if (token === '*') any = q > 0;
  }
  return any;
}

/** An answer kept encoded: its status, headers and bytes, its gzip made once, on the first client that accepts it. */
export class EncodedAnswer {
  /** The headers sent with the plain bytes, and with the gzipped ones (`undefined`: never gzipped). */
  readonly #plainHeaders: Readonly<Record<string, string>>;
  readonly #gzipHeaders: Readonly<Record<string, string>> | undefined;
  #gzip: Uint8Array<ArrayBuffer> | undefined;
  /** The headers {@link send} writes, with the length of the body they go with, by the headers of {@link response} (the objects are shared by every sending: Node and Hono's Node adapter copy them before any change). */
  readonly #wire = new Map<Readonly<Record<string, string>>, Readonly<Record<string, string>>>();

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
    this.#plainHeaders = { ...headers, vary: 'accept-encoding' };
    const worthIt = plain.length >= MIN_BYTES && COMPRESSIBLE.test(headers['content-type'] ?? '');
    this.#gzipHeaders = worthIt ? { ...this.#plainHeaders, 'content-encoding': 'gzip' } : undefined;
  }

  /** A handler's response, read whole (one made by `json` without reading its stream). */
  static async of(res: Response): Promise<EncodedAnswer> {
    const made = jsonMade(res);
    if (made) return new EncodedAnswer(made.status, made.headers, encoder.encode(made.text));
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => (headers[k] = v));
    return new EncodedAnswer(res.status, headers, new Uint8Array(await res.arrayBuffer()));
  }

  /** The headers and bytes to send: gzipped when the client accepts it and the answer is compressible text of at least 1 KiB. */
  #chosen(gzip: boolean): [Readonly<Record<string, string>>, Uint8Array<ArrayBuffer>] {
    if (gzip && this.#gzipHeaders) return [this.#gzipHeaders, (this.#gzip ??= new Uint8Array(gzipSync(this.plain, GZIP)))];
    return [this.#plainHeaders, this.plain];
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
    const [headers, body] = this.#chosen(gzip);
    return new Response(body, { status: this.status, headers });
  }

  /**
   * Sends the answer on Node's own response.
   * @example
   * ```ts
   * // not run: needs a response
   * answer.send(res, true);
   * ```
   */
  send(res: ServerResponse, gzip: boolean): void {
    const [headers, body] = this.#chosen(gzip);
    // With its length, or Node would send the body chunked (its headers are written first).
    let wire = this.#wire.get(headers);
    if (wire === undefined) this.#wire.set(headers, (wire = { ...headers, 'content-length': String(body.length) }));
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
