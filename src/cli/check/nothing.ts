/** An input with nothing to check (empty, a header alone, binary): found as its bytes pass, told in one line. */
import { say } from '../../core/catalogue.js';
import { CLI_TEXT } from '../messages.js';
import type { Lang } from '../format.js';

/** Why a run checked nothing. */
export type Nothing = 'empty' | 'header' | 'records' | 'binary';

/** An input that cannot be checked at all (exit code 2). */
export class NothingChecked extends Error {
  constructor(
    readonly kind: Nothing,
    readonly offset = 0,
  ) {
    super(kind);
  }
}

/** What the first bytes of the input showed. */
export interface Seen {
  bytes: number;
  /** Whether a byte other than a BOM, a space, a tab or a line break was seen. */
  content: boolean;
}

/** How far into the input a NUL byte makes it binary (as git and grep look). */
export const SNIFF = 8192;

/**
 * Notes the bytes of the input as they pass: a NUL byte in the first 8 KB makes it a binary
 * file (or UTF-16 text), refused before any record; whether anything but blanks was seen.
 */
export function inspect(bytes: Uint8Array, seen: Seen): void {
  const at = seen.bytes;
  if (at < SNIFF) {
    const nul = bytes.subarray(0, SNIFF - at).indexOf(0);
    if (nul >= 0) throw new NothingChecked('binary', at + nul);
  }
  if (!seen.content) {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      const bom = at + i < 3 && b === [0xef, 0xbb, 0xbf][at + i];
      if (!bom && b !== 32 && b !== 9 && b !== 10 && b !== 13) {
        seen.content = true;
        break;
      }
    }
  }
  seen.bytes = at + bytes.length;
}

/** The chunks, each inspected on its way. */
export async function* inspected(chunks: AsyncIterable<Uint8Array | string>, seen: Seen): AsyncGenerator<Uint8Array | string> {
  const enc = new TextEncoder();
  for await (const chunk of chunks) {
    if (seen.bytes < SNIFF || !seen.content) inspect(typeof chunk === 'string' ? enc.encode(chunk) : chunk, seen);
    else seen.bytes += chunk.length;
    yield chunk;
  }
}

/** The message of an input that gave nothing to check. */
export function nothingText(kind: Nothing, offset: number, source: string, lang: Lang): string {
  const key = kind === 'empty' ? 'nothingEmpty' : kind === 'header' ? 'nothingHeader' : kind === 'binary' ? 'nothingBinary' : 'nothingRecords';
  return say(CLI_TEXT, lang, key, { source, offset });
}
