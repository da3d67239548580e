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

/**
 * At most `size` answers by key, the least recently used dropped first.
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
  readonly #map = new Map<string, V>();
  constructor(readonly size: number) {}

  /** The answer kept for `key`, now the most recently used; `undefined` when none is. */
  get(key: string): V | undefined {
    const hit = this.#map.get(key);
    if (hit !== undefined) {
      this.#map.delete(key);
      this.#map.set(key, hit);
    }
    return hit;
  }

  /** Keeps `value` for `key`, dropping the least recently used answer when full. */
  set(key: string, value: V): void {
    if (this.size <= 0) return;
    if (this.#map.size >= this.size) this.#map.delete(this.#map.keys().next().value!);
    this.#map.set(key, value);
  }
}
