import { parseArgs } from 'node:util';
import { UsageError, type CliIo } from '../../src/cli/command.js';
import { checkCommands } from '../../src/cli/commands/check.js';
import { VnDeadlinesError } from '../../src/core/errors.js';

/**
 * Runs `vn-deadlines check …` in-process the way run.ts runs a command (a usage or library
 * error: one line on stderr, exit code 2), collecting stdout and stderr.
 */
export async function check(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (s) => out.push(s), err: (s) => err.push(s), errIsTTY: false };
  let code: number;
  try {
    const command = checkCommands.check;
    const { positionals, values } = parseArgs({ args, options: command.options, allowPositionals: true, strict: true });
    code = await command.run(positionals, values, io);
  } catch (e) {
    if (!(e instanceof UsageError || e instanceof VnDeadlinesError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))) throw e;
    err.push(`vn-deadlines check: ${(e as Error).message}`);
    code = 2;
  }
  return { code, out: out.join('\n'), err: err.join('\n') };
}
