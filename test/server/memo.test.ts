/** The service's memories: the answers kept (least recently used dropped first) and the last header read. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptsGzip } from '../../src/server/encoding.js';
import { langOfHeader } from '../../src/server/accept-language.js';
import { lastHeaderMemo } from '../../src/server/header-list.js';
import { AnswerMemo } from '../../src/server/memo.js';

/** The reference: keys in order of use, the least recent first; a new key in a full memory drops the least recent quarter. */
class ListLru {
  readonly order: string[] = [];
  readonly values = new Map<string, number>();
  constructor(readonly size: number) {}
  get(k: string): number | undefined {
    if (!this.values.has(k)) return undefined;
    this.order.splice(this.order.indexOf(k), 1);
    this.order.push(k);
    return this.values.get(k);
  }
  set(k: string, v: number): void {
    if (this.size <= 0) return;
    if (this.values.has(k)) this.order.splice(this.order.indexOf(k), 1);
    else if (this.order.length >= this.size) for (const k of this.order.splice(0, Math.max(1, Math.floor(this.size / 4)))) this.values.delete(k);
    this.order.push(k);
    this.values.set(k, v);
  }
}

describe('AnswerMemo', () => {
  it('drops the least recently used quarter when full, a hit counting as a use', () => {
    const m = new AnswerMemo<number>(8);
    for (let i = 0; i < 8; i++) m.set(`k${i}`, i);
    m.get('k0');
    m.get('k1');
    m.set('new', 8);
    // k2 and k3 were the least recently used two (a quarter of 8); k0 and k1 were used since.
    expect(['k0', 'k1', 'k2', 'k3', 'k4', 'new'].map((k) => m.get(k))).toEqual([0, 1, undefined, undefined, 4, 8]);
  });

  it('drops the least recently used answer, a hit counting as a use', () => {
    const m = new AnswerMemo<string>(2);
    m.set('a', 'A');
    m.set('b', 'B');
    expect(m.get('a')).toBe('A'); // a is now more recent than b
    m.set('c', 'C');
    expect(m.get('b')).toBeUndefined();
    expect(m.get('a')).toBe('A');
    expect(m.get('c')).toBe('C');
  });

  it('replaces the answer of a key it holds without dropping another', () => {
    const m = new AnswerMemo<string>(2);
    m.set('a', 'A');
    m.set('b', 'B');
    m.set('a', 'A2');
    expect([m.get('a'), m.get('b')]).toEqual(['A2', 'B']);
  });

  it('keeps nothing with size 0', () => {
    const m = new AnswerMemo<string>(0);
    m.set('a', 'A');
    expect(m.get('a')).toBeUndefined();
  });

  it('answers as a list of keys in order of use would, whatever the gets and sets', () => {
    const op = fc.record({ get: fc.boolean(), key: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'), value: fc.integer() });
    // Long runs on few keys: the cases where a hit saves an answer from being dropped.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.array(op, { minLength: 20, maxLength: 80 }), (size, ops) => {
        const memo = new AnswerMemo<number>(size);
        const ref = new ListLru(size);
        for (const o of ops) {
          if (o.get) expect(memo.get(o.key)).toBe(ref.get(o.key));
          else {
            memo.set(o.key, o.value);
            ref.set(o.key, o.value);
          }
        }
      }),
    );
  });
});

describe('lastHeaderMemo', () => {
  it('reads a header again only when it changes', () => {
    let reads = 0;
    const length = lastHeaderMemo((h) => (reads++, h.length));
    expect([length('gzip'), length('gzip'), length('br'), length('gzip')]).toEqual([4, 4, 2, 4]);
    expect(reads).toBe(3);
  });

  it('leaves the answers of acceptsGzip and langOfHeader as they were, headers alternating', () => {
    const cases: [string, boolean, 'vi' | 'en'][] = [
      ['gzip', true, 'vi'],
      ['gzip;q=0, *', false, 'vi'],
      ['en-US,en;q=0.9,vi;q=0.8', false, 'en'],
      ['*', true, 'vi'],
      ['vi;q=0.5, en;q=0.6', false, 'en'],
    ];
    for (let round = 0; round < 2; round++)
      for (const [h, gzip, lang] of [...cases, ...cases.slice().reverse()]) {
        expect(acceptsGzip(h)).toBe(gzip);
        expect(langOfHeader(h)).toBe(lang);
      }
  });
});
