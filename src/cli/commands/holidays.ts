/**
 * `vn-deadlines holidays validate <file> …`: checks official year files (the schema of
 * `holidays/<year>.json`, e.g. next year's, written from the Government's notice) before they are
 * used with `--holidays`. Wired into `run.ts` by the `commands` table.
 */
import { FIRST_YEAR, LAST_YEAR } from '../../calendar/create.js';
import { holidayYearSchema } from '../../holidays/schema.js';
import { readJsonFile, toJson, usageError, type Command } from '../command.js';

const USAGE =
  'vn-deadlines holidays validate <file> … [--json]\n' +
  '  Checks official year files (the schema of holidays/<year>.json) for use with --holidays: one line per file,\n' +
  '  "<file>: ok …" on stdout, or one "<file> at <path>: <problem>" line per problem on stderr.\n' +
  '  Exit code: 0 every file is valid; 2 a file is invalid or cannot be read.\n' +
  '  Example: vn-deadlines holidays validate 2027.json && vn-deadlines add 2027-02-01 5 --holidays 2027.json';

/** One file's verdict. */
interface FileReport {
  file: string;
  ok: boolean;
  year?: number;
  dataVersion?: string;
  entries?: number;
  problems: { path: string; message: string }[];
}

function validateFile(file: string): FileReport {
  let raw: unknown;
  try {
    raw = readJsonFile(file);
  } catch (e) {
    return { file, ok: false, problems: [{ path: '(file)', message: (e as Error).message }] };
  }
  const parsed = holidayYearSchema.safeParse(raw);
  if (!parsed.success) {
    return { file, ok: false, problems: parsed.error.issues.map((i) => ({ path: i.path.length ? i.path.join('.') : '(root)', message: i.message })) };
  }
  const y = parsed.data;
  const problems =
    y.year < FIRST_YEAR || y.year > LAST_YEAR ? [{ path: 'year', message: `${y.year} is outside the calendar's years ${FIRST_YEAR}–${LAST_YEAR}` }] : [];
  return { file, ok: problems.length === 0, year: y.year, dataVersion: y.dataVersion, entries: y.entries.length, problems };
}

/** The `holidays` command, for `run.ts`'s command table. */
export const holidaysCommands: Record<string, Command> = {
  holidays: {
    usage: USAGE,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    run(pos, values, io) {
      if (pos[0] !== 'validate' || pos.length < 2) throw usageError('expectedValidate', { usage: USAGE.split('\n')[0] });
      const reports = pos.slice(1).map(validateFile);
      if (values.json) io.out(toJson(reports));
      for (const r of reports) {
        if (r.ok) {
          if (!values.json) io.out(`${r.file}: ok — year ${r.year}, dataVersion ${r.dataVersion}, ${r.entries} entries`);
        } else for (const p of r.problems) io.err(`${r.file} at ${p.path}: ${p.message}`);
      }
      return reports.every((r) => r.ok) ? 0 : 2;
    },
  },
};
