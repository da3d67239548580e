/** What a CLI command is. Commands live in `src/cli/commands/*.ts` and are listed in `run.ts`. */
import type { ParseArgsConfig } from 'node:util';
import { readFileSync } from 'node:fs';
import { calendarWith } from '../io/node/setup.js';
import type { Calendar } from '../calendar/calendar.js';
import type { HolidayYear } from '../holidays/schema.js';
import { parseHolidayYear } from '../holidays/validate.js';
import type { Lang } from './format.js';
import { UsageError } from '../core/usage-error.js';
import { say, type Params } from '../core/catalogue.js';
import { CLI_TEXT } from './messages.js';

export { UsageError };

/** A usage error worded from the CLI's catalogue in the language asked. */
/**
 * A file that cannot be opened, in words: a missing file or a denied one by name in Vietnamese
 * (the system's English message, `ENOENT: no such file…`, stays in the English text).
 */
export function cannotRead(e: unknown, lead: string, file: string): UsageError {
  const code = (e as NodeJS.ErrnoException).code;
  const key = code === 'ENOENT' ? 'fileMissing' : code === 'EACCES' || code === 'EPERM' ? 'fileDenied' : 'cannotRead';
  return key === 'cannotRead' ? usageError(key, { lead, file, why: (e as Error).message }) : usageError(key, { lead, file });
}

export const usageError = (key: keyof (typeof CLI_TEXT)['vi'], params?: Params, code?: string): UsageError =>
  new UsageError(say(CLI_TEXT, 'en', key, params), code, (l) => say(CLI_TEXT, l, key, params));

/** Where the CLI writes. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal (progress lines go there only then). */
  errIsTTY?: boolean;
}

/** One command. `run` returns the exit code. */
export interface Command {
  /** The synopsis (the description is the catalogue's `help.<command>`, in the language asked). */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(positionals: string[], values: Record<string, unknown>, io: CliIo): number | Promise<number>;
}

/** Options every command takes. */
export const commonOptions = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  'include-pending': { type: 'boolean' },
  /** An official year file (the schema of holidays/<year>.json) to use in place of the shipped or provisional year; repeatable. */
  holidays: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The `--lang` value. */
export function langOf(values: Record<string, unknown>): Lang {
  const l = values.lang ?? 'vi';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- parseArgs gives --lang as a string
  if (l !== 'vi' && l !== 'en') throw usageError('lang', { value: String(l) });
  return l;
}

/**
 * The calendar the options ask for: pending days applied or not (`--include-pending`), official
 * year files loaded at run time (`--holidays FILE …`).
 * @throws as {@link readHolidayYear}
 */
export function calendarOf(values: Record<string, unknown>): Calendar {
  return calendarWith(values['include-pending'] === true, ((values.holidays as string[] | undefined) ?? []).map(readHolidayYear));
}

/**
 * Reads and validates one official year file.
 * @throws UsageError for a file that cannot be read or is not JSON; VnDeadlinesError
 *   `invalid_data` (naming the file and the path inside it) for one that fails the schema
 */
export function readHolidayYear(file: string): HolidayYear {
  return parseHolidayYear(readJsonFile(file), file);
}

/**
 * Reads a JSON file; a byte-order mark (Windows editors add one) is not part of the JSON.
 * @param option - the option that named the file, e.g. `'--events'`: it leads the error message
 * @throws UsageError naming the option and the file
 */
export function readJsonFile(file: string, option?: string): unknown {
  const lead = option === undefined ? '' : `${option}: `;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw cannotRead(e, lead, file);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw usageError('notJson', { lead, file, why: (e as Error).message });
  }
}

/** Checks the number of positional arguments. */
export function expectArgs(positionals: string[], n: number, usage: string): void {
  if (positionals.length !== n) throw usageError(n === 1 ? 'expectedArg' : 'expectedArgs', { n, usage: usage.split('\n')[0] });
}

/** Pretty JSON. */
export const toJson = (value: unknown): string => JSON.stringify(value, null, 2);

/**
 * A command of `arity` arguments whose answer is printed as JSON with `--json`, else as text in
 * the `--lang` language: the steps every such command repeats, in their order (the arguments
 * counted, the answer computed, then the output).
 * @param answer - the answer, from the arguments and options (checks them, builds the calendar)
 * @param text - writes the answer for people
 * @param json - what `--json` prints of the answer; the answer itself when left out
 * @example
 * ```ts
 * const day = answerCommand('vn-deadlines day <date>', commonOptions, 1, (pos, values) => calendarOf(values).dayInfo(pos[0]), (info, io) => io.out(info.date));
 * day.usage; // 'vn-deadlines day <date>'
 * ```
 */
export function answerCommand<T>(
  usage: string,
  options: Command['options'],
  arity: number,
  answer: (positionals: string[], values: Record<string, unknown>) => T,
  text: (answer: T, io: CliIo, lang: Lang) => void,
  json: (answer: T) => unknown = (a) => a,
): Command {
  return {
    usage,
    options,
    run(positionals, values, io) {
      expectArgs(positionals, arity, usage);
      const a = answer(positionals, values);
      if (values.json) io.out(toJson(json(a)));
      else text(a, io, langOf(values));
      return 0;
    },
  };
}

/** An option's value among `allowed`, or `undefined` when absent. @throws UsageError for another value */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw usageError('oneOf', { option, allowed: allowed.join(', '), value: JSON.stringify(value) });
  return value as T;
}
