/** The verdict statuses: their order of severity and their names for people. */
import type { LocalizedText } from '../calendar/types.js';
import type { ComplianceStatus } from './types.js';

/**
 * Every status, most severe first (the order {@link checkCompliance} uses to pick the verdict of several readings).
 * @example `COMPLIANCE_STATUSES[0] // 'overdue'`
 */
export const COMPLIANCE_STATUSES: readonly ComplianceStatus[] = Object.freeze(['overdue', 'late', 'tooEarly', 'open', 'onTime', 'notApplicable']);

/** Severity rank of a status: lower is more severe. @internal */
export const SEVERITY: Readonly<Record<ComplianceStatus, number>> = { overdue: 0, late: 1, tooEarly: 2, open: 3, onTime: 4, notApplicable: 5 };

/** Status names for people. @internal */
export const STATUS_TEXT: Readonly<Record<ComplianceStatus | 'error', LocalizedText>> = {
  onTime: { vi: 'đúng hạn', en: 'on time' },
  late: { vi: 'trễ hạn', en: 'late' },
  tooEarly: { vi: 'quá sớm', en: 'too early' },
  open: { vi: 'chưa đến hạn', en: 'open' },
  overdue: { vi: 'quá hạn', en: 'overdue' },
  notApplicable: { vi: 'không áp dụng', en: 'not applicable' },
  error: { vi: 'lỗi', en: 'error' },
};
