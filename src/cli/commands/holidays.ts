/**
 * `vn-deadlines holidays validate <file> …`: checks official year files (the schema of
 * `holidays/<year>.json`, e.g. next year's, written from the Government's notice) before they are
 * used with `--holidays`. Wired into `run.ts` by the `commands` table.
 */
import en from 'zod/v4/locales/en.js';
import vi from 'zod/v4/locales/vi.js';
import { FIRST_YEAR, LAST_YEAR } from '../../calendar/create.js';
import { say } from '../../core/catalogue.js';
import type { Lang } from '../../core/lang.js';
import { holidayYearSchema } from '../../holidays/schema.js';
import { cliErrorText } from '../error-text.js';
import type { UsageError } from '../../core/usage-error.js';
import { langOf, readJsonFile, toJson, usageError, type Command } from '../command.js';
import { CLI_TEXT } from '../messages.js';

/** zod's own messages in the language asked (its Vietnamese locale), per parse: nothing global changes. */
const ZOD_LOCALE = { vi, en } as const;

const USAGE = 'vn-deadlines holidays validate <file> … [--json] [--lang vi|en]';

/** One file's verdict. */
interface FileReport {
  file: string;
  ok: boolean;
  year?: number;
  dataVersion?: string;
  entries?: number;
  problems: { path: string; message: string }[];
}

function validateFile(file: string, lang: Lang): FileReport {
  let raw: unknown;
  try {
    raw = readJsonFile(file);
  } catch (e) {
    return { file, ok: false, problems: [{ path: '(file)', message: cliErrorText(e as UsageError, lang) }] };
  }
  const parsed = holidayYearSchema.safeParse(raw, { error: ZOD_LOCALE[lang]().localeError });
  if (!parsed.success) {
    return { file, ok: false, problems: parsed.error.issues.map((i) => ({ path: i.path.length ? i.path.join('.') : '(root)', message: i.message })) };
  }
  const y = parsed.data;
  const problems =
    y.year < FIRST_YEAR || y.year > LAST_YEAR
      ? [{ path: 'year', message: say(CLI_TEXT, lang, 'holidaysYearOutside', { year: y.year, first: FIRST_YEAR, last: LAST_YEAR }) }]
      : [];
  return { file, ok: problems.length === 0, year: y.year, dataVersion: y.dataVersion, entries: y.entries.length, problems };
}

/** The `holidays` command, for `run.ts`'s command table. */
export const holidaysCommands: Record<string, Command> = {
  holidays: {
    usage: USAGE,
    options: { json: { type: 'boolean' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    run(pos, values, io) {
      if (pos[0] !== 'validate' || pos.length < 2) throw usageError('expectedValidate', { usage: USAGE.split('\n')[0] });
      const lang = langOf(values);
      const reports = pos.slice(1).map((f) => validateFile(f, lang));
      if (values.json) io.out(toJson(reports));
      for (const r of reports) {
        if (r.ok) {
          if (!values.json)
            io.out(say(CLI_TEXT, lang, 'holidaysOk', { file: r.file, year: r.year ?? '', dataVersion: r.dataVersion ?? '', entries: r.entries ?? 0 }));
        } else for (const p of r.problems) io.err(say(CLI_TEXT, lang, 'holidaysProblem', { file: r.file, path: p.path, message: p.message }));
      }
      return reports.every((r) => r.ok) ? 0 : 2;
    },
  },
};
