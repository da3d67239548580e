import { runCli } from './run.js';
import type { ByteIo } from './commands/check.js';

const io: ByteIo = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  errIsTTY: process.stderr.isTTY === true,
  outBytes: (b) => process.stdout.write(b),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`vn-deadlines: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);
