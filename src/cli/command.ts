/** What a CLI command is. Commands live in `src/cli/commands/*.ts` and are listed in `run.ts`. */
import type { ParseArgsConfig } from 'node:util';
import { getDefaultCalendar, createCalendar } from '../calendar/create.js';
import type { Calendar } from '../calendar/calendar.js';
import type { Lang } from './format.js';

/** Where the CLI writes. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal (progress lines go there only then). */
  errIsTTY?: boolean;
}

/** A usage error: one line on stderr, exit code 2; `code`, where given, is stable (programs and tests match it). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** One command. `run` returns the exit code. */
export interface Command {
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(positionals: string[], values: Record<string, unknown>, io: CliIo): number | Promise<number>;
}

/** Options every command takes. */
export const commonOptions = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  'include-pending': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The `--lang` value. */
export function langOf(values: Record<string, unknown>): Lang {
  const l = values.lang ?? 'vi';
  if (l !== 'vi' && l !== 'en') throw new UsageError(`--lang must be vi or en, got ${String(l)}`);
  return l;
}

/** The calendar the options ask for. */
export function calendarOf(values: Record<string, unknown>): Calendar {
  return values['include-pending'] ? createCalendar({ includePending: true }) : getDefaultCalendar();
}

/** Checks the number of positional arguments. */
export function expectArgs(positionals: string[], n: number, usage: string): void {
  if (positionals.length !== n) throw new UsageError(`expected ${n} argument${n === 1 ? '' : 's'}; usage: ${usage.split('\n')[0]}`);
}

/** Pretty JSON. */
export const toJson = (value: unknown): string => JSON.stringify(value, null, 2);
