/** A request body read whole, within the size limit: the JSON bodies (streamed bodies are not read here). */
import type { IncomingMessage } from 'node:http';
import { messages } from './messages.js';
import { ProblemError } from './problem.js';

const tooLarge = (limit: number) => new ProblemError(413, 'body_too_large', (l) => messages[l].bodyTooLarge(limit));

/** A request whose body was read before it reached Hono (by the front desk), as `@hono/node-server` knows it. */
type ReadRequest = IncomingMessage & { rawBody?: Buffer };

/** The body read before, if it was. */
const readAlready = (req: IncomingMessage): Buffer | undefined => (req as ReadRequest).rawBody;

/**
 * Marks a request's body as read, for Hono's adapter and {@link readLimited}.
 * @example
 * ```ts
 * // not run: needs a request
 * keepBody(req, Buffer.from('{}'));
 * ```
 */
export function keepBody(req: IncomingMessage, body: Buffer): void {
  (req as ReadRequest).rawBody = body;
}

/**
 * The body as text (the one read before, if it was), read until `limit` bytes; a body over it is refused as soon as its
 * `Content-Length` or its bytes say so, without reading the rest (the connection stays open,
 * so that the 413 answer reaches the client).
 * @throws ProblemError 413 `body_too_large`
 * @example
 * ```ts
 * // not run: needs a request
 * const text = await readLimited(req, 1 << 20);
 * ```
 */
export function readLimited(req: IncomingMessage, limit: number): Promise<string> {
  const read = readAlready(req);
  if (read !== undefined) return read.length > limit ? Promise.reject(tooLarge(limit)) : Promise.resolve(read.toString('utf8'));
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    const stop = () => req.off('data', onData).off('end', onEnd).off('error', onError);
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      parts.push(chunk);
      if (size <= limit) return;
      stop();
      req.pause();
      reject(tooLarge(limit));
    };
    const onEnd = () => (stop(), resolve(Buffer.concat(parts, size).toString('utf8')));
    const onError = (e: Error) => (stop(), reject(e));
    req.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

/**
 * JSON text as a value.
 * @throws ProblemError 400 `invalid_json`
 * @example `parseJsonBody('{"a":1}') // { a: 1 }`
 */
export function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new ProblemError(400, 'invalid_json', (l) => messages[l].badJson((e as Error).message), 'body');
  }
}
