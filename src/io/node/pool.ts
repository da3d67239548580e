/**
 * `vn-deadlines check` or `dossiers` on a large NDJSON file, on several cores: the main thread
 * reads the file in batches of whole lines and hands them to worker threads (the entry module
 * `check-worker.js`, built beside this one, which runs the checker its setup names), running one
 * itself only when every worker has enough waiting; the outputs are written in the order of the
 * file, so the result is byte for byte the one of a single thread. The workers' summaries are
 * returned for the caller to merge.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Batch, BatchRunner } from './batch-checker.js';
import { lineBatches } from './line-batches.js';
import type { WorkerSetup } from './setup.js';
import type { WorkerMessage } from './worker.js';

/** The worker's entry module: `dist/check-worker.js`, beside the bundle this module is built into. */
const WORKER = new URL('./check-worker.js', import.meta.url);

/** How many worker threads a file of this size is worth: none below 16 MB, else one per spare core (at most 3). @internal */
export function autoWorkers(bytes: number): number {
  if (bytes < 16 * 2 ** 20) return 0;
  return Math.max(0, Math.min(availableParallelism(), 4) - 1);
}

/** Whether worker threads can start: the worker's entry module is built (not when running from the sources). @internal */
export function canStartWorkers(): boolean {
  try {
    return WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));
  } catch {
    return false;
  }
}

/** The batches a worker may hold, queued or running: enough to keep it busy while the main thread runs one of its own. */
const DEPTH = 4;

/** Worker threads, their outputs kept by batch number until they can be written in order. */
class Pool<S> {
  readonly #workers: Worker[] = [];
  /** The batches each worker holds; {@link DEPTH} until it is ready (a thread takes ≈ 0.15 s to start). */
  readonly #held: number[] = [];
  readonly outputs = new Map<number, Uint8Array<ArrayBuffer>>();
  /** Buffers done with, to be used again: batches' inputs (read into) and reports, once written (copied into). */
  readonly spare = { inputs: [] as ArrayBuffer[], outputs: [] as ArrayBuffer[] };
  readonly summaries: S[] = [];
  failure: Error | undefined;
  #wake: (() => void) | undefined;

  constructor(n: number, setup: WorkerSetup, onRecords: (n: number) => void) {
    for (let i = 0; i < n; i++) {
      const w = new Worker(WORKER, { workerData: setup, stdout: true, stderr: true, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
      w.on('message', (m: WorkerMessage) => {
        if ('ready' in m) this.#held[i] = 0;
        else if ('summary' in m) this.summaries.push(m.summary as S);
        else {
          this.outputs.set(m.seq, m.out);
          this.spare.inputs.push(m.input);
          onRecords(m.records);
          this.#held[i]--;
        }
        this.#notify();
      });
      w.on('error', (e) => this.#fail(e));
      w.on('exit', (code) => this.#fail(code !== 0 ? new Error(`a worker thread stopped with exit code ${code}`) : undefined));
      this.#workers.push(w);
      this.#held.push(DEPTH);
    }
  }

  #fail(e: Error | undefined): void {
    this.failure ??= e;
    this.#notify();
  }

  #notify(): void {
    const w = this.#wake;
    this.#wake = undefined;
    w?.();
  }

  /** Sends a batch to the least busy worker (its buffers are transferred); `false` when every worker holds {@link DEPTH} batches. */
  post(batch: Batch): boolean {
    let i = 0;
    for (let k = 1; k < this.#held.length; k++) if (this.#held[k] < this.#held[i]) i = k;
    if (this.#held[i] >= DEPTH) return false;
    this.#held[i]++;
    this.#workers[i].postMessage(batch, batch.spare ? [batch.buffer, batch.spare] : [batch.buffer]);
    return true;
  }

  /** A spare input buffer of at least `size` bytes, if there is one. */
  reuseInput(size: number): ArrayBuffer | undefined {
    const b = this.spare.inputs.pop();
    return b !== undefined && b.byteLength >= size ? b : undefined;
  }

  /** A turn of the event loop: the workers' answers waiting are taken in. */
  poll(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  /** Resolves on the next message, error or exit of a worker; throws a worker's failure. */
  async next(): Promise<void> {
    this.rethrow();
    await new Promise<void>((resolve) => (this.#wake = resolve));
    this.rethrow();
  }

  /** Throws a worker's failure, if there is one. */
  private rethrow(): void {
    if (this.failure) throw this.failure;
  }

  /** Asks every worker for its summary and waits for them all. */
  async finish(): Promise<S[]> {
    for (const w of this.#workers) w.postMessage({ done: true });
    while (this.summaries.length < this.#workers.length) await this.next();
    return this.summaries;
  }

  terminate(): Promise<unknown> {
    return Promise.all(this.#workers.map((w) => w.terminate()));
  }
}

/**
 * Runs an NDJSON file with `workers` worker threads beside the main thread, which runs a batch
 * on `local` (the same checker as the workers', made from the same `setup`) only when every worker
 * holds {@link DEPTH} batches: the main thread also reads and writes, and a worker never waits for it. Output chunks go to
 * `write` in file order, which must be done with a chunk when it returns (its buffer serves
 * again); `onRecords` counts progress; reading waits for `pause` (output backpressure). Returns
 * the workers' summaries, for the caller to add to `local`'s.
 * @internal
 */
export async function runInParallel<S>(
  fd: number,
  setup: WorkerSetup,
  local: BatchRunner<S>,
  workers: number,
  write: (chunk: Uint8Array) => void,
  onRecords: (n: number) => void,
  pause: () => Promise<void> | undefined = () => undefined,
): Promise<S[]> {
  const pool = new Pool<S>(workers, setup, onRecords);
  let next = 0;
  const flushInOrder = () => {
    for (let out = pool.outputs.get(next); out !== undefined; out = pool.outputs.get(next)) {
      pool.outputs.delete(next++);
      if (out.length) write(out);
      pool.spare.outputs.push(out.buffer);
    }
  };
  try {
    let seq = 0;
    let firstLine = 1;
    for (const { buf, end, lines } of lineBatches(fd, (size) => pool.reuseInput(size))) {
      await pool.poll();
      flushInOrder();
      const batch: Batch = { seq, firstLine, buffer: buf.buffer, length: end, spare: pool.spare.outputs.pop() };
      // The workers first: the main thread runs a batch only when they all have enough to do.
      if (!pool.post(batch)) {
        const r = local.run(batch);
        pool.outputs.set(seq, r.out);
        pool.spare.inputs.push(r.input);
        onRecords(r.records);
      }
      seq++;
      firstLine += lines;
      flushInOrder();
      // Outputs kept for order stay few: a worker slow on a long line holds the main thread back.
      while (seq - next >= 2 * DEPTH * (workers + 1)) {
        await pool.next();
        flushInOrder();
      }
      if (pool.failure) throw pool.failure;
      const p = pause();
      if (p !== undefined) await p;
    }
    while (next < seq) {
      if (!pool.outputs.has(next)) await pool.next();
      flushInOrder();
    }
    return await pool.finish();
  } finally {
    await pool.terminate();
  }
}
