/** Progress lines of `vn-deadlines check`, on a terminal only: a line every second or so. */
import { say } from '../../core/catalogue.js';
import { CLI_TEXT } from '../messages.js';

/** The locale of the numbers of a progress line. */
const LOCALE = { vi: 'vi-VN', en: 'en-US' } as const;
import type { CliIo } from '../command.js';
import type { Lang } from '../format.js';

/** Counts checked records and writes a progress line to stderr once `everyMs` have passed since the last one. */
export class Progress {
  done = 0;
  readonly #began = Date.now();
  #next: number;

  constructor(
    readonly tty: boolean,
    private readonly io: CliIo,
    private readonly lang: Lang,
    private readonly everyMs: number,
  ) {
    this.#next = this.#began + everyMs;
  }

  /** Writes a line if it is time. */
  tick(): void {
    const now = Date.now();
    if (now < this.#next) return;
    this.#next = now + this.everyMs;
    const done = this.done;
    const rate = Math.round((done / Math.max(1, now - this.#began)) * 1000);
    this.io.err(
      `vn-deadlines check: ${say(CLI_TEXT, this.lang, 'progress', { done: done.toLocaleString(LOCALE[this.lang]), rate: rate.toLocaleString(LOCALE[this.lang]) })}`,
    );
  }
}
