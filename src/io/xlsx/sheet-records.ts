/**
 * A worksheet's rows as records, whichever reader gives the rows (the whole workbook in memory,
 * or exceljs's streaming reader in Node): the header row found, each row under it a record with
 * its Excel row number.
 */
import type { Row } from 'exceljs';
import { dayFirstToIso } from '../../core/day-text.js';
import { VnDeadlinesError } from '../../core/errors.js';
import { headerFields, mayHoldDate } from '../columns.js';
import type { ReadOptions, RecordVisitor } from '../types.js';
import { cellField } from './cells.js';
import { messages } from './messages.js';

/** A row's fields, column A first (a merged cell gives its value in each column it covers). */
function rowFields(row: Row): (string | boolean)[] {
  const out: (string | boolean)[] = [];
  for (let c = 1; c <= row.cellCount; c++) out.push(cellField(row.getCell(c).value));
  return out;
}

const distinct = (names: readonly string[]): string[] => [...new Set(names.filter(Boolean))];

/**
 * Takes a worksheet's rows in order. The header row is the first that has a `rule` column (or `options.key`) once
 * `options.columns` has mapped the names (title rows above it are skipped); each non-empty row
 * under it goes to `visit.record` with its row number; empty rows are skipped.
 * @internal
 */
export class SheetRecords {
  #header: string[] | null = null;
  #dated: boolean[] = [];
  /** The row with the most distinct names, to show in the error when no header is found. */
  #widest: string[] = [];

  constructor(
    private readonly visit: RecordVisitor,
    private readonly options: ReadOptions,
  ) {}

  row(row: Row): void {
    const fields = rowFields(row);
    if (fields.every((f) => f === '')) return;
    const h = this.#header;
    if (h === null) {
      const names = headerFields(fields.map(String), this.options.columns);
      if (names.includes(this.options.key ?? 'rule')) {
        this.#header = names;
        this.#dated = names.map(mayHoldDate);
      } else if (distinct(names).length > this.#widest.length) this.#widest = distinct(names);
      return;
    }
    const rec: Record<string, string | boolean> = {};
    for (let i = 0; i < h.length; i++) {
      const v = i < fields.length ? fields[i] : '';
      if (h[i] !== '') rec[h[i]] = typeof v === 'string' && this.#dated[i] ? dayFirstToIso(v) : v;
    }
    this.visit.record(rec, row.number);
  }

  /**
   * @throws VnDeadlinesError `invalid_data` when no row of the sheet was a header, with the
   *   sheet and the column names seen in `details` (`{ sheet, columns }`: a page points the user at its column mapping)
   */
  end(sheet: string): void {
    if (this.#header === null)
      throw new VnDeadlinesError(
        'invalid_data',
        messages[this.options.lang ?? 'vi'].noHeader(sheet, this.#widest.join(', ') || '—', this.options.key ?? 'rule'),
        { sheet, columns: this.#widest },
        { key: 'worded' },
      );
  }
}
