/**
 * Build-time loading of the official calendar data: every `holidays/<year>.json` becomes part
 * of the virtual module `virtual:vn-holidays`, validated by the zod schema as it is read. A
 * maintainer adds next year's file and rebuilds; no code changes. A broken file stops the build
 * with the file, the path inside it and what was expected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import { holidayYearSchema } from '../src/holidays/schema.js';
import { statutoryDays } from '../src/statutory/index.js';
import { daysFromCivil, tryParseIsoDay } from '../src/core/days.js';

export const VIRTUAL_ID = 'virtual:vn-holidays';
const dir = fileURLToPath(new URL('../holidays/', import.meta.url));

/** Source of the virtual module: `export default [<year files, validated, by year>]`. */
export function holidayDataModule(): string {
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}\.json$/.test(f))
    .sort();
  const years = files.map((f) => {
    const raw: unknown = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const parsed = holidayYearSchema.safeParse(raw);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  holidays/${f} at ${i.path.join('.') || '(root)'}: ${i.message}`);
      throw new Error(`invalid calendar data:\n${lines.join('\n')}`);
    }
    if (parsed.data.year !== Number(f.slice(0, 4))) throw new Error(`holidays/${f}: "year" is ${parsed.data.year}`);
    const { $schema: _schema, ...data } = parsed.data;
    return data;
  });
  // A JSON string parsed at run time: V8 reads JSON faster than the same object literal.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(years))});`;
}

export const STATUTORY_ID = 'virtual:vn-statutory';
/** The years whose statutory days are precomputed (the calendar's, FIRST_YEAR–LAST_YEAR). */
const STATUTORY_FIRST_YEAR = 2013;
const STATUTORY_LAST_YEAR = 2100;
/** Day d of a year is packed as two characters, char0 + (d >> 5) and char0 + (d & 31): '0'–'O', plain ASCII that no string escapes. */
const STATUTORY_CHAR0 = 48;

/**
 * Source of `virtual:vn-statutory`: the days off of `statutoryDays(year)` (the statutory layer,
 * which needs the lunar calendar) for each year of the calendar, computed at build time so that
 * building a calendar computes no lunar month. Packed as text: per year, comma-separated, each
 * day as two characters (see STATUTORY_CHAR0), about 2 KB in all.
 */
export function statutoryModule(): string {
  const years: string[] = [];
  for (let year = STATUTORY_FIRST_YEAR; year <= STATUTORY_LAST_YEAR; year++) {
    const jan1 = daysFromCivil(year, 1, 1);
    const dec31 = daysFromCivil(year, 12, 31);
    let packed = '';
    for (const d of statutoryDays(year)) {
      const day = tryParseIsoDay(d.date)!;
      if (!d.off || day < jan1 || day > dec31) continue;
      packed += String.fromCharCode(STATUTORY_CHAR0 + ((day - jan1) >> 5), STATUTORY_CHAR0 + ((day - jan1) & 31));
    }
    years.push(packed);
  }
  return `export default ${JSON.stringify({ firstYear: STATUTORY_FIRST_YEAR, char0: STATUTORY_CHAR0, days: years.join(',') })};`;
}

/** esbuild (tsup) plugin. */
export function esbuildHolidayData(): EsbuildPlugin {
  return {
    name: 'vn-holidays',
    setup(build) {
      build.onResolve({ filter: /^virtual:vn-(holidays|observances|statutory)$/ }, (args) => ({ path: args.path, namespace: 'vn-holidays' }));
      build.onLoad({ filter: /.*/, namespace: 'vn-holidays' }, (args) => ({
        contents: args.path === VIRTUAL_ID ? holidayDataModule() : args.path === STATUTORY_ID ? statutoryModule() : observancesModule(),
        loader: 'js',
        watchFiles: readdirSync(dir).map((f) => join(dir, f)),
      }));
    },
  };
}

/** Vite (vitest) plugin. */
export function viteHolidayData() {
  const modules: Record<string, () => string> = { [VIRTUAL_ID]: holidayDataModule, [OBSERVANCES_ID]: observancesModule, [STATUTORY_ID]: statutoryModule };
  return {
    name: 'vn-holidays',
    resolveId: (id: string) => (id in modules ? '\0' + id : undefined),
    load: (id: string) => (id.startsWith('\0') && id.slice(1) in modules ? modules[id.slice(1)]() : undefined),
  };
}

export const OBSERVANCES_ID = 'virtual:vn-observances';

/**
 * Source of `virtual:vn-observances`: date-holidays' Vietnamese observances (days that are
 * marked but are not days off), as rules — a solar `[month, day]` or a lunar `[month, day]` —
 * with their Vietnamese and English names. Their dates are computed by this library (its own
 * lunar calendar), so date-holidays is never loaded at run time.
 */
export function observancesModule(): string {
  const require = createRequire(import.meta.url);
  interface Rule {
    rule: string;
    type: string;
    name: Record<string, string>;
  }
  const Holidays = require('date-holidays') as new (country: string) => { getRules(): Rule[] };
  const rules = new Holidays('VN').getRules();
  const out = rules
    .filter((r) => r.type === 'observance')
    .map((r) => {
      const solar = /^(\d{2})-(\d{2})$/.exec(r.rule);
      const lunar = /^vietnamese (\d+)-0-(\d+)$/.exec(r.rule);
      if (!solar && !lunar) throw new Error(`date-holidays VN observance with an unsupported rule: ${r.rule}`);
      const [m, d] = (solar ?? lunar)!.slice(1).map(Number);
      return { calendar: solar ? 'solar' : 'lunar', month: m, day: d, name: { vi: r.name.vi ?? r.name.en, en: r.name.en } };
    });
  return `export default ${JSON.stringify(out)};`;
}
