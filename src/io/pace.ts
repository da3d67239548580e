/** Chunks handed on at the pace of the output: backpressure between a reader and a report. */
import type { Chunks } from './types.js';

/** A turn of the event loop: `setImmediate` in Node, a zero timeout elsewhere. */
const turn = (): Promise<void> =>
  new Promise<void>((resolve) => ((globalThis as { setImmediate?: (f: () => void) => unknown }).setImmediate ?? setTimeout)(resolve));

/**
 * The chunks, each handed on once `pause` (when it returns a promise) has resolved. Every 16
 * chunks or so it lets the event loop turn: a synchronous source (a file read with `readSync`)
 * would otherwise keep signals (Ctrl-C) and other requests waiting.
 * @internal
 */
export async function* paced(chunks: Chunks, pause: () => Promise<void> | undefined): AsyncGenerator<Uint8Array | string> {
  let n = 0;
  for await (const chunk of chunks) {
    const p = pause();
    if (p !== undefined) await p;
    else if ((++n & 15) === 0) await turn();
    yield chunk;
  }
}
