/**
 * A small least-recently-used memory of answers. The service is stateless and its calendar and
 * rules are fixed at start, so the same question always has the same answer: a one-stop system
 * that asks the due day of many dossiers with the same decision date gets the later ones from
 * here. `dueDate` itself is quick; writing out its steps and explanation (≈ 19 KB of JSON) is
 * what costs (≈ 0.1–0.2 ms), and that is what is kept.
 */

/**
 * At most `size` answers by key, the least recently used dropped first.
 * @example
 * ```ts
 * // not run: an internal class of the CLI bundle
 * const memo = new AnswerMemo(2);
 * memo.get('a', () => 'A'); // 'A' (computed)
 * memo.get('a', () => 'other'); // 'A' (remembered)
 * ```
 */
export class AnswerMemo<V = string> {
  readonly #map = new Map<string, V>();
  constructor(readonly size: number) {}

  /** The answer to `key`: remembered, or made by `make` (and remembered; a throw is not). */
  get(key: string, make: () => V): V {
    const hit = this.#map.get(key);
    if (hit !== undefined) {
      this.#map.delete(key);
      this.#map.set(key, hit);
      return hit;
    }
    const value = make();
    if (this.size > 0) {
      if (this.#map.size >= this.size) this.#map.delete(this.#map.keys().next().value!);
      this.#map.set(key, value);
    }
    return value;
  }
}
