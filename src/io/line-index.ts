/** Line numbers of CSV records from the byte offsets of their ends. */

/**
 * Line numbers of CSV records, from byte offsets: the offsets of the line breaks read so far
 * (kept only until records have passed them, so memory stays flat) and, for each record, the
 * offset where it ends (csv-parse's `info.bytes`, its line break included). A record starts on
 * the line of its end, less its own line break and the line breaks inside its quoted fields.
 * A line break is LF, CRLF (at its LF) or a lone CR, in any mix.
 * @internal
 */
export class LineIndex {
  #feeds: number[] = [];
  #head = 0;
  #before = 0;
  #last = -1;
  #offset = 0;
  /** Whether the last chunk ended with a CR (a line break unless the next chunk opens with LF). */
  #cr = false;

  /** Notes the line breaks of the next chunk of input. */
  add(bytes: Uint8Array): void {
    if (this.#cr && bytes.length > 0 && bytes[0] !== 10) this.#feeds.push(this.#offset - 1);
    if (bytes.length > 0) this.#cr = bytes[bytes.length - 1] === 13;
    let lf = bytes.indexOf(10);
    let cr = bytes.indexOf(13);
    while (lf >= 0 || cr >= 0) {
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        // A lone CR (one at the end of the chunk waits for the next chunk).
        if (cr + 1 < bytes.length && bytes[cr + 1] !== 10) this.#feeds.push(this.#offset + cr);
        cr = bytes.indexOf(13, cr + 1);
      } else {
        this.#feeds.push(this.#offset + lf);
        lf = bytes.indexOf(10, lf + 1);
      }
    }
    this.#offset += bytes.length;
  }

  /** Line feeds before byte `pos` (calls come with `pos` never decreasing). */
  #count(pos: number): number {
    const feeds = this.#feeds;
    while (this.#head < feeds.length && feeds[this.#head] < pos) this.#last = feeds[this.#head++];
    if (this.#head > 4096) {
      feeds.splice(0, this.#head);
      this.#before += this.#head;
      this.#head = 0;
    }
    return this.#before + this.#head;
  }

  /** The line a record ending at byte `end` starts on, given its fields. */
  startOf(end: number, fields: readonly string[]): number {
    const before = this.#count(end);
    let inner = 0;
    for (const f of fields) inner += breaks(f);
    return 1 + before - (this.#last === end - 1 ? 1 : 0) - inner;
  }

  /** The line just after byte `end` (where whatever follows a record starts). */
  after(end: number): number {
    return 1 + this.#count(end);
  }
}

/** The line breaks in a field (LF, CRLF, a lone CR), as {@link LineIndex} counts them. */
function breaks(f: string): number {
  let n = 0;
  for (let i = f.indexOf('\n'); i >= 0; i = f.indexOf('\n', i + 1)) n++;
  for (let i = f.indexOf('\r'); i >= 0; i = f.indexOf('\r', i + 1)) if (f.charCodeAt(i + 1) !== 10) n++;
  return n;
}
