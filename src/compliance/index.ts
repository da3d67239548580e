/** Compliance: did an act meet its deadline? The public API of `src/compliance`. */
export {
  checkCompliance,
  COMPLIANCE_STATUSES,
  type ComplianceStatus,
  type ComplianceInput,
  type ComplianceOptions,
  type ComplianceResult,
  type ComplianceResultJson,
  type ComplianceReadings,
  type WhatIfChange,
  type RuleRef,
} from './check.js';
export { checkMany } from './batch.js';
export type { CheckRecord, CheckManyOptions, RecordOutcome, RecordError } from './records.js';
export { CheckSummary, RECORD_STATUSES, STATUS_NAMES, type CheckSummaryJson, type RecordStatus, type StatusCounts } from './report.js';
