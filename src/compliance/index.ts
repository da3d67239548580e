/** Compliance: did an act meet its deadline? The public API of `src/compliance`. */
export { checkCompliance } from './check.js';
export { COMPLIANCE_STATUSES } from './status.js';
export type {
  ComplianceStatus,
  ComplianceInput,
  ComplianceOptions,
  ComplianceResult,
  ComplianceResultJson,
  ComplianceReadings,
  WhatIfChange,
  RuleRef,
} from './types.js';
export { checkMany } from './batch.js';
export type { CheckRecord, CheckManyOptions, RecordOutcome, RecordError } from './records.js';
export { CheckSummary, RECORD_STATUSES, STATUS_NAMES, type CheckSummaryJson, type RecordStatus, type StatusCounts } from './summary.js';
