/**
 * Streaming readers of the record files `vn-deadlines check` takes: NDJSON, CSV (through
 * csv-parse) and a JSON array. Each calls `visit.record(value, line)` for a record and
 * `visit.bad(line, error)` for a line that is not one, in file order; memory stays flat
 * whatever the file's size (but a JSON array is read whole). Node.js only: kept out of the
 * main entry, which runs in browsers too.
 */
import { Parser } from 'csv-parse';
import { VnDeadlinesError } from '../core/errors.js';
import type { RecordError } from './records.js';

/** JSON's number grammar. */
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Where the JSON string whose text starts at `from` closes (its `"`), or -1 when it has an escape, a control character or no end. */
function plainStringEnd(s: string, from: number): number {
  for (let k = from; k < s.length; k++) {
    const d = s.charCodeAt(k);
    if (d === 34) return k;
    if (d === 92 || d < 32) return -1;
  }
  return -1;
}

/**
 * A fast path for the common NDJSON line, a flat object whose members are strings without
 * escapes, numbers, `true`, `false` or `null`: the same object `JSON.parse` makes, about a third
 * faster and lighter on memory. Anything else (an escape, a nested value, a stray character,
 * `__proto__`) gives `undefined`, and `JSON.parse` decides.
 * @internal
 */
export function parseFlatObject(s: string): Record<string, unknown> | undefined {
  const n = s.length;
  let i = 0;
  let c = s.charCodeAt(0);
  while (c === 32 || c === 9) c = s.charCodeAt(++i);
  if (c !== 123) return undefined;
  const out: Record<string, unknown> = {};
  c = s.charCodeAt(++i);
  while (c === 32 || c === 9) c = s.charCodeAt(++i);
  if (c === 125) i++;
  else
    for (;;) {
      if (c !== 34) return undefined;
      const ks = i + 1;
      const k = plainStringEnd(s, ks);
      if (k < 0) return undefined;
      const key = s.slice(ks, k);
      if (key === '__proto__') return undefined;
      i = k + 1;
      c = s.charCodeAt(i);
      while (c === 32 || c === 9) c = s.charCodeAt(++i);
      if (c !== 58) return undefined;
      c = s.charCodeAt(++i);
      while (c === 32 || c === 9) c = s.charCodeAt(++i);
      let v: unknown;
      if (c === 34) {
        const vs = i + 1;
        const e = plainStringEnd(s, vs);
        if (e < 0) return undefined;
        v = s.slice(vs, e);
        i = e + 1;
      } else if (c === 116 && s.startsWith('true', i)) {
        v = true;
        i += 4;
      } else if (c === 102 && s.startsWith('false', i)) {
        v = false;
        i += 5;
      } else if (c === 110 && s.startsWith('null', i)) {
        v = null;
        i += 4;
      } else if (c === 45 || (c >= 48 && c <= 57)) {
        let e = i + 1;
        for (;;) {
          const d = s.charCodeAt(e);
          if ((d >= 48 && d <= 57) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45) e++;
          else break;
        }
        const t = s.slice(i, e);
        if (!JSON_NUMBER.test(t)) return undefined;
        v = Number(t);
        i = e;
      } else return undefined;
      out[key] = v;
      c = s.charCodeAt(i);
      while (c === 32 || c === 9) c = s.charCodeAt(++i);
      if (c === 44) {
        c = s.charCodeAt(++i);
        while (c === 32 || c === 9) c = s.charCodeAt(++i);
        continue;
      }
      if (c !== 125) return undefined;
      i++;
      break;
    }
  c = s.charCodeAt(i);
  while (c === 32 || c === 9) c = s.charCodeAt(++i);
  return i === n ? out : undefined;
}

/** What a reader calls, in file order. @internal */
export interface RecordVisitor {
  record(value: unknown, line: number): void;
  bad(line: number, error: RecordError): void;
}

/** Where a reader's bytes come from: chunks of UTF-8 (or text). */
export type Chunks = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

/** The input formats the readers know. */
export type InputFormat = 'csv' | 'ndjson' | 'json';

/** One NDJSON line (without its line break): a record, a bad record, or nothing when blank. */
function ndjsonLine(text: string, line: number, visit: RecordVisitor): void {
  let end = text.length;
  if (end > 0 && text.charCodeAt(end - 1) === 13) end--;
  let start = 0;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  if (start === end) return;
  const s = start === 0 && end === text.length ? text : text.slice(start, end);
  let value: unknown;
  try {
    value = parseFlatObject(s) ?? JSON.parse(s);
  } catch (e) {
    visit.bad(line, { code: 'invalid_data', field: 'record', message: `not a JSON object: ${(e as Error).message}` });
    return;
  }
  visit.record(value, line);
}

/**
 * The lines of a text that holds whole NDJSON lines (the last one may lack its line break),
 * the first being line `firstLine`. Returns the number of lines.
 * @internal
 */
export function readNdjsonText(text: string, firstLine: number, visit: RecordVisitor): number {
  if (firstLine === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let line = firstLine;
  let p = 0;
  for (;;) {
    const q = text.indexOf('\n', p);
    if (q < 0) break;
    ndjsonLine(text.slice(p, q), line++, visit);
    p = q + 1;
  }
  if (p < text.length) ndjsonLine(p === 0 ? text : text.slice(p), line++, visit);
  return line - firstLine;
}

/**
 * Reads NDJSON (one JSON object per line; blank lines skipped, CRLF and a BOM tolerated) from
 * chunks of UTF-8. Lines are split here and parsed one by one ({@link parseFlatObject}, else
 * `JSON.parse`); a line that is not JSON is a bad record. Linear in the input whatever the
 * length of a line: each chunk is searched for line breaks once, and the pieces of a line that
 * spans chunks are kept apart and joined once, when its line break arrives.
 * @internal
 */
export async function readNdjson(chunks: Chunks, visit: RecordVisitor): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  // The start of the current line: the pieces read since its line break, in order.
  let pieces: string[] = [];
  let line = 0;
  let first = true;
  const lineOf = (tail: string): string => {
    if (pieces.length === 0) return tail;
    pieces.push(tail);
    const whole = pieces.join('');
    pieces = [];
    return whole;
  };
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let p = 0;
    for (;;) {
      const q = text.indexOf('\n', p);
      if (q < 0) break;
      ndjsonLine(lineOf(text.slice(p, q)), ++line, visit);
      p = q + 1;
    }
    if (p < text.length) pieces.push(p === 0 ? text : text.slice(p));
  }
  const rest = lineOf(decoder.decode());
  if (rest.length) ndjsonLine(rest, ++line, visit);
}

/**
 * Reads a JSON array of records (the whole input: use NDJSON for large files). The line of a
 * record is its position in the array, from 1.
 * @internal
 */
export async function readJsonArray(chunks: Chunks, visit: RecordVisitor): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of chunks) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  text += decoder.decode();
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new VnDeadlinesError('invalid_data', `the input is not JSON: ${(e as Error).message}; for one record per line use --format ndjson`, {});
  }
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null && Array.isArray((value as { records?: unknown }).records) ? (value as { records: unknown[] }).records : null;
  if (list === null) throw new VnDeadlinesError('invalid_data', 'a JSON input must be an array of records (or { "records": [...] })', {});
  for (let i = 0; i < list.length; i++) visit.record(list[i], i + 1);
}

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
 * Line numbers of CSV records, from byte offsets: the offsets of the line breaks read so far
 * (kept only until records have passed them, so memory stays flat) and, for each record, the
 * offset where it ends (csv-parse's `info.bytes`, its line break included). A record starts on
 * the line of its end, less its own line break and the line breaks inside its quoted fields.
 * A line break is LF, CRLF (at its LF) or a lone CR, in any mix.
 */
class LineIndex {
  #feeds: number[] = [];
  #head = 0;
  #before = 0;
  #last = -1;
  #offset = 0;
  /** Whether the last chunk ended with a CR (a line break unless the next chunk opens with LF). */
  #cr = false;

  /** Notes the line breaks of the next chunk of input. */
  add(bytes: Uint8Array): void {
    if (this.#cr && bytes.length > 0 && bytes[0] !== 10) this.#feeds.push(this.#offset - 1);
    if (bytes.length > 0) this.#cr = bytes[bytes.length - 1] === 13;
    let lf = bytes.indexOf(10);
    let cr = bytes.indexOf(13);
    while (lf >= 0 || cr >= 0) {
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        // A lone CR (one at the end of the chunk waits for the next chunk).
        if (cr + 1 < bytes.length && bytes[cr + 1] !== 10) this.#feeds.push(this.#offset + cr);
        cr = bytes.indexOf(13, cr + 1);
      } else {
        this.#feeds.push(this.#offset + lf);
        lf = bytes.indexOf(10, lf + 1);
      }
    }
    this.#offset += bytes.length;
  }

  /** Line feeds before byte `pos` (calls come with `pos` never decreasing). */
  #count(pos: number): number {
    const feeds = this.#feeds;
    while (this.#head < feeds.length && feeds[this.#head] < pos) this.#last = feeds[this.#head++];
    if (this.#head > 4096) {
      feeds.splice(0, this.#head);
      this.#before += this.#head;
      this.#head = 0;
    }
    return this.#before + this.#head;
  }

  /** The line a record ending at byte `end` starts on, given its fields. */
  startOf(end: number, fields: readonly string[]): number {
    const before = this.#count(end);
    let inner = 0;
    for (const f of fields) inner += breaks(f);
    return 1 + before - (this.#last === end - 1 ? 1 : 0) - inner;
  }

  /** The line just after byte `end` (where whatever follows a record starts). */
  after(end: number): number {
    return 1 + this.#count(end);
  }
}

/** The line breaks in a field (LF, CRLF, a lone CR), as {@link LineIndex} counts them. */
function breaks(f: string): number {
  let n = 0;
  for (let i = f.indexOf('\n'); i >= 0; i = f.indexOf('\n', i + 1)) n++;
  for (let i = f.indexOf('\r'); i >= 0; i = f.indexOf('\r', i + 1)) if (f.charCodeAt(i + 1) !== 10) n++;
  return n;
}

/**
 * The longest CSV row read (256 MB): far above any real row (a title pasted from a whole
 * document is a few MB), and a bound on the memory a double quote that never closes can take.
 * A longer row stops the run (nothing is dropped silently).
 */
const MAX_ROW = 256 * 2 ** 20;

const blank = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

/**
 * Reads CSV with csv-parse (streaming; RFC 4180 quoting, a BOM, UTF-8 Vietnamese text). Rows end
 * with CRLF, LF or a lone CR, mixed as they come (a file edited on two machines): each row stays
 * a row. A field may be as long as 256 MB. The first row names the columns; cells are trimmed; blank lines are skipped. The
 * delimiter is `,`, or `;` / tab when the header has more of those. A quote inside an unquoted
 * field is text. A row with more non-empty fields than the header is a bad record, and the run
 * goes on. A double quote that opens a field and never closes makes the rest of the file one
 * bad record, reported at the row where it opens (no reader can tell the rows after it apart).
 * @throws VnDeadlinesError `invalid_data` for a row longer than 256 MB (an unclosed quote in a
 *   very large file ends there too): the run cannot go on without dropping rows
 * @internal
 */
export async function readCsv(chunks: Chunks, visit: RecordVisitor): Promise<void> {
  let parser: Parser | undefined;
  let header: string[] | null = null;
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
      header = fields.map((h) => h.trim());
      return;
    }
    const h = header;
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
    for (let i = 0; i < h.length && i < fields.length; i++) if (h[i] !== '') rec[h[i]] = fields[i].trim();
    visit.record(rec, line);
  };
  const enc = new TextEncoder();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? enc.encode(chunk) : chunk;
    if (parser === undefined) {
      const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
      parser = new Parser({
        bom: true,
        delimiter: sniffDelimiter(head),
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
        on_skip: (e) => {
          const err = (e ?? new Error('unknown CSV error')) as Error & { records?: number; code?: string; lines?: number };
          if (err.code === 'CSV_MAX_RECORD_SIZE') {
            throw new VnDeadlinesError(
              'invalid_data',
              `the CSV row at line ${lines.after(lastEnd)} is longer than ${MAX_ROW / 2 ** 20} MB (or a double quote opened there never closes): the file cannot be read row by row`,
              { limit: MAX_ROW },
            );
          }
          const open = err.code === 'CSV_QUOTE_NOT_CLOSED';
          const message = open
            ? 'unreadable CSV: a double quote opened in this row is never closed, so the rest of the file reads as one field and cannot be checked; close the quote (or double it: "")'
            : `unreadable CSV: ${err.message}`;
          skipped.push({ after: err.records ?? 0, message });
          return undefined;
        },
      });
      parser.on('data', onRow);
      parser.on('error', (e) => {
        failure ??= e;
        wake?.();
      });
    }
    lines.add(bytes);
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
  const p = parser;
  await new Promise<void>((resolve, reject) => {
    if (failure !== undefined) return reject(failure);
    p.once('end', resolve);
    p.once('error', reject);
    p.end();
  });
  flushSkips(Number.MAX_SAFE_INTEGER);
}

/** The reader for a format. @internal */
export function readerOf(format: InputFormat): (chunks: Chunks, visit: RecordVisitor) => Promise<void> {
  return format === 'csv' ? readCsv : format === 'json' ? readJsonArray : readNdjson;
}
