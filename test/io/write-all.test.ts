/** writeAll: a write that takes only part of the bytes is followed by another, until all are written. */
import { describe, expect, it } from 'vitest';
import { writeAll } from '../../src/io/node/write-all.js';

/** A write that takes at most `n` bytes a call, into `got`. */
function partial(n: number, got: number[]) {
  return (_fd: number, b: Uint8Array, off: number) => {
    const k = Math.min(n, b.length - off);
    got.push(...b.subarray(off, off + k));
    return k;
  };
}

describe('writeAll', () => {
  it('writes every byte, in order, when each write takes 3 bytes at most', () => {
    const got: number[] = [];
    const bytes = new TextEncoder().encode('UBND phường Hồng Bàng\n');
    writeAll(9, bytes, partial(3, got));
    expect(new Uint8Array(got)).toEqual(bytes);
  });

  it('writes a string as its UTF-8', () => {
    const got: number[] = [];
    writeAll(9, 'Hải Phòng', partial(2, got));
    expect(new TextDecoder().decode(new Uint8Array(got))).toBe('Hải Phòng');
  });
});
