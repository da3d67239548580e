/** Checks batches of whole NDJSON lines of a dossier register: what the main thread and each worker thread of `dossiers` do with their share. */
import { DossierChecker, type DossierOutcome } from '../../dossier/batch.js';
import { parseOfficeHours, type OfficeHoursData } from '../../dossier/office-hours.js';
import type { Procedure } from '../../dossier/profile.js';
import { DossierTally, type DossierTallyJson } from '../../dossier/tally.js';
import type { Lang } from '../../core/lang.js';
import { dossierReportWriter, type DossierReportWriter } from '../dossier-report.js';
import { readNdjsonText } from '../ndjson.js';
import { ByteSink } from '../sink.js';
import type { ReportFormat } from '../types.js';
import type { Batch, BatchRunner, Done } from './batch-checker.js';
import { calendarWith } from './setup.js';
import type { HolidayYear } from '../../holidays/schema.js';

/** The setup of a `dossiers` worker: plain data, passed as `workerData`. @internal */
export interface DossierSetup {
  kind: 'dossiers';
  report: ReportFormat;
  lang: Lang;
  /** The on-time table's period, if asked for. */
  period?: string;
  /** The instant of the statuses (ms), fixed by the main thread for the whole run. */
  asOf: number;
  includePending: boolean;
  officialYears: HolidayYear[];
  /** Office hours as read (`--office-hours`), validated again by each thread. */
  officeHours?: OfficeHoursData;
  /** Profiles given with `--procedures`. */
  procedures: Procedure[];
}

/** Checks batches of dossiers into report bytes, keeping the tally of all of them. @internal */
export class DossierBatches implements BatchRunner<DossierTallyJson> {
  readonly tally: DossierTally;
  readonly #checker: DossierChecker;
  readonly #sink: ByteSink;
  readonly #writer: DossierReportWriter;
  readonly #decoder = new TextDecoder();
  #out: Uint8Array = new Uint8Array(0);

  constructor(setup: DossierSetup) {
    this.tally = new DossierTally(setup.period);
    this.#checker = new DossierChecker({
      asOf: new Date(setup.asOf),
      calendar: calendarWith(setup.includePending, setup.officialYears),
      officeHours: setup.officeHours === undefined ? undefined : parseOfficeHours(setup.officeHours),
      procedures: new Map(setup.procedures.map((p) => [p.id, p])),
    });
    // One flush per batch: the output of a batch is copied out whole.
    this.#sink = new ByteSink((b) => (this.#out = new Uint8Array(b)), Number.MAX_SAFE_INTEGER);
    // The text report's table is written by the main thread: a worker's writer never ends.
    this.#writer = dossierReportWriter(setup.report, this.#sink, setup.lang, () => '', true);
  }

  run(b: Batch): Done {
    const before = this.tally.records;
    this.#out = new Uint8Array(0);
    const text = this.#decoder.decode(new Uint8Array(b.buffer, 0, b.length));
    const take = (o: DossierOutcome) => {
      this.tally.add(o);
      this.#writer.write(o);
    };
    readNdjsonText(text, b.firstLine, {
      record: (value, line) => take(this.#checker.check(value, line)),
      bad: (line, error) => take(this.#checker.fail(line, error)),
    });
    this.#sink.flush();
    return { seq: b.seq, out: this.#out, records: this.tally.records - before };
  }

  summaryJson(): DossierTallyJson {
    return this.tally.toJSON();
  }
}
