/**
 * What every batch command (`check`, `dossiers`) does around its run: the report written to
 * `--out` whole or not at all (a temporary file renamed once complete; a failed or interrupted
 * run leaves the old file as it was), or to standard output.
 */
import { writeAll } from '../io/node/write-all.js';
import { openReport, refuseOutIsInput, withSignals, type ReportFile } from '../io/node/atomic-file.js';
import type { CliIo } from './command.js';
import type { ByteIo } from './commands/check.js';
import type { Input } from './check/input.js';
import type { Lang } from './format.js';

/**
 * Runs `body` with the report file of `out` (or none: standard output), committing it when
 * `body` returns 0 or 1 and leaving the old file otherwise. Refuses an output that is the input.
 * @throws UsageError for an output that cannot be opened or that is the input (before anything is written)
 */
export async function withReportFile(
  out: string | undefined,
  file: string,
  lang: Lang,
  input: Input,
  body: (report: ReportFile | undefined) => Promise<number>,
): Promise<number> {
  if (out === undefined) return body(undefined);
  let report: ReportFile;
  try {
    refuseOutIsInput(out, file, input.stats);
    report = openReport(out);
  } catch (e) {
    await input.close();
    throw e;
  }
  try {
    const code = await withSignals(
      () => report.abort(),
      () => body(report),
    );
    if (code === 2) report.abort();
    else report.commit();
    return code;
  } finally {
    report.abort();
  }
}

/** Where the report's bytes go: to a file, to an io that takes bytes, or to `io.out` as text (without the last line break; the CSV report's BOM kept). */
export function emitterOf(io: CliIo, file: ReportFile | undefined): (b: Uint8Array) => void {
  const outFd = file?.fd;
  if (outFd !== undefined) return (b) => writeAll(outFd, b);
  const outBytes = (io as ByteIo).outBytes;
  if (outBytes !== undefined) return (b) => outBytes(new Uint8Array(b)); // a copy: the sink reuses its buffer, a stream may keep the chunk
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return (b) => io.out(decoder.decode(b.subarray(0, b.length - 1)));
}
