/** Backpressure on standard output. */

/**
 * Backpressure on standard output: writes to `process.stdout` on a pipe are queued in memory,
 * so reading waits (the promise) while more than 1 MB is queued. Writes to a file or a terminal
 * are synchronous and never queue.
 * @internal
 */
export function stdoutPause(): Promise<void> | undefined {
  const out = process.stdout;
  if (out.writableLength <= 1 << 20) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    out.on('drain', done).on('close', done).on('error', done);
  });
}
