import { defineConfig } from 'tsup';
import { esbuildHolidayData } from './scripts/holiday-data-plugin.js';
import { esbuildRuleFiles } from './scripts/rule-files-plugin.js';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      calendar: 'src/calendar/index.ts',
      engine: 'src/engine.ts',
      ics: 'src/ics/index.ts',
      messages: 'src/messages/index.ts',
      plan: 'src/plan/index.ts',
      validate: 'src/validate.ts',
      dossier: 'src/dossier/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    // No source maps in the package: they embed every source (≈ 6 MB of the 8 MB dist/) and the
    // consumer's install must stay small; vitest runs src/ directly.
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    // zod/mini is bundled so that only the parts used are loaded (the package costs ~50 ms to import).
    noExternal: ['zod'],
    esbuildPlugins: [esbuildHolidayData(), esbuildRuleFiles()],
  },
  {
    // The worker threads of `check --workers` load check-worker.js by URL, beside cli.js.
    entry: { cli: 'src/cli/main.ts', 'check-worker': 'src/io/node/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: false,
    // The CLI is run, not imported: whitespace and syntax minified (names kept, so a stack trace
    // still reads), which keeps the consumer's install under 10 MiB with the HTTP service and
    // the dossier clock in it (5.4 → see CHANGELOG).
    minifyWhitespace: true,
    minifySyntax: true,
    // zod is bundled here too, so that it is not a runtime dependency of the package.
    noExternal: ['zod'],
    // Optional: loaded by `export calendar --format parquet` only when the user has installed it.
    // by Excel input and reports (exceljs), and by `serve` (hono, @hono/node-server, pino): optional peer dependencies.
    external: ['@duckdb/node-api', 'exceljs', 'hono', '@hono/node-server', 'pino'],
    esbuildPlugins: [esbuildHolidayData(), esbuildRuleFiles()],
  },
]);
