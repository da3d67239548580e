/** The service's log batches: nothing lost, nothing reordered, written by size, by time (fake timers) and at the end. */
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LogBatch } from '../../src/server/log-batch.js';

/** A destination that records its writes and its flushes. */
function recorder() {
  const writes: string[] = [];
  let flushes = 0;
  return { writes, flushes: () => flushes, dest: { write: (s: string) => void writes.push(s), flushSync: () => void flushes++ } };
}

afterEach(() => void vi.useRealTimers());

describe('LogBatch', () => {
  it('holds lines until the batch size, then writes them joined, in order', () => {
    const r = recorder();
    const batch = new LogBatch(r.dest, 10, 0);
    batch.write('aaaa\n');
    batch.write('bbb\n');
    expect(r.writes).toEqual([]);
    batch.write('cc\n'); // 5 + 4 + 3 = 12 ≥ 10
    expect(r.writes).toEqual(['aaaa\nbbb\ncc\n']);
    batch.write('d\n');
    expect(r.writes).toEqual(['aaaa\nbbb\ncc\n']);
  });

  it('flush writes what waits at once, and nothing when nothing waits', () => {
    const r = recorder();
    const batch = new LogBatch(r.dest, 4096, 0);
    batch.flush();
    expect(r.writes).toEqual([]);
    batch.write('listening\n');
    batch.flush();
    expect(r.writes).toEqual(['listening\n']);
  });

  it('end writes the rest and flushes the destination', () => {
    const r = recorder();
    const batch = new LogBatch(r.dest, 4096, 0);
    batch.write('x\n');
    batch.write('y\n');
    batch.end();
    expect(r.writes).toEqual(['x\ny\n']);
    expect(r.flushes()).toBe(1);
  });

  it('writes a waiting batch after everyMs; once ended, a line at once', () => {
    vi.useFakeTimers();
    const r = recorder();
    const batch = new LogBatch(r.dest, 4096, 1000);
    batch.write('one\n');
    vi.advanceTimersByTime(999);
    expect(r.writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(r.writes).toEqual(['one\n']);
    batch.end();
    batch.write('late\n');
    expect(r.writes).toEqual(['one\n', 'late\n']);
    vi.advanceTimersByTime(5000);
    expect(r.writes).toEqual(['one\n', 'late\n']);
  });

  it("keeps every one of pino's lines, whole and in order", () => {
    const r = recorder();
    const batch = new LogBatch(r.dest, 256, 0);
    const log = pino({ level: 'info' }, batch);
    for (let i = 0; i < 100; i++) log.info({ i, path: '/v1/due', unit: 'UBND phường Hồng Bàng' }, 'request');
    batch.end();
    expect(r.writes.length).toBeGreaterThan(1);
    const lines = r.writes.join('').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => (JSON.parse(l) as { i: number; unit: string }).i)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect((JSON.parse(lines[0]) as { unit: string }).unit).toBe('UBND phường Hồng Bàng');
  });
});
