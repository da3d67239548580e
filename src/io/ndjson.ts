/** The NDJSON reader: one JSON object per line, split here and parsed line by line. */
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
  if (rest.length) ndjsonLine(rest, line + 1, visit);
}
