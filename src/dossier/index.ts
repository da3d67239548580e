/**
 * `vn-deadlines/dossier`: the one-stop dossier clock — the appointment of an administrative
 * dossier in working days or working hours (receipt after hours, cut-offs, supplement
 * requests, extensions, re-appointments), its status at an instant, batches of a register,
 * and the on-time table of a reporting period. Procedure profiles and office hours are data
 * (`procedures/`), with their sources; see docs/dossier-clock-law.md.
 *
 * @example
 * ```ts
 * import { dossierDeadline } from 'vn-deadlines/dossier';
 * dossierDeadline({ procedure: 'laocai/chung-thuc-ban-sao-tu-so-goc', receivedAt: '2025-03-11T15:20:00+07:00' }).dueAt;
 * // '2025-03-12T16:30:00+07:00': after the 15:00 cut-off, the next working day
 * ```
 * @packageDocumentation
 */
export { dossierDeadline, type DossierDeadline, type DossierDeadlineInput, type Appointment } from './deadline.js';
export { dossierStatus, type Dossier, type DossierStatus, type DossierStatusOptions, type DossierVerdict } from './status.js';
export { checkDossiers, type CheckDossiersOptions, type DossierOutcome } from './batch.js';
export { DossierSummary, reportingPeriod, type SummaryRow, type DossierSummaryJson } from './summary.js';
export { parseProcedure, procedureSchema, type Procedure, type ProcedureData } from './profile.js';
export { shippedProcedures, type ProcedureRef } from './shipped.js';
export { parseOfficeHours, defaultOfficeHours, officeHoursSchema, type OfficeHours, type OfficeHoursData } from './office-hours.js';
export type { DossierEvent } from './events.js';
export type { DossierStep } from './clock.js';
export type { InstantInput } from './instant.js';
export { VnDeadlinesError, isVnDeadlinesError, type ErrorCode } from '../core/errors.js';
