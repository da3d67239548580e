/** What a worker thread needs to check records or dossiers exactly as the main thread does, and the calendar it builds from it. */
import type { Calendar } from '../../calendar/calendar.js';
import { createCalendar, getDefaultCalendar } from '../../calendar/create.js';
import type { HolidayYear } from '../../holidays/schema.js';
import type { Lang } from '../../core/lang.js';
import type { ReportFormat } from '../types.js';
import type { DossierSetup } from './dossier-batches.js';

/** The setup of a worker thread: plain data, passed as `workerData`; `kind` says which checker it runs. @internal */
export type WorkerSetup = CheckSetup | DossierSetup;

/** The setup of a `check` worker. @internal */
export interface CheckSetup {
  kind: 'check';
  report: ReportFormat;
  lang: Lang;
  whatIfPending: boolean;
  includePending: boolean;
  /** Official years given with --holidays, as read and validated by the main thread. */
  officialYears: readonly HolidayYear[];
  /** The day of the check, fixed by the main thread for the whole run. */
  asOf: string;
  /** Rule files given with --rules. */
  rules: string[];
  source: string;
}

/**
 * The calendar for pending days applied or not, and official years loaded at run time.
 * @internal
 */
export function calendarWith(includePending: boolean, officialYears: readonly HolidayYear[]): Calendar {
  if (officialYears.length === 0) return includePending ? createCalendar({ includePending: true }) : getDefaultCalendar();
  return createCalendar({ includePending, officialYears });
}
