/**
 * csv-parse for the browser, as src/io/csv.ts uses it. csv-parse's main entry extends Node's
 * `stream.Transform`; its browser build (`csv-parse/browser/esm`) carries a stream and Buffer of
 * its own, whose `write` refuses a plain `Uint8Array` ("Invalid non-string/buffer chunk"), which
 * is what the reader writes. This Parser hands such a chunk over as a Latin-1 string with the
 * encoding `latin1`: the stream turns it back into exactly the same bytes (one character per
 * byte), so the parser's byte counts, and with them the line numbers, are those of the file.
 * The page's build aliases `csv-parse` to this module (web/vite.config.ts).
 */
import { Parser as BrowserParser } from 'csv-parse/browser/esm';

export * from 'csv-parse/browser/esm';

/** The bytes as a string of the characters U+0000–U+00FF with the same codes. */
function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x2000) s += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  return s;
}

type Write = (chunk: unknown, encoding?: unknown, cb?: unknown) => boolean;

export class Parser extends BrowserParser {
  override write(chunk: unknown, encoding?: unknown, cb?: unknown): boolean {
    const write = super.write.bind(this) as Write;
    return chunk instanceof Uint8Array ? write(latin1(chunk), 'latin1', typeof encoding === 'function' ? encoding : cb) : write(chunk, encoding, cb);
  }
}
