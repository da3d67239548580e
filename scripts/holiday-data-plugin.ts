/**
 * Build-time loading of the official calendar data: every `holidays/<year>.json` becomes part
 * of the virtual module `virtual:vn-holidays`, validated by the zod schema as it is read. A
 * maintainer adds next year's file and rebuilds; no code changes. A broken file stops the build
 * with the file, the path inside it and what was expected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import { holidayYearSchema } from '../src/holidays/schema.js';

export const VIRTUAL_ID = 'virtual:vn-holidays';
const dir = fileURLToPath(new URL('../holidays/', import.meta.url));

/** Source of the virtual module: `export default [<year files, validated, by year>]`. */
export function holidayDataModule(): string {
  const files = readdirSync(dir).filter((f) => /^\d{4}\.json$/.test(f)).sort();
  const years = files.map((f) => {
    const raw = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const parsed = holidayYearSchema.safeParse(raw);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  holidays/${f} at ${i.path.join('.') || '(root)'}: ${i.message}`);
      throw new Error(`invalid calendar data:\n${lines.join('\n')}`);
    }
    if (parsed.data.year !== Number(f.slice(0, 4))) throw new Error(`holidays/${f}: "year" is ${parsed.data.year}`);
    const { $schema: _schema, ...data } = parsed.data;
    return data;
  });
  return `export default ${JSON.stringify(years)};`;
}

/** esbuild (tsup) plugin. */
export function esbuildHolidayData(): EsbuildPlugin {
  return {
    name: 'vn-holidays',
    setup(build) {
      build.onResolve({ filter: /^virtual:vn-holidays$/ }, () => ({ path: VIRTUAL_ID, namespace: 'vn-holidays' }));
      build.onLoad({ filter: /.*/, namespace: 'vn-holidays' }, () => ({
        contents: holidayDataModule(),
        loader: 'js',
        watchFiles: readdirSync(dir).map((f) => join(dir, f)),
      }));
    },
  };
}

/** Vite (vitest) plugin. */
export function viteHolidayData() {
  const resolved = '\0' + VIRTUAL_ID;
  return {
    name: 'vn-holidays',
    resolveId: (id: string) => (id === VIRTUAL_ID ? resolved : undefined),
    load: (id: string) => (id === resolved ? holidayDataModule() : undefined),
  };
}
