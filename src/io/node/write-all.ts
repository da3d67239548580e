/** Writing bytes to a file descriptor, all of them. */
import { writeSync } from 'node:fs';

/**
 * Writes all of `bytes` (a string: its UTF-8) to `fd`: a write may take only part of what it is
 * given (a signal, a pipe, a file size limit), and the rest is written after it, never dropped.
 * @param write - the system's write (replaced in tests)
 * @example
 * ```ts
 * // not run: writes to standard output
 * writeAll(1, 'xin chào\n');
 * ```
 * @internal
 */
export function writeAll(fd: number, bytes: Uint8Array | string, write: (fd: number, b: Uint8Array, off: number) => number = writeSync): void {
  const b = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  for (let off = 0; off < b.length;) off += write(fd, b, off);
}
