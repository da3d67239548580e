/** The main thread's batches for the worker threads: whole lines, the whole file, lines counted. */
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { lineBatches } from '../../src/io/node/line-batches.js';

const dir = mkdtempSync(join(tmpdir(), 'vn-deadlines-batches-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A buffer as one comes back from a worker: full of an earlier batch's bytes (line breaks, to mislead a search). */
const dirty = (size: number) => new Uint8Array(size + 7).fill(10).buffer;

/** The batches of `text` written to a file; with `reused`, each batch is read into a dirty buffer. */
function batchesOf(text: string, reused = false) {
  const file = join(dir, 'in.ndjson');
  writeFileSync(file, text);
  const fd = openSync(file, 'r');
  try {
    const batches = [...lineBatches(fd, reused ? dirty : undefined)];
    return batches.map((b) => ({ text: Buffer.from(b.buf.buffer, 0, b.end).toString('utf8'), lines: b.lines }));
  } finally {
    closeSync(fd);
  }
}

/** The oracle: lines as a reader sees them (a last line without its break counts, a final break adds none). */
const linesOf = (text: string) => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

describe('lineBatches', () => {
  it('cuts at line breaks only, loses nothing, and counts each batch’s lines', () => {
    const line = fc.oneof(fc.string({ maxLength: 80 }), fc.constant('{"unit":"UBND phường Hồng Bàng"}\r'));
    fc.assert(
      fc.property(fc.array(line, { minLength: 0, maxLength: 4000 }), fc.boolean(), fc.boolean(), (lines, finalBreak, reused) => {
        const text = lines.map((l) => l.replaceAll('\n', ' ')).join('\n') + (finalBreak && lines.length ? '\n' : '');
        const batches = batchesOf(text, reused);
        expect(batches.map((b) => b.text).join('')).toBe(text);
        for (const b of batches.slice(0, -1)) expect(b.text.endsWith('\n')).toBe(true);
        for (const b of batches) expect(b.lines).toBe(linesOf(b.text));
      }),
      { numRuns: 40 },
    );
  });

  it('reads into reused buffers as into new ones, a file ending on a batch’s end included', () => {
    // 128 KB of whole lines exactly: the last read finds the end of the file with nothing carried.
    const line = 'x'.repeat(1023) + '\n';
    const text = line.repeat(256);
    for (const t of [text, text + text, text + 'tail']) {
      const batches = batchesOf(t, true);
      expect(batches.map((b) => b.text).join('')).toBe(t);
      expect(batches.reduce((n, b) => n + b.lines, 0)).toBe(linesOf(t));
    }
  });

  it('grows a batch for a line longer than it (300 KB), the lines around it counted', () => {
    const long = 'x'.repeat(300_000);
    const text = `a\n${long}\nb\nc`;
    const batches = batchesOf(text);
    expect(batches.map((b) => b.text).join('')).toBe(text);
    expect(batches.reduce((n, b) => n + b.lines, 0)).toBe(4);
  });
});
