/**
 * A check as an HTTP response body: `checkStream` (src/io) writing NDJSON into a web
 * `ReadableStream`, with backpressure both ways. The response stream's queue holds a few chunks;
 * when it is full, `ready()` waits for the client to take one, and `checkStream` reads no more
 * of the request meanwhile, so memory stays flat whatever the size.
 */
import { checkStream, type CheckStreamOptions } from '../io/check-stream.js';
import type { ByteTarget, Chunks } from '../io/types.js';

/** Chunks (of up to 128 KiB, the report sink's size) queued before the check waits for the client. */
const QUEUED_CHUNKS = 4;

/**
 * The body of a streamed check: one NDJSON line per record, in order. An input that cannot be
 * read at all (`invalid_data`) ends the stream with one more line, `{"problem": {code, message}}`.
 * @param chunks - the request body
 * @param options - what `checkStream` takes (`report` is `ndjson`)
 * @returns the stream, already running
 * @example
 * ```ts
 * // not run: needs a request body
 * new Response(streamedCheck(req.body, { format: 'csv', report: 'ndjson' }), { headers: { 'content-type': 'application/x-ndjson' } });
 * ```
 */
export function streamedCheck(chunks: Chunks, options: CheckStreamOptions): ReadableStream<Uint8Array> {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let waiting: { resolve: () => void; reject: (e: Error) => void } | undefined;
  let cancelled = false;
  const release = () => {
    const w = waiting;
    waiting = undefined;
    w?.resolve();
  };
  const body = new ReadableStream<Uint8Array>(
    {
      start: (c) => void (controller = c),
      pull: release,
      cancel: () => {
        cancelled = true;
        waiting?.reject(new Error('the client went away'));
      },
    },
    { highWaterMark: QUEUED_CHUNKS },
  );
  const target: ByteTarget = {
    write: (b) => {
      if (!cancelled) controller.enqueue(new Uint8Array(b)); // a copy: the sink reuses its buffer (a Buffer, whose slice is a view)
    },
    ready: () => {
      if (cancelled) return Promise.reject(new Error('the client went away'));
      if ((controller.desiredSize ?? 1) > 0) return undefined;
      return new Promise((resolve, reject) => (waiting = { resolve, reject }));
    },
  };
  checkStream(chunks, target, options).then(
    () => {
      if (!cancelled) controller.close();
    },
    (e: unknown) => {
      if (cancelled) return;
      const err = e as { code?: unknown; message?: unknown };
      const line = JSON.stringify({ problem: { code: typeof err.code === 'string' ? err.code : 'internal', message: String(err.message) } });
      controller.enqueue(new TextEncoder().encode(line + '\n'));
      controller.close();
    },
  );
  return body;
}
