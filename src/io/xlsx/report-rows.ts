/**
 * The content of the Excel report, apart from exceljs: the results sheet's row of an outcome,
 * the status colours, and the counts by unit for the summary sheet.
 */
import type { RecordOutcome } from '../../compliance/records.js';
import { STATUS_TEXT } from '../../compliance/status.js';
import { RECORD_STATUSES, type RecordStatus } from '../../compliance/summary.js';
import { readingsLine } from '../../compliance/verdict.js';
import { tryParseIsoDay } from '../../core/days.js';
import type { Lang } from '../../core/lang.js';
import { messages } from './messages.js';
import { recordErrorText } from '../../messages/record-error.js';

/** The fill of a verdict's cell (ARGB), as Excel's "good / bad / neutral" styles colour them. @internal */
export const STATUS_FILL: Readonly<Record<RecordStatus, string>> = {
  onTime: 'FFC6EFCE',
  late: 'FFFFC7CE',
  overdue: 'FFFF9B9B',
  tooEarly: 'FFFFEB9C',
  open: 'FFDDEBF7',
  notApplicable: 'FFEDEDED',
  error: 'FFF8CBAD',
};

/** The longest text an Excel cell holds. */
const MAX_CELL = 32_767;

/** A day as a date cell's value: midnight UTC of that day, which exceljs writes as the day's serial number whatever the host's zone. */
function dateCell(iso: string | null | undefined): Date | null {
  const n = iso == null ? undefined : tryParseIsoDay(iso);
  return n === undefined ? null : new Date(n * 86_400_000);
}

const cut = (s: string): string => (s.length > MAX_CELL ? s.slice(0, MAX_CELL - 1) + '…' : s);

/** The explanation of an outcome: each reading's, then the line of all verdicts; an error's field and message. */
function explanationOf(o: RecordOutcome, lang: Lang): string {
  if (o.error !== null) return messages[lang].errorIn(o.error.field, recordErrorText(o.error, lang));
  if (o.readings.length === 1) return o.readings[0].explanation[lang];
  return [...o.readings.map((r) => r.explanation[lang]), readingsLine(o.readings, o.agree, lang)].join('\n\n');
}

/** The results sheet's columns: heading key and width. @internal */
export const RESULT_COLUMNS = [
  ['headLine', 8],
  ['headId', 16],
  ['headTitle', 40],
  ['headUnit', 24],
  ['headRule', 30],
  ['headStatus', 16],
  ['headDue', 12],
  ['headActual', 14],
  ['headLate', 12],
  ['headExplanation', 100],
] as const;

/** The column (from 1) of the verdict, filled in its colour. @internal */
export const STATUS_COLUMN = 6;
/** The columns of the due day and the day done: date cells shown dd/mm/yyyy. @internal */
export const DATE_COLUMNS = [7, 8] as const;
/** The column of the explanation, wrapped. @internal */
export const EXPLANATION_COLUMN = 10;

/** The values of an outcome's row in the results sheet: text as text (never a formula), days as date cells, the delay as a number. @internal */
export function resultValues(o: RecordOutcome, unit: string | null, lang: Lang): (string | number | Date | null)[] {
  return [
    o.line,
    o.id,
    o.title === null ? null : cut(o.title),
    unit === null ? null : cut(unit),
    o.rule === null ? null : cut(o.rule),
    STATUS_TEXT[o.status][lang],
    dateCell(o.due),
    dateCell(o.governing?.actual),
    o.workingDaysLate,
    cut(explanationOf(o, lang)),
  ];
}

/** Records counted by unit and status (a record once, by its verdict). @internal */
export class UnitCounts {
  readonly #units = new Map<string | null, number[]>();

  add(unit: string | null, status: RecordStatus): void {
    let c = this.#units.get(unit);
    if (c === undefined) this.#units.set(unit, (c = RECORD_STATUSES.map(() => 0)));
    c[RECORD_STATUSES.indexOf(status)]++;
  }

  /** Units in Vietnamese order, the records without one last; each with its counts in `RECORD_STATUSES` order. */
  rows(lang: Lang): [string, number[]][] {
    const named = [...this.#units.entries()].filter((e): e is [string, number[]] => e[0] !== null).sort((a, b) => a[0].localeCompare(b[0], 'vi'));
    const none = this.#units.get(null);
    return none === undefined ? named : [...named, [messages[lang].noUnit, none]];
  }
}
