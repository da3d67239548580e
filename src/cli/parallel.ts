/**
 * `vn-deadlines check` on a large NDJSON file, on several cores: the main thread reads the file
 * in batches of whole lines, checks its share of them and hands the others to worker threads
 * (the same CLI bundle, started in worker mode); the outputs are written in the order of the
 * file, so the result is byte for byte the one of a single thread. Summaries are merged at the
 * end. Used only from the built CLI (a worker loads `dist/cli.js`), for NDJSON files.
 */
import { readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { calendarFor } from './command.js';
import { readNdjsonText } from '../compliance/read.js';
import { RecordChecker } from '../compliance/records.js';
import { CheckSummary, reportWriter, type CheckSummaryJson, type ReportFormat } from '../compliance/report.js';
import { ByteSink } from '../compliance/sink.js';
import { loadRules, shippedRules } from '../rules/registry.js';
import type { Lang } from './format.js';

const FLAG = 'vn-deadlines/check-worker';

/** What a worker needs to check records as the main thread does. @internal */
export interface WorkerSetup {
  report: ReportFormat;
  lang: Lang;
  whatIfPending: boolean;
  includePending: boolean;
  /** Official year files given with --holidays. */
  holidays: string[];
  /** The day of the check, fixed by the main thread for the whole run. */
  asOf: string;
  /** Rule files given with --rules. */
  rules: string[];
  source: string;
}

interface Batch {
  seq: number;
  firstLine: number;
  buffer: ArrayBuffer;
  length: number;
}

interface Done {
  seq: number;
  out: Uint8Array;
  records: number;
}

/** The setup of this thread when it is a check worker, else `undefined`. @internal */
export function workerSetup(): WorkerSetup | undefined {
  if (isMainThread || typeof workerData !== 'object' || workerData === null) return undefined;
  return (workerData as Record<string, WorkerSetup | undefined>)[FLAG];
}

/** Checks batches of lines: what the main thread and each worker do. */
class BatchChecker {
  readonly summary = new CheckSummary();
  readonly #checker: RecordChecker;
  readonly #sink: ByteSink;
  readonly #writer: ReturnType<typeof reportWriter>;
  readonly #decoder = new TextDecoder();
  #out: Uint8Array = new Uint8Array(0);
  #records = 0;

  constructor(setup: WorkerSetup) {
    const calendar = calendarFor(setup.includePending, setup.holidays);
    this.#checker = new RecordChecker(
      { calendar, rules: setup.rules.length ? loadRules(setup.rules) : shippedRules(), asOf: setup.asOf, whatIf: setup.whatIfPending ? 'pending' : undefined },
      'check',
    );
    // One flush per batch: the output of a batch is copied out whole.
    this.#sink = new ByteSink((b) => (this.#out = new Uint8Array(b)), Number.MAX_SAFE_INTEGER);
    this.#writer = reportWriter(setup.report, this.#sink, { lang: setup.lang, source: setup.source, asOf: setup.asOf, whatIf: setup.whatIfPending, continued: true });
  }

  run(b: Batch): Done {
    this.#records = 0;
    this.#out = new Uint8Array(0);
    const text = this.#decoder.decode(new Uint8Array(b.buffer, 0, b.length));
    const take = (o: ReturnType<RecordChecker['check']>) => {
      this.#records++;
      this.summary.add(o);
      this.#writer.record(o);
    };
    readNdjsonText(text, b.firstLine, {
      record: (value, line) => take(this.#checker.check(value, line)),
      bad: (line, error) => take(this.#checker.fail(line, error)),
    });
    this.#sink.flush();
    return { seq: b.seq, out: this.#out, records: this.#records };
  }
}

/**
 * The worker's side: checks the batches it is sent and answers with their output; on `done`,
 * sends its summary. Resolves (with exit code 0) once the summary is sent.
 * @internal
 */
export function runWorker(setup: WorkerSetup): Promise<number> {
  const port = parentPort!;
  const batches = new BatchChecker(setup);
  return new Promise((resolve) => {
    port.on('message', (m: Batch | { done: true }) => {
      if ('done' in m) {
        port.postMessage({ summary: batches.summary.toJSON() });
        resolve(0);
        return;
      }
      const r = batches.run(m);
      port.postMessage(r, [r.out.buffer as ArrayBuffer]);
    });
  });
}

/** How many worker threads a file of this size is worth: none below 16 MB, else one per spare core (at most 3). @internal */
export function autoWorkers(bytes: number): number {
  if (bytes < 16 * 2 ** 20) return 0;
  return Math.max(0, Math.min(availableParallelism(), 4) - 1);
}

/** Whether this module runs from the built CLI bundle, which a worker can load. @internal */
export function canStartWorkers(): boolean {
  try {
    return /[\\/]cli\.js$/.test(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

const BATCH = 1 << 16;

/**
 * Checks an NDJSON file with `workers` worker threads beside the main thread. Output chunks go
 * to `write` in file order; `onRecords` counts progress; reading waits for `pause` (output
 * backpressure). Returns the merged summary.
 * @internal
 */
export async function checkInParallel(
  fd: number,
  setup: WorkerSetup,
  workers: number,
  write: (chunk: Uint8Array) => void,
  onRecords: (n: number) => void,
  pause: () => Promise<void> | undefined = () => undefined,
): Promise<CheckSummary> {
  const local = new BatchChecker(setup);
  const pool: Worker[] = [];
  const pending = new Map<number, Uint8Array>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const summaries: CheckSummaryJson[] = [];
  let inFlight = 0;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const waitForMessage = () => new Promise<void>((resolve) => (wake = resolve));
  for (let i = 0; i < workers; i++) {
    const w = new Worker(new URL(import.meta.url), { argv: ['check', '-'], workerData: { [FLAG]: setup }, stdout: true, stderr: true, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    w.on('message', (m: Done | { summary: CheckSummaryJson }) => {
      if ('summary' in m) summaries.push(m.summary);
      else {
        pending.set(m.seq, m.out);
        onRecords(m.records);
        inFlight--;
      }
      notify();
    });
    w.on('error', (e) => {
      failure ??= e;
      notify();
    });
    w.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`a worker thread stopped with exit code ${code}`);
      notify();
    });
    pool.push(w);
  }
  let next = 0;
  const flushInOrder = () => {
    for (let out = pending.get(next); out !== undefined; out = pending.get(next)) {
      pending.delete(next++);
      if (out.length) write(out);
    }
  };
  try {
    let seq = 0;
    let firstLine = 1;
    let carry = new Uint8Array(0);
    let eof = false;
    while (!eof || carry.length > 0) {
      // A batch of whole lines: the carried part of the last read, then as much as fits.
      let size = Math.max(BATCH, carry.length * 2);
      let buf = new Uint8Array(new ArrayBuffer(size));
      buf.set(carry);
      let len = carry.length;
      let cut = -1;
      for (;;) {
        if (!eof) {
          const n = readSync(fd, buf, len, size - len, null);
          if (n === 0) eof = true;
          len += n;
        }
        cut = buf.lastIndexOf(10, len - 1);
        if (cut >= 0 || eof) break;
        if (len === size) {
          // A line longer than the batch: grow it.
          size *= 2;
          const bigger = new Uint8Array(new ArrayBuffer(size));
          bigger.set(buf.subarray(0, len));
          buf = bigger;
        }
      }
      const end = eof && cut < len - 1 ? len : cut + 1;
      if (end === 0) break;
      carry = buf.slice(end, len);
      let lines = 0;
      for (let i = buf.indexOf(10); i >= 0 && i < end; i = buf.indexOf(10, i + 1)) lines++;
      if (end > 0 && buf[end - 1] !== 10) lines++;
      const batch: Batch = { seq, firstLine, buffer: buf.buffer, length: end };
      const target = seq % (workers + 1);
      if (target === workers) {
        const r = local.run(batch);
        pending.set(seq, r.out);
        onRecords(r.records);
      } else {
        inFlight++;
        pool[target].postMessage(batch, [buf.buffer]);
      }
      seq++;
      firstLine += lines;
      flushInOrder();
      while (inFlight >= 2 * workers && failure === undefined) {
        await waitForMessage();
        flushInOrder();
      }
      if (failure) throw failure;
      const p = pause();
      if (p !== undefined) await p;
    }
    while (next < seq) {
      if (failure) throw failure;
      if (!pending.has(next)) await waitForMessage();
      flushInOrder();
    }
    for (const w of pool) w.postMessage({ done: true });
    while (summaries.length < workers) {
      if (failure) throw failure;
      await waitForMessage();
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  for (const s of summaries) local.summary.absorb(s);
  return local.summary;
}
