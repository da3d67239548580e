/**
 * Record sources: the reader of each input format, and {@link readRecords}, the pull form that
 * the CLI, a service and a web page iterate.
 */
import { readCsv } from './csv.js';
import { readJsonArray } from './json.js';
import { readNdjson } from './ndjson.js';
import { readXlsxChunks } from './xlsx/read.js';
import type { Chunks, InputFormat, ReadOptions, Reader, RecordItem } from './types.js';

/**
 * The input formats by file extension, for commands that tell a file's format by its name
 * (`dossiers`; `check` has its own list for now). A new reader adds its extension here.
 * @internal
 */
export const INPUT_EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.csv': 'csv',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.json': 'json',
  '.xlsx': 'xlsx',
};

/** The reader for a format. @internal */
export function readerOf(format: InputFormat): Reader {
  return format === 'csv' ? readCsv : format === 'json' ? readJsonArray : format === 'xlsx' ? readXlsxChunks : readNdjson;
}

/**
 * The records of an input, as an async iterable of {@link RecordItem}s in input order: a record
 * with its line, or a line that is not one. Reading is driven by the consumer: the next chunk of
 * input is taken only once the items of the last one have been consumed, so memory stays flat
 * and a slow consumer slows the reading (backpressure). A JSON array is read whole.
 * @param chunks - bytes (UTF-8) or text: a Node stream, a browser `ReadableStream`, an HTTP body
 * @param format - `csv`, `ndjson`, `json` or `xlsx` (an Excel workbook, read whole)
 * @param options - CSV and Excel: the register's column names mapped to fields; Excel: the worksheet
 * @throws VnDeadlinesError `invalid_data` (from the iteration) for an input that cannot be read
 *   at all (a JSON input that is not JSON; a CSV row over 256 MB)
 * @example
 * ```ts
 * // not run: needs a File from a browser's file input (test/io/stream.test.ts runs readRecords)
 * const checker = new RecordChecker({ asOf: '2025-03-31' }, 'check');
 * for await (const item of readRecords(file.stream(), 'csv')) {
 *   const outcome = 'error' in item ? checker.fail(item.line, item.error) : checker.check(item.record, item.line);
 * }
 * ```
 */
export async function* readRecords(chunks: Chunks, format: InputFormat, options?: ReadOptions): AsyncGenerator<RecordItem, void, undefined> {
  let items: RecordItem[] = [];
  // The reader waits at `taken` before a chunk while items wait; the consumer waits at `arrived` for items or the end.
  let taken: (() => void) | undefined;
  let arrived: (() => void) | undefined;
  let end: { error?: unknown } | undefined;
  let stopped = false;
  const wake = () => {
    const a = arrived;
    arrived = undefined;
    a?.();
  };
  async function* gated(): AsyncGenerator<Uint8Array | string> {
    for await (const chunk of chunks) {
      if (items.length > 0) await new Promise<void>((resolve) => (taken = resolve));
      // The consumer left early: stop reading (the source's iterator is closed by this return).
      if (stopped) return;
      yield chunk;
    }
  }
  const push = (item: RecordItem) => {
    items.push(item);
    if (items.length === 1) wake();
  };
  void readerOf(format)(gated(), { record: (record, line) => push({ line, record }), bad: (line, error) => push({ line, error }) }, options).then(
    () => ((end = {}), wake()),
    (error: unknown) => ((end = { error }), wake()),
  );
  try {
    yield* drain();
  } finally {
    stopped = true;
    taken?.();
  }
  async function* drain(): AsyncGenerator<RecordItem, void, undefined> {
    for (;;) {
      if (items.length > 0) {
        const batch = items;
        items = [];
        yield* batch;
        continue;
      }
      if (end !== undefined) {
        if ('error' in end) throw end.error;
        return;
      }
      const more = new Promise<void>((resolve) => (arrived = resolve));
      const t = taken;
      taken = undefined;
      t?.();
      await more;
    }
  }
}
