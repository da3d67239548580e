/** A file's bytes as chunks, for the readers. */
import { readSync } from 'node:fs';

/** The size of a read (64 KB): larger ones cost memory (each chunk becomes a string) and gain nothing. @internal */
export const CHUNK = 1 << 16;

/**
 * The file's bytes in chunks read into one reused buffer, each valid until the next is asked
 * for (the NDJSON and JSON readers decode a chunk before asking for the next; csv-parse may keep
 * a chunk and needs fresh ones). Synchronous reads: a regular file answers at once, and the
 * event loop has nothing else to do meanwhile.
 * @internal
 */
export function* reusedChunks(fd: number): Generator<Uint8Array> {
  const buf = Buffer.allocUnsafe(CHUNK);
  for (;;) {
    const n = readSync(fd, buf, 0, CHUNK, null);
    if (n === 0) return;
    yield buf.subarray(0, n);
  }
}
