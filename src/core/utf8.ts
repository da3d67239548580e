/**
 * UTF-8 bytes to and from strings, through Node's Buffer where there is one: it encodes into and
 * decodes from a range of a buffer in place, without the views and allocations of
 * TextEncoder#encodeInto and TextDecoder#decode, which serve everywhere else.
 */

/** Node's Buffer: the few members used here. */
interface NodeBuffer extends Uint8Array {
  write(s: string, offset: number): number;
  toString(encoding?: 'utf8', start?: number, end?: number): string;
}
interface NodeBufferClass {
  new (): NodeBuffer;
  allocUnsafe(n: number): NodeBuffer;
}
const NodeBuffer = (globalThis as unknown as { Buffer?: NodeBufferClass }).Buffer;

const encoder = new TextEncoder();
/** Keeps a byte-order mark, as a stream's decoder does past the stream's start. */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * A buffer of `n` bytes, not zeroed: a Node Buffer where there is one, so that
 * {@link writeUtf8} and {@link utf8Text} work on it in place.
 * @internal
 */
export const allocBytes = (n: number): Uint8Array => (NodeBuffer ? NodeBuffer.allocUnsafe(n) : new Uint8Array(n));

/**
 * Writes `s` as UTF-8 into `bytes` from `at`, which must have room for it (3 bytes per UTF-16
 * unit at most); returns the number of bytes written.
 * @internal
 */
export function writeUtf8(s: string, bytes: Uint8Array, at: number): number {
  return NodeBuffer && bytes instanceof NodeBuffer ? bytes.write(s, at) : encoder.encodeInto(s, bytes.subarray(at)).written;
}

/**
 * The text of the UTF-8 bytes `[start, end)` (a byte-order mark kept, a malformed sequence
 * replaced by U+FFFD as TextDecoder does). From a Node Buffer, a text with no character beyond
 * U+00FF comes out as a one-byte string.
 * @example `utf8Text(new TextEncoder().encode('{"unit":"UBND xã 1"}'), 9, 19) // 'UBND xã 1'`
 * @internal
 */
export function utf8Text(bytes: Uint8Array, start: number, end: number): string {
  return NodeBuffer && bytes instanceof NodeBuffer ? bytes.toString('utf8', start, end) : decoder.decode(bytes.subarray(start, end));
}
