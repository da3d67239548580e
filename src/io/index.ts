/**
 * The io layer, browser-safe part: record sources from chunks of bytes or text, report writers
 * and the byte sink they write to. The CLI, the HTTP service and the web page all use it; the
 * Node-only parts (files, atomic output, worker threads) are in `./node/`.
 */
export type { ByteTarget, Chunks, InputFormat, LineSink, Reader, RecordItem, RecordVisitor, ReportContext, ReportFormat, ReportWriter } from './types.js';
export { readerOf, readRecords } from './read.js';
export { readCsv } from './csv.js';
export { readNdjson, readNdjsonText } from './ndjson.js';
export { readJsonArray } from './json.js';
export { parseFlatObject } from './flat-json.js';
export { reportWriter } from './report.js';
export { csvField } from './report-csv.js';
export { outcomeJson } from './report-json.js';
export { ByteSink } from './sink.js';
export { checkStream, type CheckStreamOptions } from './check-stream.js';
