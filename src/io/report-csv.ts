/** The CSV report: one row per outcome, every cell of record text escaped against formulas. */
import { formulaSafe } from '../core/escape.js';
import { readingsLine } from '../compliance/verdict.js';
import type { LineSink, ReportContext, ReportWriter } from './types.js';

/**
 * A cell of the CSV report: text from the records (titles, ids, rule ids as written) may start
 * like a formula, so text goes through {@link formulaSafe}; numbers and booleans as they are.
 */
const reportCell = (v: string | number | boolean | null | undefined): string => csvField(typeof v === 'string' ? formulaSafe(v) : v);

/** A CSV field, quoted when it holds a delimiter, a quote or a line break. @internal */
export function csvField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",;\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = [
  'line',
  'id',
  'title',
  'rule',
  'variant',
  'status',
  'due',
  'actual',
  'calendarDays',
  'workingDays',
  'workingDaysLate',
  'provisional',
  'pending',
  'readings',
  'whatIfStatus',
  'whatIfDue',
  'whatIfWorkingDaysLate',
  'errorCode',
  'errorField',
  'errorMessage',
  'verdict',
] as const;

/** @internal */
export function csvWriter(sink: LineSink, ctx: ReportContext): ReportWriter {
  return {
    begin() {
      // A BOM, so that spreadsheet programs read the Vietnamese text as UTF-8.
      sink.line('\uFEFF' + CSV_COLUMNS.join(','));
    },
    write(o) {
      const g = o.governing;
      const several = o.readings.length > 1;
      const w = g?.whatIfPending ?? o.readings.find((r) => r.whatIfPending != null)?.whatIfPending ?? null;
      const verdict = g === null ? '' : several ? readingsLine(o.readings, o.agree, ctx.lang) : g.verdict[ctx.lang];
      const row = [
        o.line,
        o.id,
        o.title,
        o.rule,
        several ? null : g?.variant,
        o.status,
        o.due,
        g?.actual,
        g?.calendarDays,
        g?.workingDays,
        o.workingDaysLate,
        g === null ? null : o.readings.some((r) => r.dependsOnProvisional),
        g === null ? null : [...new Set(o.readings.flatMap((r) => r.pending.map((p) => p.date)))].join('|'),
        several ? o.readings.map((r) => `${r.rule}=${r.status}${r.workingDaysLate ? `(${r.workingDaysLate})` : ''}`).join('|') : null,
        w?.status,
        w?.due,
        w?.workingDaysLate,
        o.error?.code,
        o.error?.field,
        o.error?.message,
        verdict,
      ];
      sink.line(row.map(reportCell).join(','));
    },
    end() {},
  };
}
