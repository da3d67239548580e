/**
 * The CSV reader, through csv-parse (streaming; RFC 4180 quoting, a BOM, UTF-8 Vietnamese text).
 * csv-parse's main entry uses Node's stream module; a browser bundle aliases it to
 * `csv-parse/browser/esm`.
 */
import { Parser } from 'csv-parse';
import { VnDeadlinesError } from '../core/errors.js';
import { LineIndex } from './line-index.js';
import { dayFirstToIso } from '../core/day-text.js';
import { headerFields, mayHoldDate } from './columns.js';
import type { Chunks, ReadOptions, RecordVisitor } from './types.js';

/** Guesses the CSV delimiter from the header line: `;` (what Excel writes under a Vietnamese locale) when it has more of them than commas, else `,`. */
function sniffDelimiter(head: string): ',' | ';' | '\t' {
  const nl = head.indexOf('\n');
  const line = nl < 0 ? head : head.slice(0, nl);
  let commas = 0;
  let semis = 0;
  let tabs = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted) {
      if (c === ',') commas++;
      else if (c === ';') semis++;
      else if (c === '\t') tabs++;
    }
  }
  if (tabs > commas && tabs > semis) return '\t';
  return semis > commas ? ';' : ',';
}

/**
 * The longest CSV row read (256 MB): far above any real row (a title pasted from a whole
 * document is a few MB), and a bound on the memory a double quote that never closes can take.
 * A longer row stops the run (nothing is dropped silently).
 */
const MAX_ROW = 256 * 2 ** 20;

const blank = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

/** A data row as a record under the header, or a bad record when it has more non-empty fields than the header. */
function rowTo(fields: readonly string[], h: readonly string[], dated: readonly boolean[], line: number, visit: RecordVisitor): void {
  if (fields.length > h.length) {
    for (let i = h.length; i < fields.length; i++) {
      if (fields[i].trim() !== '') {
        visit.bad(line, {
          code: 'invalid_data',
          field: 'record',
          message: `the row has ${fields.length} fields but the header has ${h.length}; a field that holds the delimiter must be in double quotes`,
        });
        return;
      }
    }
  }
  const rec: Record<string, string> = {};
  for (let i = 0; i < h.length && i < fields.length; i++) if (h[i] !== '') rec[h[i]] = dated[i] ? dayFirstToIso(fields[i].trim()) : fields[i].trim();
  visit.record(rec, line);
}

/**
 * A row csv-parse skips, as the bad record to report (after how many records, and why).
 * @param at - the line where the row starts
 * @throws VnDeadlinesError `invalid_data` for a row over {@link MAX_ROW}: the run cannot go on without dropping rows
 */
function skipOf(e: Error | undefined, at: () => number): { after: number; message: string } {
  const err = (e ?? new Error('unknown CSV error')) as Error & { records?: number; code?: string; lines?: number };
  if (err.code === 'CSV_MAX_RECORD_SIZE') {
    throw new VnDeadlinesError(
      'invalid_data',
      `the CSV row at line ${at()} is longer than ${MAX_ROW / 2 ** 20} MB (or a double quote opened there never closes): the file cannot be read row by row`,
      { limit: MAX_ROW },
    );
  }
  const open = err.code === 'CSV_QUOTE_NOT_CLOSED';
  const message = open
    ? 'unreadable CSV: a double quote opened in this row is never closed, so the rest of the file reads as one field ' +
      'and cannot be checked; close the quote (or double it: "")'
    : `unreadable CSV: ${err.message}`;
  return { after: err.records ?? 0, message };
}

/** The csv-parse parser of the reader: every line-break kind, loose quotes, rows with errors skipped (and reported by `onSkip`). */
function csvParser(delimiter: string, onSkip: (e: Error | undefined) => undefined): Parser {
  return new Parser({
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    // Left to itself csv-parse takes the first line break it meets for every row, and merges
    // the rows of a file that mixes them into one.
    record_delimiter: ['\r\n', '\n', '\r'],
    // A quote that never closes would otherwise pull the rest of the file into memory.
    // csv-parse cannot go on after this error without losing the rest of its chunk, so it
    // stops the run.
    max_record_size: MAX_ROW,
    info: true,
    on_skip: onSkip,
  });
}

/**
 * What the reader does with csv-parse's rows and skips: the header, records under it, and the
 * rows the parser skips reported as bad records in file order.
 */
function rowHandler(visit: RecordVisitor, options: ReadOptions) {
  let header: string[] | null = null;
  let dated: boolean[] = [];
  const lines = new LineIndex();
  // Where the last record ended: a row the parser skips starts there. Skips are reported in file
  // order: each knows how many records (blank lines included) came before it.
  let lastEnd = 0;
  const skipped: { after: number; message: string }[] = [];
  const flushSkips = (before: number) => {
    while (skipped.length > 0 && skipped[0].after < before) {
      const s = skipped.shift()!;
      visit.bad(lines.after(lastEnd), { code: 'invalid_data', field: 'record', message: s.message });
    }
  };
  const onRow = (row: { record: string[]; info: { bytes: number; records: number } }) => {
    flushSkips(row.info.records);
    const fields = row.record;
    const end = row.info.bytes;
    const line = lines.startOf(end, fields);
    lastEnd = end;
    if (blank(fields)) return;
    if (header === null) {
      header = headerFields(fields, options.columns);
      dated = header.map(mayHoldDate);
      return;
    }
    rowTo(fields, header, dated, line, visit);
  };
  const onSkip = (e: Error | undefined): undefined => {
    skipped.push(skipOf(e, () => lines.after(lastEnd)));
    return undefined;
  };
  return { lines, onRow, onSkip, flushSkips };
}

/** Ends the parser and waits for its last rows; rejects with `failure` when the parser has already failed. */
function endParser(p: Parser, failure: Error | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (failure !== undefined) return reject(failure);
    p.once('end', resolve);
    p.once('error', reject);
    p.end();
  });
}

/**
 * Reads CSV with csv-parse (streaming; RFC 4180 quoting, a BOM, UTF-8 Vietnamese text). Rows end
 * with CRLF, LF or a lone CR, mixed as they come (a file edited on two machines): each row stays
 * a row. A field may be as long as 256 MB. The first row names the columns; cells are trimmed; blank lines are skipped. The
 * delimiter is `,`, or `;` / tab when the header has more of those. A quote inside an unquoted
 * field is text. A row with more non-empty fields than the header is a bad record, and the run
 * goes on. A double quote that opens a field and never closes makes the rest of the file one
 * bad record, reported at the row where it opens (no reader can tell the rows after it apart).
 * `options.columns` maps the header's column names to record fields. Dates written day first
 * (`10/02/2025`, as Vietnamese files write them; never month first) are given as ISO.
 * @throws VnDeadlinesError `invalid_data` for a row longer than 256 MB (an unclosed quote in a
 *   very large file ends there too): the run cannot go on without dropping rows
 * @internal
 */
export async function readCsv(chunks: Chunks, visit: RecordVisitor, options: ReadOptions = {}): Promise<void> {
  const rows = rowHandler(visit, options);
  const enc = new TextEncoder();
  let parser: Parser | undefined;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? enc.encode(chunk) : chunk;
    if (parser === undefined) {
      const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
      parser = csvParser(sniffDelimiter(head), rows.onSkip);
      parser.on('data', rows.onRow);
      parser.on('error', (e) => {
        failure ??= e;
        wake?.();
      });
    }
    rows.lines.add(bytes);
    if (!parser.write(bytes) && failure === undefined) {
      const pr = parser;
      await new Promise<void>((resolve) => {
        wake = resolve;
        pr.once('drain', resolve);
      });
    }
    wake = undefined;
    if (failure !== undefined) throw failure;
  }
  if (parser === undefined) return;
  await endParser(parser, failure);
  rows.flushSkips(Number.MAX_SAFE_INTEGER);
}
