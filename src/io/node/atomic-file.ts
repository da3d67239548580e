/**
 * The report file of `vn-deadlines check --out`: written whole or not at all. The report goes to
 * a temporary file beside the target (same directory, so same file system) and is renamed over
 * the target once complete; a failed or interrupted run removes the temporary file and leaves
 * the previous report as it was. The output is refused when it is the input itself.
 */
import { say } from '../../core/catalogue.js';
import { IO_TEXT } from '../messages.js';
import { closeSync, fchmodSync, fstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../../core/usage-error.js';
import type { Lang } from '../../core/lang.js';

/** A report file being written. */
export interface ReportFile {
  readonly fd: number;
  /** Puts the report in place (renames the temporary file over the target). */
  commit(): void;
  /** Drops what was written: the target stays as it was. Safe to call twice, and after `commit`. */
  abort(): void;
}

const statOf = (path: string): Stats | undefined => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

const realOf = (path: string): string | undefined => {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
};

/** The usage error of an `--out` file that cannot be written, worded in the language the user asked for. */
const cannotWrite = (out: string, why: string): UsageError =>
  new UsageError(say(IO_TEXT, 'en', 'cannotWrite', { out, why }), undefined, (l) => say(IO_TEXT, l, 'cannotWrite', { out, why }));

/**
 * Refuses an output that is the input: the same path once links are resolved, or the same file
 * (device and inode: a hard link, a symbolic link, a bind mount). Called before anything is
 * opened for writing.
 * @param input - the input's path (`-` for standard input) and, where known, its stats
 * @throws UsageError `out_is_input`
 */
export function refuseOutIsInput(out: string, file: string, inputStats: Stats | undefined): void {
  const o = statOf(out);
  if (o === undefined) return; // a new file cannot be the input
  const samePath = file !== '-' && realOf(out) !== undefined && realOf(out) === realOf(file);
  const sameFile = inputStats !== undefined && inputStats.isFile() && o.dev === inputStats.dev && o.ino === inputStats.ino;
  if (!samePath && !sameFile) return;
  const text = (l: Lang): string => say(IO_TEXT, l, 'outIsInput', { out, input: file === '-' ? say(IO_TEXT, l, 'stdin') : file });
  throw new UsageError(text('en'), 'out_is_input', text);
}

/** The stats of standard input when it is a regular file (`… < file`), else `undefined`. */
export function stdinStats(): Stats | undefined {
  try {
    const st = fstatSync(0);
    return st.isFile() ? st : undefined;
  } catch {
    return undefined;
  }
}

/** A file that cannot be replaced (`/dev/null`, a pipe, a terminal), written in place. */
function openInPlace(out: string): ReportFile {
  let fd: number;
  try {
    fd = openSync(out, 'w');
  } catch (e) {
    throw cannotWrite(out, (e as Error).message);
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return { fd, commit: close, abort: close };
}

/**
 * Opens the report file. A regular file (or a new one) is written through a temporary file
 * beside it (the target of a symbolic link, so that the link stays a link; its permissions
 * kept); anything else (`/dev/null`, a pipe, a terminal) is written in place, as it cannot be
 * replaced.
 * @throws UsageError when the file cannot be written
 */
export function openReport(out: string): ReportFile {
  const st = statOf(out);
  if (st !== undefined && !st.isFile()) return openInPlace(out);
  const target = st !== undefined ? (realOf(out) ?? out) : out;
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', 0o666);
  } catch (e) {
    // The message would name the temporary file: say what is wrong with the directory.
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? `no directory ${dirname(target)}`
        : code === 'EACCES' || code === 'EPERM'
          ? `no permission to write in ${dirname(target)}`
          : (e as Error).message;
    throw cannotWrite(out, why);
  }
  if (st !== undefined) {
    try {
      fchmodSync(fd, st.mode & 0o7777);
    } catch {
      // not ours to change: the new report keeps the default permissions
    }
  }
  let state: 'open' | 'done' = 'open';
  return {
    fd,
    commit() {
      if (state !== 'open') return;
      state = 'done';
      try {
        closeSync(fd);
        renameSync(tmp, target);
      } catch (e) {
        try {
          unlinkSync(tmp);
        } catch {
          // already gone
        }
        throw cannotWrite(out, (e as Error).message);
      }
    },
    abort() {
      if (state !== 'open') return;
      state = 'done';
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      try {
        unlinkSync(tmp);
      } catch {
        // already gone
      }
    },
  };
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/**
 * While `body` runs, SIGINT, SIGTERM and SIGHUP call `onSignal` (which removes the temporary
 * file) and end the process with the conventional code, 128 + the signal's number (130 for
 * Ctrl-C). The handlers are removed when `body` settles.
 */
export async function withSignals<T>(onSignal: () => void, body: () => Promise<T>): Promise<T> {
  const handlers = Object.entries(SIGNALS).map(([name, n]) => {
    const h = () => {
      onSignal();
      process.exit(128 + n);
    };
    process.on(name, h);
    return [name, h] as const;
  });
  try {
    return await body();
  } finally {
    for (const [name, h] of handlers) process.off(name, h);
  }
}
