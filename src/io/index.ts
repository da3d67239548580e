/**
 * The io layer, browser-safe part: record sources from chunks of bytes or text, and the whole
 * check pipeline as one call. Report writers (`./report.js`) and the byte sink (`./sink.js`) are
 * imported from their modules; the Node-only parts (files, atomic output, worker threads) are in
 * `./node/`. Excel workbooks: `readXlsx` (bytes in) and `xlsxReport` (bytes out), with exceljs
 * loaded on first use. See docs/architecture.md.
 */
export type { RecordItem, RecordVisitor } from './types.js';
export { readRecords } from './read.js';
export { readCsv } from './csv.js';
export { readNdjson } from './ndjson.js';
export { readJsonArray } from './json.js';
export { parseFlatObject } from './flat-json.js';
export { checkStream } from './check-stream.js';
export { readXlsx } from './xlsx/read.js';
export { xlsxReport } from './xlsx/report.js';
