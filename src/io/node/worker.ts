/**
 * The entry module of a worker thread, built as `dist/check-worker.js` and started by
 * `runInParallel` with a {@link WorkerSetup} as `workerData`: it runs the checker its setup
 * names (`check`'s or `dossiers`'s) on the batches it is sent and answers with their report
 * bytes; on `done`, it sends its summary and lets the thread end. It says `ready` once set up,
 * so that no batch waits in its queue while the thread starts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BatchChecker, type Batch, type BatchRunner, type Done } from './batch-checker.js';
import { DossierBatches } from './dossier-batches.js';
import type { WorkerSetup } from './setup.js';

/** A message from a worker: ready for batches (once set up), a batch's report, or its summary (as plain data) at the end. @internal */
export type WorkerMessage = { ready: true } | Done | { summary: unknown };

if (parentPort !== null) {
  const port = parentPort;
  const setup = workerData as WorkerSetup;
  const batches: BatchRunner<unknown> = setup.kind === 'dossiers' ? new DossierBatches(setup) : new BatchChecker(setup);
  port.on('message', (m: Batch | { done: true }) => {
    if ('done' in m) {
      port.postMessage({ summary: batches.summaryJson() } satisfies WorkerMessage);
      port.close();
      return;
    }
    const r = batches.run(m);
    port.postMessage(r satisfies WorkerMessage, [r.out.buffer, r.input]);
  });
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
