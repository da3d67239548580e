/** Reading a user's rule file from disk, bounded in size (Node.js ≥ 20.16; elsewhere the caller parses the file). */
import { errorIn, VnDeadlinesError } from '../core/errors.js';

/**
 * The largest rule file `loadRules` reads from disk. The shipped files hold 40 rules in about
 * 150 kB; a file a hundred times that size is a mistake or an attack, and is refused before it
 * is parsed.
 */
const MAX_RULE_FILE_BYTES = 10 * 1024 * 1024;

interface NodeFs {
  openSync(p: string, flags: 'r'): number;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: null): number;
  closeSync(fd: number): void;
}

/** Reads at most `limit + 1` bytes of a file (a pipe or a device too), so that a huge file is never held whole. */
function readBounded(fs: NodeFs, path: string, limit: number): { bytes: Uint8Array; tooLarge: boolean } {
  const fd = fs.openSync(path, 'r');
  try {
    let buf = new Uint8Array(64 * 1024);
    let used = 0;
    for (;;) {
      if (used === buf.length) {
        const bigger = new Uint8Array(Math.min(buf.length * 2, limit + 1));
        bigger.set(buf);
        buf = bigger;
      }
      const n = fs.readSync(fd, buf, used, buf.length - used, null);
      if (n === 0) return { bytes: buf.subarray(0, used), tooLarge: false };
      used += n;
      if (used > limit) return { bytes: buf.subarray(0, 0), tooLarge: true };
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** The parsed JSON of a rule file. @throws VnDeadlinesError `invalid_rule` (unreadable, too large, not JSON) @internal */
export function readRuleFile(path: string, fn: string): unknown {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = proc?.getBuiltinModule?.('node:fs') as NodeFs | undefined;
  if (!fs) {
    throw errorIn(fn, 'invalid_argument', `reading ${path} needs Node.js ≥ 20.16; elsewhere parse the file yourself and pass the object`, {
      value: path,
    });
  }
  let text: string;
  try {
    const { bytes, tooLarge } = readBounded(fs, path, MAX_RULE_FILE_BYTES);
    if (tooLarge) {
      throw errorIn(
        fn,
        'invalid_rule',
        `${path} is larger than ${MAX_RULE_FILE_BYTES / 1024 / 1024} MB, far more than any rule file needs; split it or check that it is the right file`,
        { where: path, limit: MAX_RULE_FILE_BYTES },
      );
    }
    // TextDecoder drops a leading byte-order mark, which editors on Windows add.
    text = new TextDecoder('utf-8').decode(bytes);
  } catch (e) {
    if (e instanceof VnDeadlinesError) throw e;
    throw errorIn(fn, 'invalid_rule', `cannot read ${path}: ${(e as Error).message}`, { where: path });
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw errorIn(fn, 'invalid_rule', `${path} is not JSON: ${(e as Error).message}`, { where: path });
  }
}

