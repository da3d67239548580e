import { runCli } from './run.js';
import type { ByteIo } from './commands/check.js';

// A reader that stops early (`… | head -1`) closes the pipe: that is a normal end, not an error.
// Exit quietly with 0 rather than print an unhandled EPIPE and exit 1, the code --fail-on uses.
const closedPipe = (e: NodeJS.ErrnoException): void => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
};
process.stdout.on('error', closedPipe);
process.stderr.on('error', closedPipe);

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
