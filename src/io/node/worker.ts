/**
 * The entry module of a check worker thread, built as `dist/check-worker.js` and started by
 * `checkInParallel` with a {@link WorkerSetup} as `workerData`. It checks the batches it is sent
 * and answers with their report bytes; on `done`, it sends its summary and lets the thread end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckSummaryJson } from '../../compliance/summary.js';
import { BatchChecker, type Batch, type Done } from './batch-checker.js';
import type { WorkerSetup } from './setup.js';

/** A message from a worker: a batch's report, or the summary at the end. @internal */
export type WorkerMessage = Done | { summary: CheckSummaryJson };

if (parentPort !== null) {
  const port = parentPort;
  const batches = new BatchChecker(workerData as WorkerSetup);
  port.on('message', (m: Batch | { done: true }) => {
    if ('done' in m) {
      port.postMessage({ summary: batches.summary.toJSON() } satisfies WorkerMessage);
      port.close();
      return;
    }
    const r = batches.run(m);
    port.postMessage(r satisfies WorkerMessage, [r.out.buffer as ArrayBuffer]);
  });
}
