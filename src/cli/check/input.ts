/** The input of `vn-deadlines check`: a file or standard input, opened before anything is written. */
import type { Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { cannotRead, usageError } from '../command.js';
import { stdinStats } from '../../io/node/atomic-file.js';
import { CHUNK, reusedChunks } from '../../io/node/file-chunks.js';
import type { Chunks, InputFormat } from '../../io/types.js';

/** An open input. */
export interface Input {
  chunks: Chunks;
  /** The file descriptor and size of a regular file; `undefined` for standard input. */
  fd?: number;
  size?: number;
  /** The input's stats (standard input's when it is a regular file), to refuse it as the output. */
  stats?: Stats;
  close: () => Promise<void>;
}

/**
 * Opens the input, or says why it cannot (exit code 2 before anything is written).
 * @param stdin - standard input, for `-` (default `process.stdin`)
 * @throws UsageError for a file that cannot be read or a directory
 */
export async function openInput(file: string, format: InputFormat, stdin?: AsyncIterable<Uint8Array | string>): Promise<Input> {
  if (file === '-') return { chunks: stdin ?? process.stdin, stats: stdin === undefined ? stdinStats() : undefined, close: async () => {} };
  let fh: FileHandle;
  try {
    fh = await open(file, 'r');
  } catch (e) {
    throw cannotRead(e, '', file);
  }
  const st = await fh.stat();
  if (st.isDirectory()) {
    await fh.close();
    throw usageError('isDirectory', { file });
  }
  // The NDJSON and JSON readers decode a chunk before asking for the next, so they share one
  // buffer; csv-parse and the Excel reader may keep a chunk, so they get a stream of fresh ones.
  const fresh = format === 'csv' || format === 'xlsx';
  const chunks = fresh ? fh.createReadStream({ highWaterMark: CHUNK, autoClose: false }) : reusedChunks(fh.fd);
  return { chunks, fd: st.isFile() ? fh.fd : undefined, size: st.isFile() ? st.size : undefined, stats: st, close: () => fh.close() };
}
