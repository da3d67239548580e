/** The NDJSON reader: one JSON object per line, split here and parsed line by line. */
import { utf8Text } from '../core/utf8.js';
import { parseFlatObject } from './flat-json.js';
import type { Chunks, RecordVisitor } from './types.js';

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
    // A line with an array or a nested object (a dossier's events) is not flat: JSON.parse at once, not after a flat attempt.
    value = (!s.includes('[') && !s.includes('{', 1) ? parseFlatObject(s) : undefined) ?? JSON.parse(s);
  } catch (e) {
    visit.bad(line, { code: 'invalid_data', field: 'record', message: `not a JSON object: ${(e as Error).message}` });
    return;
  }
  visit.record(value, line);
}

/**
 * The whole lines of `bytes[from, to)` (each ends with a line break), the first being line `line`;
 * returns the number of the line after them. Each line is decoded on its own: a line with no
 * character beyond U+00FF (most of a Vietnamese register's, whatever the others hold) becomes a
 * one-byte string, and so do the values read from it and the report line made of them: half
 * the bytes of a two-byte one (a 200k-line register: about 4,650 B allocated per line, from 5,100).
 */
function wholeLines(bytes: Uint8Array, from: number, to: number, line: number, visit: RecordVisitor): number {
  for (let p = from; p < to; line++) {
    const q = bytes.indexOf(10, p);
    ndjsonLine(utf8Text(bytes, p, q), line, visit);
    p = q + 1;
  }
  return line;
}

/** Where line 1 starts past the byte-order marks {@link readNdjson} drops: its decoder's, and one more after it. */
function pastMarks(bytes: Uint8Array): number {
  let p = 0;
  while (p < 6 && bytes[p] === 0xef && bytes[p + 1] === 0xbb && bytes[p + 2] === 0xbf) p += 3;
  return p;
}

/**
 * The lines of a batch of whole NDJSON lines in UTF-8 (the last one may lack its line break),
 * the first being line `firstLine`, read as {@link readNdjson} reads them.
 * @internal
 */
export function readNdjsonBytes(bytes: Uint8Array, firstLine: number, visit: RecordVisitor): void {
  const start = firstLine === 1 ? pastMarks(bytes) : 0;
  const tail = bytes.lastIndexOf(10) + 1;
  const line = wholeLines(bytes, start, tail, firstLine, visit);
  const last = Math.max(start, tail);
  if (last < bytes.length) ndjsonLine(utf8Text(bytes, last, bytes.length), line, visit);
}

/** The lines of a stream of chunks, in order; the pieces of a line that spans chunks are kept apart and joined once, when its line break arrives. */
class StreamLines {
  readonly #decoder = new TextDecoder('utf-8');
  /** The start of the current line: the pieces read since its line break, in order. */
  #pieces: string[] = [];
  /** The last line read. */
  #line = 0;
  #first = true;
  constructor(readonly visit: RecordVisitor) {}

  /** A chunk of text. */
  text(text: string): void {
    if (this.#first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.#first = false;
    }
    let p = 0;
    for (;;) {
      const q = text.indexOf('\n', p);
      if (q < 0) break;
      ndjsonLine(this.#lineOf(text.slice(p, q)), ++this.#line, this.visit);
      p = q + 1;
    }
    if (p < text.length) this.#pieces.push(p === 0 ? text : text.slice(p));
  }

  /** A chunk of UTF-8. */
  bytes(bytes: Uint8Array): void {
    const head = bytes.indexOf(10) + 1;
    if (head === 0) return this.text(this.#decoder.decode(bytes, { stream: true }));
    // The decoder ends the line begun in the chunks before (it holds a character they cut, and
    // drops the file's byte-order mark); the whole lines after it are decoded one by one.
    this.text(this.#decoder.decode(bytes.subarray(0, head), { stream: true }));
    const tail = bytes.lastIndexOf(10) + 1;
    this.#line = wholeLines(bytes, head, tail, this.#line + 1, this.visit) - 1;
    this.text(this.#decoder.decode(bytes.subarray(tail), { stream: true }));
  }

  /** The last line, when it lacks its line break. */
  end(): void {
    const rest = this.#lineOf(this.#decoder.decode());
    if (rest.length) ndjsonLine(rest, this.#line + 1, this.visit);
  }

  #lineOf(tail: string): string {
    if (this.#pieces.length === 0) return tail;
    this.#pieces.push(tail);
    const whole = this.#pieces.join('');
    this.#pieces = [];
    return whole;
  }
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
  const lines = new StreamLines(visit);
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') lines.text(chunk);
    else lines.bytes(chunk);
  }
  lines.end();
}
