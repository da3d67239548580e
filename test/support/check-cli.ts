import { parseArgs } from 'node:util';
import { UsageError, type CliIo } from '../../src/cli/command.js';
import { checkCommands, type CheckRun } from '../../src/cli/commands/check.js';
import { cliErrorText } from '../../src/cli/error-text.js';
import { VnDeadlinesError } from '../../src/core/errors.js';
import { shippedRules } from '../../src/rules/registry.js';

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
    const lang = args.includes('en') && args[args.indexOf('en') - 1] === '--lang' ? 'en' : 'vi';
    err.push(`vn-deadlines check: ${e instanceof UsageError || e instanceof VnDeadlinesError ? cliErrorText(e, lang) : (e as Error).message}`);
    code = 2;
  }
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A {@link CheckRun} for an NDJSON report with the shipped rules and no options, changed by `over`. */
export function checkRunOf(over: Partial<CheckRun> & Pick<CheckRun, 'file' | 'format'>): CheckRun {
  return {
    report: 'ndjson',
    lang: 'en',
    failOn: new Set(),
    whatIfPending: false,
    includePending: false,
    rules: shippedRules(),
    rulePaths: [],
    ...over,
  };
}
