/**
 * A small least-recently-used memory of answers. The service is stateless and its calendar and
 * rules are fixed at start, so the same request always has the same answer: a one-stop system
 * that asks the due day of many dossiers with the same decision date gets the later ones from
 * here. `dueDate` itself is quick; writing out its steps and explanation (≈ 19 KB of JSON) is
 * what costs (≈ 0.1–0.2 ms), and that is what is kept.
 */

/** Longest JSON body whose answer is kept: the key holds it whole. */
export const REMEMBERED_BODY_CHARS = 4096;

/**
 * The key of a request's answer among those kept: method, path and query as sent, language and
 * JSON body; `undefined` for a body too long to keep.
 * @example `answerKey('POST', '/v1/due', 'vi', '{}') // 'POST /v1/due\nvi\n{}'`
 */
export function answerKey(method: string, url: string, lang: string, body: string | undefined): string | undefined {
  if (body !== undefined && body.length > REMEMBERED_BODY_CHARS) return undefined;
  return `${method} ${url}\n${lang}\n${body ?? ''}`;
}

/** A kept answer and when it was last used (a tick of its memory's clock). */
interface Kept<V> {
  value: V;
  used: number;
}

/**
 * At most `size` answers by key, the least recently used dropped first. A hit only stamps its
 * answer with the time of use (moving it to the end of the map, a delete and a set, cost ≈ 1.3 µs
 * of a kept answer's ≈ 30). When a new answer finds the memory full, the least recently used
 * quarter is dropped at once: one look through the answers (≈ 13 µs for 1,000) serves the next
 * quarter's new answers, not each of them.
 * @example
 * ```ts
 * // not run: an internal class of the CLI bundle
 * const memo = new AnswerMemo<string>(2);
 * memo.set('a', 'A');
 * memo.get('a'); // 'A'
 * memo.get('b'); // undefined
 * ```
 */
export class AnswerMemo<V> {
  readonly #map = new Map<string, Kept<V>>();
  #clock = 0;
  constructor(readonly size: number) {}

  /** The answer kept for `key`, now the most recently used; `undefined` when none is. */
  get(key: string): V | undefined {
    const kept = this.#map.get(key);
    if (kept === undefined) return undefined;
    kept.used = ++this.#clock;
    return kept.value;
  }

  /** Keeps `value` for `key`, dropping the least recently used answer when full. */
  set(key: string, value: V): void {
    if (this.size <= 0) return;
    const kept = this.#map.get(key);
    if (kept !== undefined) {
      kept.value = value;
      kept.used = ++this.#clock;
      return;
    }
    if (this.#map.size >= this.size) this.#dropLeastRecent(Math.max(1, Math.floor(this.size / 4)));
    this.#map.set(key, { value, used: ++this.#clock });
  }

  /** Drops the `n` answers used least recently (each answer's time of use is its own). */
  #dropLeastRecent(n: number): void {
    const times = Array.from(this.#map.values(), (kept) => kept.used).sort((a, b) => a - b);
    const keepFrom = times[n - 1];
    for (const [k, kept] of this.#map) if (kept.used <= keepFrom) this.#map.delete(k);
  }
}
