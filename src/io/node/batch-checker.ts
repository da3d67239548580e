/** Checks batches of whole NDJSON lines: what the main thread and each worker thread do with their share of a file. */
import { RecordChecker, type RecordError, type RecordOutcome } from '../../compliance/records.js';
import { CheckSummary } from '../../compliance/summary.js';
import { shippedRules } from '../../rules/registry.js';
import { loadRules } from '../../rules/load.js';
import { readNdjsonBytes } from '../ndjson.js';
import { reportWriter } from '../report.js';
import { ByteSink } from '../sink.js';
import type { ReportWriter } from '../types.js';
import type { CheckSummaryJson } from '../../compliance/summary.js';
import { calendarWith, type CheckSetup } from './setup.js';

/**
 * A batch of whole lines of the input, numbered in input order; with a buffer of an earlier
 * report, written out, for this batch's report to reuse. @internal
 */
export interface Batch {
  seq: number;
  firstLine: number;
  buffer: ArrayBuffer;
  length: number;
  spare?: ArrayBuffer;
}

/** The report of a batch, and the batch's buffer, to be read into again. @internal */
export interface Done {
  seq: number;
  out: Uint8Array<ArrayBuffer>;
  records: number;
  input: ArrayBuffer;
}

/** What runs batches on a thread: their report bytes, and at the end the summary of them all as plain data. @internal */
export interface BatchRunner<S> {
  run(b: Batch): Done;
  summaryJson(): S;
}

/** A checker of one record at a time: `check`'s RecordChecker or `dossiers`' DossierChecker. */
interface LineChecker<O> {
  check(value: unknown, line: number): O;
  fail(line: number, error: RecordError): O;
}

/**
 * Checks batches of whole NDJSON lines into report bytes: reads the lines of a batch, checks each,
 * counts and writes each outcome, and hands the batch's bytes out whole. Subclasses give the
 * checker, the writer (on {@link sink}) and what counts the outcomes. @internal
 */
export abstract class NdjsonBatches<O, S> implements BatchRunner<S> {
  #out = new Uint8Array(0);
  #spare: ArrayBuffer | undefined;
  /** One flush per batch: the output of a batch is copied out whole, into the spare buffer when it is large enough. */
  protected readonly sink = new ByteSink((b) => (this.#out = copyInto(b, this.#spare)), Number.MAX_SAFE_INTEGER);
  protected abstract readonly checker: LineChecker<O>;
  protected abstract readonly writer: { write(o: O): void };
  /** Counts an outcome in the summary of all batches. */
  protected abstract count(o: O): void;
  abstract summaryJson(): S;

  run(b: Batch): Done {
    let records = 0;
    this.#out = new Uint8Array(0);
    this.#spare = b.spare;
    const take = (o: O) => {
      records++;
      this.count(o);
      this.writer.write(o);
    };
    // A Buffer over the batch's bytes: its lines are decoded in place.
    readNdjsonBytes(Buffer.from(b.buffer, 0, b.length), b.firstLine, {
      record: (value, line) => take(this.checker.check(value, line)),
      bad: (line, error) => take(this.checker.fail(line, error)),
    });
    this.sink.flush();
    this.#spare = undefined;
    return { seq: b.seq, out: this.#out, records, input: b.buffer };
  }
}

/** A new buffer's size: a quarter more than asked, in 64 KB steps, so that it can serve the next batches, whose reports vary in length. */
const withRoom = (n: number) => Math.ceil((n * 1.25) / 65536) * 65536;

/**
 * A copy of `bytes` in `spare` when it has room (a buffer of an earlier batch's report, once
 * written), else in a new buffer: the threads hand their buffers back and forth rather than
 * allocate ≈ 500 MB of them for a million dossiers, each new one zeroed and mapped by the system.
 */
function copyInto(bytes: Uint8Array, spare: ArrayBuffer | undefined): Uint8Array<ArrayBuffer> {
  const room = spare !== undefined && spare.byteLength >= bytes.length ? spare : new ArrayBuffer(withRoom(bytes.length));
  const out = new Uint8Array(room, 0, bytes.length);
  out.set(bytes);
  return out;
}

/** Checks batches of records (`check`) into report bytes, keeping the summary of all of them. @internal */
export class BatchChecker extends NdjsonBatches<RecordOutcome, CheckSummaryJson> {
  readonly summary = new CheckSummary();
  protected readonly checker: RecordChecker;
  protected readonly writer: ReportWriter;

  constructor(setup: CheckSetup) {
    super();
    const calendar = calendarWith(setup.includePending, setup.officialYears);
    this.checker = new RecordChecker(
      { calendar, rules: setup.rules.length ? loadRules(setup.rules) : shippedRules(), asOf: setup.asOf, whatIf: setup.whatIfPending ? 'pending' : undefined },
      'check',
    );
    this.writer = reportWriter(setup.report, this.sink, {
      lang: setup.lang,
      source: setup.source,
      asOf: setup.asOf,
      whatIf: setup.whatIfPending,
      continued: true,
    });
  }

  protected count(o: RecordOutcome): void {
    this.summary.add(o);
  }

  summaryJson(): CheckSummaryJson {
    return this.summary.toJSON();
  }
}
