/**
 * The "Ánh xạ cột" and "Trang tính" fields of "Kiểm tra tệp": the register's own column names
 * mapped to record fields, in the syntax of the CLI's `--columns` (`Ngày QĐ của Bộ=ministryDecisionDate,Ngày công bố=actual`,
 * parsed by src/io/columns.ts), for CSV and Excel; and the worksheet of an Excel register (empty: the first).
 */
import { parseColumns } from '../../src/io/columns.js';
import type { ReadOptions } from '../../src/io/types.js';
import { byId } from './dom.js';
import { lang, t } from './i18n.js';

/** The reading options as the clerk set them, or the mapping's error in the page's language (the field is then marked invalid). */
export function readOptions(): { readonly options: ReadOptions } | { readonly error: string } {
  const input = byId<HTMLInputElement>('columns');
  const sheet = byId<HTMLInputElement>('sheet').value.trim();
  try {
    const columns = parseColumns([input.value], lang());
    input.setAttribute('aria-invalid', 'false');
    return { options: { columns: Object.keys(columns).length > 0 ? columns : undefined, sheet: sheet || undefined, lang: lang() } };
  } catch (e) {
    input.setAttribute('aria-invalid', 'true');
    return { error: t('columnsError', { message: (e as Error).message }) };
  }
}

/** Calls `rerun` when the clerk has changed the mapping or the worksheet (on Enter or on leaving the field). */
export function onReadOptionsChange(rerun: () => void): void {
  for (const id of ['columns', 'sheet']) byId(id).addEventListener('change', rerun);
}
