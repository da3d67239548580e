/**
 * What `check` and `dossiers` share around worker threads: the `--workers` value, how many
 * threads an input gets, its first bytes inspected in place, and the JSON report's first comma.
 */
import { readSync } from 'node:fs';
import { usageError } from '../command.js';
import { autoWorkers, canStartWorkers } from '../../io/node/pool.js';
import type { InputFormat } from '../../io/types.js';
import type { Input } from './input.js';
import { inspect, NothingChecked, SNIFF, type Seen } from './nothing.js';

/**
 * The `--workers` value: a whole number from 0 to 99, or `undefined` (not given).
 * @throws UsageError for anything else
 * @example `workersOf('2') // 2`
 */
export function workersOf(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{1,2}$/.test(value)) throw usageError('workers', { value: JSON.stringify(value) });
  return Number(value);
}

/**
 * The worker threads of a run: none but for a regular NDJSON file and a built CLI; else the
 * number asked for, or one per spare core for a large file.
 * @example
 * ```ts
 * // not run: needs an open input
 * const n = workersFor('ndjson', input, run.workers);
 * ```
 */
export function workersFor(format: InputFormat, input: Input, asked: number | undefined): number {
  if (format !== 'ndjson' || input.fd === undefined || !canStartWorkers()) return 0;
  return asked ?? autoWorkers(input.size ?? 0);
}

/**
 * The first bytes of a regular file inspected where they are (the workers' reads go on from the
 * file's position): a binary file is refused, an empty one said so.
 * @throws NothingChecked for a file of blanks within its first bytes, or a binary one
 * @example
 * ```ts
 * // not run: needs an open input
 * inspectHead(input, seen);
 * ```
 */
export function inspectHead(input: Input, seen: Seen): void {
  const head = Buffer.alloc(Math.min(SNIFF, input.size ?? SNIFF));
  inspect(head.subarray(0, readSync(input.fd!, head, 0, head.length, 0)), seen);
  seen.bytes = input.size ?? seen.bytes;
  if (!seen.content && seen.bytes <= SNIFF) throw new NothingChecked('empty');
}

/**
 * A writer of the threads' chunks: in the JSON report, whose first record has no comma before
 * it, the comma each thread's share starts with is dropped from the first chunk.
 * @example
 * ```ts
 * const out: number[] = [];
 * const write = threadChunks((c) => out.push(...c), true);
 * write(new Uint8Array([44, 123, 125]));
 * write(new Uint8Array([44, 123, 125]));
 * out; // [123, 125, 44, 123, 125]
 * ```
 */
export function threadChunks(emit: (chunk: Uint8Array) => void, json: boolean): (chunk: Uint8Array) => void {
  let first = json;
  return (chunk) => {
    if (first && chunk.length) {
      chunk = chunk[0] === 44 ? chunk.subarray(1) : chunk;
      first = false;
    }
    if (chunk.length) emit(chunk);
  };
}
