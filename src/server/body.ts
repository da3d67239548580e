/** A request body read whole, within the size limit: the JSON bodies (streamed bodies are not read here). */
import { messages } from './messages.js';
import { ProblemError } from './problem.js';

const tooLarge = (limit: number) => new ProblemError(413, 'body_too_large', (l) => messages[l].bodyTooLarge(limit));

/**
 * The body as text, read until `limit` bytes; a body over it is refused as soon as its
 * `Content-Length` or its bytes say so, without reading the rest.
 * @throws ProblemError 413 `body_too_large`
 * @example
 * ```ts
 * // not run: needs a request body
 * const text = await readLimited(req, req.headers['content-length'], 1 << 20);
 * ```
 */
export async function readLimited(chunks: AsyncIterable<Uint8Array>, contentLength: string | undefined, limit: number): Promise<string> {
  if (contentLength !== undefined && Number(contentLength) > limit) throw tooLarge(limit);
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    parts.push(chunk);
  }
  return Buffer.concat(parts).toString('utf8');
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
