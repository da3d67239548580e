/**
 * exceljs, loaded when a spreadsheet is read or written: an optional package (a peer
 * dependency), never a runtime dependency of vn-deadlines. In Node it must be installed beside
 * vn-deadlines (`npm i exceljs`); a browser bundle takes its browser build.
 */
import type ExcelJs from 'exceljs';
import type { Lang } from '../../core/lang.js';
import { UsageError } from '../../core/usage-error.js';
import { messages } from './messages.js';

/** The exceljs module. @internal */
export type ExcelJsModule = typeof ExcelJs;

/** How exceljs is imported: an object, so that a test can stand in a missing package. @internal */
export const excelJsImport = {
  load: async (): Promise<ExcelJsModule> => {
    const m = (await import('exceljs')) as ExcelJsModule & { default?: ExcelJsModule };
    return m.default ?? m;
  },
};

/**
 * exceljs (the module system imports it once).
 * @throws UsageError `xlsx_needs_exceljs` naming the package and `npm i exceljs` when it is not installed
 * @internal
 */
export async function loadExcelJs(lang: Lang = 'vi'): Promise<ExcelJsModule> {
  try {
    return await excelJsImport.load();
  } catch (e) {
    throw new UsageError(messages[lang].needsExcelJs((e as Error).message.split('\n')[0]), 'xlsx_needs_exceljs');
  }
}
