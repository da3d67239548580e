/**
 * A register checked in the browser, as `vn-deadlines check` checks it: the io layer's readers
 * (CSV, NDJSON, JSON; Excel through ./xlsx.ts) feed the same record checker, one outcome per row
 * in file order, errors included; the raw record is kept beside its outcome for the unit filter.
 * A CSV or Excel register whose header has no `rule` column (once mapped) is refused with
 * {@link NoRuleColumn}, for the page to point at its column mapping.
 */
import { RecordChecker, type RecordOutcome } from '../../src/compliance/records.js';
import { CheckSummary } from '../../src/compliance/summary.js';
import { isVnDeadlinesError } from '../../src/core/errors.js';
import { INPUT_EXTENSIONS, readerOf } from '../../src/io/read.js';
import type { InputFormat, ReadOptions, RecordVisitor } from '../../src/io/types.js';
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

/** The input format of a file, by its extension (the io layer's table); CSV for any other name. */
const formatOf = (name: string): InputFormat => INPUT_EXTENSIONS[/\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? ''] ?? 'csv';

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

/** A CSV or Excel register without a `rule` column in its header (once mapped): `columns` are the names seen. */
export class NoRuleColumn extends Error {
  constructor(readonly columns: readonly string[]) {
    super(`no rule column among ${columns.join(', ')}`);
  }
}

/** Reads an Excel register; its reader's "no header row with a rule column" becomes {@link NoRuleColumn}. */
async function readWorkbook(file: Blob, visit: RecordVisitor, options: ReadOptions): Promise<void> {
  try {
    await readXlsxRecords(await file.arrayBuffer(), visit, options);
  } catch (e) {
    const columns = isVnDeadlinesError(e) ? e.details.columns : undefined;
    throw Array.isArray(columns) ? new NoRuleColumn(columns.map(String)) : e;
  }
}

/**
 * Checks every record of `file` as of `asOf`; `options`: the column mapping (CSV, Excel), the
 * worksheet (Excel) and the language of the reader's errors.
 * @throws NoRuleColumn for a CSV or Excel register without a `rule` column; the reader's error for a file that cannot be read at all
 */
export async function checkFile(file: Blob, name: string, asOf: string, options: ReadOptions = {}): Promise<CheckedFile> {
  const checker = new RecordChecker({ asOf }, 'check');
  const summary = new CheckSummary();
  const rows: CheckedRow[] = [];
  /** Every field name of the records, in order of appearance. */
  const keys = new Set<string>();
  const take = (outcome: RecordOutcome, record: Record<string, unknown> | null) => {
    summary.add(outcome);
    rows.push({ outcome, record });
  };
  const format = formatOf(name);
  const visit: RecordVisitor = {
    record(value, line) {
      const rec = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
      if (rec) for (const k of Object.keys(rec)) keys.add(k);
      take(checker.check(value, line), rec);
    },
    bad: (line, error) => take(checker.fail(line, error), null),
  };
  if (format === 'xlsx') await readWorkbook(file, visit, options);
  else await readerOf(format)(chunksOf(file), visit, format === 'csv' ? { columns: options.columns, lang: options.lang } : { lang: options.lang });
  // A CSV header is the keys of its records: without `rule`, no row can be checked.
  if (format === 'csv' && rows.some((r) => r.record !== null) && !keys.has('rule')) throw new NoRuleColumn([...keys]);
  return { name, asOf, rows, summary, columns: [...keys].filter((k) => !OWN.has(k)) };
}
