/**
 * A register checked in the browser, as `vn-deadlines check` checks it: the io layer's readers
 * (CSV, NDJSON, JSON; Excel through ./xlsx.ts) feed the same record checker, one outcome per row
 * in file order, errors included; the raw record is kept beside its outcome for the unit filter.
 */
import { RecordChecker, type RecordOutcome } from '../../src/compliance/records.js';
import { CheckSummary } from '../../src/compliance/summary.js';
import { readerOf } from '../../src/io/read.js';
import type { InputFormat, RecordVisitor } from '../../src/io/types.js';
import { readXlsxRecords } from './xlsx.js';

/** One row of the result: the outcome and the record as read (`null` for a line that is not a record). */
export interface CheckedRow {
  readonly outcome: RecordOutcome;
  readonly record: Readonly<Record<string, unknown>> | null;
}

export interface CheckedFile {
  readonly name: string;
  readonly asOf: string;
  readonly rows: readonly CheckedRow[];
  readonly summary: CheckSummary;
  /** The register's own columns besides rule, actual, id and title (facts, unit, notes), in order of appearance. */
  readonly columns: readonly string[];
}

/** The input format of a file, by its name; `xlsx` for an Excel workbook. */
export function formatOf(name: string): InputFormat | 'xlsx' {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  if (ext === 'json') return 'json';
  return 'csv';
}

/** The chunks of a file, read with a stream reader (works where `ReadableStream` is not async-iterable). */
async function* chunksOf(file: Blob): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

const OWN = new Set(['rule', 'actual', 'id', 'title', 'facts']);

/** Checks every record of `file` as of `asOf`; throws for a file that cannot be read at all. */
export async function checkFile(file: Blob, name: string, asOf: string): Promise<CheckedFile> {
  const checker = new RecordChecker({ asOf }, 'check');
  const summary = new CheckSummary();
  const rows: CheckedRow[] = [];
  const columns = new Set<string>();
  const take = (outcome: RecordOutcome, record: Record<string, unknown> | null) => {
    summary.add(outcome);
    rows.push({ outcome, record });
  };
  const visit: RecordVisitor = {
    record(value, line) {
      const rec = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
      if (rec) for (const k of Object.keys(rec)) if (!OWN.has(k)) columns.add(k);
      take(checker.check(value, line), rec);
    },
    bad: (line, error) => take(checker.fail(line, error), null),
  };
  const format = formatOf(name);
  if (format === 'xlsx') await readXlsxRecords(await file.arrayBuffer(), visit);
  else await readerOf(format)(chunksOf(file), visit);
  return { name, asOf, rows, summary, columns: [...columns] };
}
