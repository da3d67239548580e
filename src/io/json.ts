/** The JSON reader: an array of records (or `{ "records": [...] }`), read whole. */
import { VnDeadlinesError } from '../core/errors.js';
import type { Chunks, RecordVisitor } from './types.js';

/**
 * Reads a JSON array of records (the whole input: use NDJSON for large files). The line of a
 * record is its position in the array, from 1.
 * @internal
 */
export async function readJsonArray(chunks: Chunks, visit: RecordVisitor): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of chunks) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  text += decoder.decode();
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new VnDeadlinesError('invalid_data', `the input is not JSON: ${(e as Error).message}; for one record per line use --format ndjson`, {});
  }
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { records?: unknown }).records)
      ? (value as { records: unknown[] }).records
      : null;
  if (list === null) throw new VnDeadlinesError('invalid_data', 'a JSON input must be an array of records (or { "records": [...] })', {});
  for (let i = 0; i < list.length; i++) visit.record(list[i], i + 1);
}
