/** The main thread's batches for the worker threads: whole lines, the whole file, lines counted. */
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { lineBatches } from '../../src/io/node/line-batches.js';

const dir = mkdtempSync(join(tmpdir(), 'vn-deadlines-batches-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The batches of `text` written to a file. */
function batchesOf(text: string) {
  const file = join(dir, 'in.ndjson');
  writeFileSync(file, text);
  const fd = openSync(file, 'r');
  try {
    return [...lineBatches(fd)].map((b) => ({ text: Buffer.from(b.buf.buffer, 0, b.end).toString('utf8'), lines: b.lines }));
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
      fc.property(fc.array(line, { minLength: 0, maxLength: 4000 }), fc.boolean(), (lines, finalBreak) => {
        const text = lines.map((l) => l.replaceAll('\n', ' ')).join('\n') + (finalBreak && lines.length ? '\n' : '');
        const batches = batchesOf(text);
        expect(batches.map((b) => b.text).join('')).toBe(text);
        for (const b of batches.slice(0, -1)) expect(b.text.endsWith('\n')).toBe(true);
        for (const b of batches) expect(b.lines).toBe(linesOf(b.text));
      }),
      { numRuns: 40 },
    );
  });

  it('grows a batch for a line longer than it (300 KB), the lines around it counted', () => {
    const long = 'x'.repeat(300_000);
    const text = `a\n${long}\nb\nc`;
    const batches = batchesOf(text);
    expect(batches.map((b) => b.text).join('')).toBe(text);
    expect(batches.reduce((n, b) => n + b.lines, 0)).toBe(4);
  });
});
