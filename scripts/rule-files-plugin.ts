/**
 * Build-time loading of the shipped rule files, found by pattern as the holiday files are: every
 * `rules/<name>.json` except `schema.json` becomes part of the virtual module `virtual:vn-rules`,
 * as `[path in the package, validated file]` pairs sorted by file name. A maintainer adds a rule
 * file and rebuilds; no code changes. Each file is validated here against the rule schema (a
 * broken one stops the build, naming its path and what is wrong) and emitted with the schema's
 * defaults filled in, so that the library never loads zod for its own rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import { parseRuleFile } from '../src/rules/schema.js';

const RULES_ID = 'virtual:vn-rules';
const dir = fileURLToPath(new URL('../rules/', import.meta.url));

/** The rule files: `rules/*.json` but the schema, by name. */
export const ruleFileNames = (): string[] =>
  readdirSync(dir)
    .filter((f) => /^[a-z0-9][a-z0-9.-]*\.json$/.test(f) && f !== 'schema.json')
    .sort();

/** Source of the virtual module: `export default [["rules/<file>", <validated file>], …]`. */
function ruleFilesModule(): string {
  const files = ruleFileNames().map((f) => {
    const where = `rules/${f}`;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    } catch (e) {
      throw new Error(`${where}: not JSON: ${(e as Error).message}`, { cause: e });
    }
    return [where, parseRuleFile(json, where, 'build')];
  });
  return `export default ${JSON.stringify(files)};`;
}

/** esbuild (tsup) plugin. */
export function esbuildRuleFiles(): EsbuildPlugin {
  return {
    name: 'vn-rules',
    setup(build) {
      build.onResolve({ filter: /^virtual:vn-rules$/ }, (args) => ({ path: args.path, namespace: 'vn-rules' }));
      build.onLoad({ filter: /.*/, namespace: 'vn-rules' }, () => ({
        contents: ruleFilesModule(),
        loader: 'js',
        watchFiles: readdirSync(dir).map((f) => join(dir, f)),
      }));
    },
  };
}

/** Vite (vitest) plugin. */
export function viteRuleFiles() {
  return {
    name: 'vn-rules',
    resolveId: (id: string) => (id === RULES_ID ? '\0' + id : undefined),
    load: (id: string) => (id === '\0' + RULES_ID ? ruleFilesModule() : undefined),
  };
}
