/**
 * A register's own column names mapped to record fields (`--columns "Ngày QĐ của Bộ=ministryDecisionDate,Ngày công bố=actual"`),
 * for the CSV and Excel readers. Names match whatever their case, spacing or Unicode form
 * (Excel on macOS may store decomposed Vietnamese letters).
 */
import type { Lang } from '../core/lang.js';
import { UsageError } from '../core/usage-error.js';
import { messages } from './xlsx/messages.js';

/**
 * Column names (as the register's header writes them) to record fields (`rule`, `actual`, `id`,
 * `title`, `unit`, or a rule's fact name).
 * @example `const columns: ColumnMap = { 'Ngày QĐ của Bộ': 'ministryDecisionDate', 'Ngày công bố': 'actual' };`
 */
export type ColumnMap = Readonly<Record<string, string>>;

/** A column name as compared: NFC, spaces collapsed, lower case. */
const key = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

/**
 * Parses `--columns` values: `Column name=field` pairs separated by commas (the option may be
 * repeated). A column name may hold `=`: the field is after the last one.
 * @throws UsageError for a pair without a name or a field, or a column named twice
 * @example `parseColumns(['Ngày QĐ của Bộ=ministryDecisionDate, Ngày công bố=actual']) // { 'Ngày QĐ của Bộ': 'ministryDecisionDate', 'Ngày công bố': 'actual' }`
 * @internal
 */
export function parseColumns(values: readonly string[], lang: Lang = 'vi'): Record<string, string> {
  const out: Record<string, string> = {};
  const seen = new Set<string>();
  for (const value of values) {
    for (const entry of value.split(',')) {
      if (entry.trim() === '') continue;
      const eq = entry.lastIndexOf('=');
      const name = entry.slice(0, Math.max(eq, 0)).trim();
      const field = entry.slice(eq + 1).trim();
      if (eq <= 0 || name === '' || !/^[A-Za-z_$][\w$]*$/.test(field)) throw new UsageError(messages[lang].columnsSyntax(entry.trim()), 'invalid_argument');
      if (seen.has(key(name))) throw new UsageError(messages[lang].columnsTwice(name), 'invalid_argument');
      seen.add(key(name));
      out[name] = field;
    }
  }
  return out;
}

/**
 * The record field of each header cell: the mapped field, else the cell's text trimmed.
 * @example `headerFields(['Mã', ' Ngày công bố '], { 'ngày CÔNG bố': 'actual' }) // ['Mã', 'actual']`
 * @internal
 */
export function headerFields(header: readonly string[], columns: ColumnMap | undefined): string[] {
  if (columns === undefined) return header.map((h) => h.trim());
  const byKey = new Map(Object.entries(columns).map(([name, field]) => [key(name), field]));
  return header.map((h) => byKey.get(key(h)) ?? h.trim());
}

/** Fields that are never dates: their text is kept as written (a title "10/02/2025" stays so). */
const TEXT_FIELDS = new Set(['id', 'title', 'rule', 'unit']);

/** Whether a column may hold a date (to be read day first): every field but `id`, `title`, `rule` and `unit`. @internal */
export const mayHoldDate = (field: string): boolean => !TEXT_FIELDS.has(field);
