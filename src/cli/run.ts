/**
 * The command-line interface, as a function so that tests can run it in-process.
 * `vn-deadlines <command> …`; every command has `--help`. Bad input: one line on stderr,
 * exit code 2.
 */
import { parseArgs } from 'node:util';
import { VnDeadlinesError } from '../core/errors.js';
import { yearDays } from '../calendar/year-days.js';
import type { PendingNotice } from '../calendar/types.js';
import { dayLine, LEGEND, monthGrid } from './format.js';
import { answerCommand, calendarOf, commonOptions as common, expectArgs, langOf, toJson, UsageError, usageError, type CliIo, type Command } from './command.js';
import { say } from '../core/catalogue.js';
import { dayText } from '../core/date-text.js';
import type { Lang } from '../core/lang.js';
import { cliErrorText } from './error-text.js';
import { CLI_TEXT, type HelpKey } from './messages.js';
import { demo, demoData } from './demo.js';
import { ruleCommands } from './commands/rules.js';
import { calendarIcs, planCommands } from './commands/plan.js';
import { checkCommands } from './commands/check.js';
import { dossierCommands } from './commands/dossiers.js';
import { holidaysCommands } from './commands/holidays.js';
import { exportCommands } from './commands/export.js';
import { serveCommands } from './commands/serve.js';
import pkg from '../../package.json';
import { parseDayText } from '../core/day-text.js';

/** A date argument as a clerk types it (`30/04/2025`) or ISO; anything else is left for the calendar's own error. */
const dayArg = (text: string): string => parseDayText(text) ?? text;

export type { CliIo } from './command.js';

const commands: Record<string, Command> = {
  day: answerCommand(
    'vn-deadlines day <date> [--json] [--lang vi|en] [--include-pending] [--holidays year.json …]',
    common,
    1,
    (pos, values) => calendarOf(values).dayInfo(dayArg(pos[0])),
    (info, io, l) => io.out(dayLine(info, l)),
  ),
  add: answerCommand(
    'vn-deadlines add <date> <n> [--json] [--lang vi|en] [--include-pending] [--holidays year.json …]',
    common,
    2,
    (pos, values) => {
      if (!/^[+-]?\d+$/.test(pos[1])) throw usageError('wholeNumber', { value: JSON.stringify(pos[1]) });
      const cal = calendarOf(values);
      const n = Number(pos[1]);
      return { cal, date: dayArg(pos[0]), n, ...cal.detailed.addWorkingDays(dayArg(pos[0]), n) };
    },
    ({ cal, date, result, provisional, pending }, io, l) => {
      const [from, to] = date < result ? [date, result] : [result, date];
      io.out(result);
      io.out(dayLine(cal.dayInfo(result), l));
      for (const d of cal.nonWorkingDays(from, to))
        if (d.reasons.some((r) => r.kind !== 'weekend')) io.out(say(CLI_TEXT, l, 'skipped', { day: dayLine(d, l) }));
      notes(io, l, provisional, pending);
    },
    ({ cal, date, n, result, provisional, pending }) => ({ date, n, result, provisional, pending, dataVersion: cal.dataVersion }),
  ),
  between: answerCommand(
    'vn-deadlines between <a> <b> [--json] [--include-pending] [--holidays year.json …]',
    common,
    2,
    (pos, values) => {
      const cal = calendarOf(values);
      return { cal, from: dayArg(pos[0]), to: dayArg(pos[1]), ...cal.detailed.workingDaysBetween(dayArg(pos[0]), dayArg(pos[1])) };
    },
    ({ result, provisional, pending }, io, l) => {
      io.out(String(result));
      notes(io, l, provisional, pending);
    },
    ({ cal, from, to, result, provisional, pending }) => ({ from, to, workingDays: result, provisional, pending, dataVersion: cal.dataVersion }),
  ),
  calendar: {
    usage: 'vn-deadlines calendar <year> [--month m] [--json|--ics] [--lang vi|en] [--include-pending] [--holidays year.json …]',
    options: { ...common, month: { type: 'string' }, ics: { type: 'boolean' } },
    run(pos, values, io) {
      expectArgs(pos, 1, this.usage);
      if (!/^\d{4}$/.test(pos[0])) throw usageError('year', { value: JSON.stringify(pos[0]) });
      const year = Number(pos[0]);
      const cal = calendarOf(values);
      const months = values.month === undefined ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [Number(values.month)];
      if (months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) throw usageError('month', { value: String(values.month) });
      cal.dayInfo(`${pos[0]}-01-01`); // coverage check, with the calendar's own error
      if (values.ics) {
        io.out(calendarIcs(year, values));
        return 0;
      }
      if (values.json) {
        io.out(toJson(yearDays(cal, year, months)));
      } else {
        const l = langOf(values);
        io.out(months.map((m) => monthGrid(cal, year, m, l)).join('\n\n'));
        io.out('\n' + LEGEND[l]);
      }
      return 0;
    },
  },
  demo: answerCommand(
    'vn-deadlines demo [--json] [--lang vi|en]',
    common,
    0,
    () => undefined,
    (_, io, l) => demo(io, l),
    () => demoData(),
  ),
  ...ruleCommands,
  ...planCommands,
  ...checkCommands,
  ...dossierCommands,
  ...holidaysCommands,
  ...exportCommands,
  ...serveCommands,
};

/** The honesty lines: a provisional day or a pending announcement under the answer. */
function notes(io: CliIo, l: Lang, provisional: boolean, pending: PendingNotice[]): void {
  for (const p of pending) io.out(say(CLI_TEXT, l, 'notePending', { date: dayText(p.date, l), name: p.name[l], note: p.note[l] }));
  if (provisional) io.out(say(CLI_TEXT, l, 'noteProvisional'));
}

/**
 * A negative number ('add 2025-02-10 -10', '--month -1') is an argument or a value, not an
 * option: it is marked before `parseArgs` sees it and unmarked after, in positionals and values.
 */
const NEGATIVE = '\u0000';
const unmark = (v: unknown): unknown =>
  typeof v === 'string' ? (v.startsWith(NEGATIVE) ? v.slice(NEGATIVE.length) : v) : Array.isArray(v) ? v.map(unmark) : v;

/**
 * Parses a command's arguments. Unknown options and misused ones are found on parseArgs'
 * tokens first, so that the message names the option in our words (Node's own text quotes
 * it unevenly) and says where the list is.
 */
function parseCommandArgs(name: string, command: Command, rest: string[]): { positionals: string[]; values: Record<string, unknown> } {
  const args = rest.map((a) => (/^-\d+$/.test(a) ? NEGATIVE + a : a));
  const { tokens } = parseArgs({ args, options: command.options, allowPositionals: true, strict: false, tokens: true });
  const byShort = new Map(Object.entries(command.options).flatMap(([long, o]) => (o.short ? [[o.short, long] as const] : [])));
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const long = t.rawName.startsWith('--') ? t.name : byShort.get(t.name);
    const spec = long !== undefined && Object.hasOwn(command.options, long) ? command.options[long] : undefined;
    const problem =
      spec === undefined
        ? 'unknownOption'
        : spec.type === 'string' && t.value === undefined
          ? 'needsValue'
          : spec.type === 'boolean' && t.inlineValue
            ? 'takesNoValue'
            : null;
    if (problem !== null) throw usageError(problem, { option: t.rawName, command: name });
  }
  const parsed = parseArgs({ args, options: command.options, allowPositionals: true, strict: true });
  const values: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parsed.values)) values[k] = unmark(v);
  return { positionals: parsed.positionals.map((p) => unmark(p) as string), values };
}

/** The top-level help, in the language asked. */
const help = (l: Lang): string =>
  [
    say(CLI_TEXT, l, 'title'),
    '',
    say(CLI_TEXT, l, 'commands'),
    ...Object.values(commands).map((c) => '  ' + c.usage.split('\n')[0]),
    '',
    say(CLI_TEXT, l, 'footer'),
  ].join('\n');

/** A command's help: its synopsis, then its description from the catalogue, in the language asked. */
const commandHelp = (name: string, command: Command, l: Lang): string => `${command.usage}\n${say(CLI_TEXT, l, `help.${name}` as HelpKey)}`;

/** The `--lang` of a command line, read before the arguments are parsed (so that their errors are in it); vi when absent or unknown. */
function langArg(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (v === 'en' || v === 'vi') return v;
  }
  return 'vi';
}

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code:
 * 0 done, 2 unusable arguments or input.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const l = langArg(argv);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help' || name === '--lang') {
    io.out(help(l));
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.out(pkg.version);
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`vn-deadlines: ${say(CLI_TEXT, l, 'unknownCommand', { name: JSON.stringify(name) })}`);
    return 2;
  }
  // Help before the arguments are checked: `serve --help --lang en` shows the English help, though
  // `serve` itself takes no --lang.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(name, command, l));
    return 0;
  }
  try {
    const { positionals, values } = parseCommandArgs(name, command, rest);
    return await command.run(positionals, values, io);
  } catch (e) {
    if (e instanceof VnDeadlinesError || e instanceof UsageError) {
      io.err(`vn-deadlines ${name}: ${cliErrorText(e, l)}`);
      return 2;
    }
    if (e instanceof Error && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`vn-deadlines ${name}: ${e.message.split('\n')[0]}; run 'vn-deadlines ${name} --help'`);
      return 2;
    }
    throw e;
  }
}
