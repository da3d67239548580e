/**
 * The output buffer of the batch reports: lines encoded as UTF-8 into one reused buffer and
 * handed on in large chunks that end with a line break. No string is kept once encoded, so the
 * million-record path stays flat in memory.
 */
import { allocBytes, writeUtf8 } from '../core/utf8.js';

/**
 * Lines into a reused byte buffer, handed to `emit` once more than `flushAt` bytes are waiting
 * (and by `flush`). `emit` must use the chunk before it returns: the buffer is reused.
 * @internal
 */
export class ByteSink {
  #buf: Uint8Array;
  #pos = 0;
  readonly #emit: (chunk: Uint8Array) => void;
  readonly #flushAt: number;

  constructor(emit: (chunk: Uint8Array) => void, flushAt = 1 << 17) {
    this.#emit = emit;
    this.#flushAt = flushAt;
    this.#buf = allocBytes(Math.min(flushAt * 2, 1 << 21));
  }

  /** A whole line (the line break is added). */
  line(s: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    const need = this.#pos + s.length * 3 + 1;
    if (need > this.#buf.length) {
      const next = allocBytes(Math.max(this.#buf.length * 2, need));
      next.set(this.#buf.subarray(0, this.#pos));
      this.#buf = next;
    }
    this.#pos += writeUtf8(s, this.#buf, this.#pos);
    this.#buf[this.#pos++] = 10;
    if (this.#pos >= this.#flushAt) this.flush();
  }

  /** Hands what is waiting to `emit`. */
  flush(): void {
    if (this.#pos === 0) return;
    const chunk = this.#buf.subarray(0, this.#pos);
    this.#pos = 0;
    this.#emit(chunk);
  }
}
