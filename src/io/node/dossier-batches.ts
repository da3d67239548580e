/** Checks batches of whole NDJSON lines of a dossier register: what the main thread and each worker thread of `dossiers` do with their share. */
import { DossierChecker, type DossierOutcome } from '../../dossier/batch.js';
import { parseOfficeHours, type OfficeHoursData } from '../../dossier/office-hours.js';
import type { Procedure } from '../../dossier/profile.js';
import { DossierTally, type DossierTallyJson } from '../../dossier/tally.js';
import type { Lang } from '../../core/lang.js';
import { dossierReportWriter, type DossierReportWriter } from '../dossier-report.js';
import type { ReportFormat } from '../types.js';
import { NdjsonBatches } from './batch-checker.js';
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
  officialYears: readonly HolidayYear[];
  /** Office hours as read (`--office-hours`), validated again by each thread. */
  officeHours?: OfficeHoursData;
  /** Profiles given with `--procedures`. */
  procedures: Procedure[];
}

/** Checks batches of dossiers into report bytes, keeping the tally of all of them. @internal */
export class DossierBatches extends NdjsonBatches<DossierOutcome, DossierTallyJson> {
  readonly tally: DossierTally;
  protected readonly checker: DossierChecker;
  protected readonly writer: DossierReportWriter;

  constructor(setup: DossierSetup) {
    super();
    this.tally = new DossierTally(setup.period);
    this.checker = new DossierChecker({
      asOf: new Date(setup.asOf),
      calendar: calendarWith(setup.includePending, setup.officialYears),
      officeHours: setup.officeHours === undefined ? undefined : parseOfficeHours(setup.officeHours),
      procedures: new Map(setup.procedures.map((p) => [p.id, p])),
    });
    // The text report's table is written by the main thread: a worker's writer never ends.
    this.writer = dossierReportWriter(setup.report, this.sink, setup.lang, () => '', true);
  }

  protected count(o: DossierOutcome): void {
    this.tally.add(o);
  }

  summaryJson(): DossierTallyJson {
    return this.tally.toJSON();
  }
}
