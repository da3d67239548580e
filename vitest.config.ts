import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { viteHolidayData } from './scripts/holiday-data-plugin.js';
import { viteRuleFiles } from './scripts/rule-files-plugin.js';

// The library's answers must never depend on the host time zone (docs/domain.md#days): the unit
// and property tests run once per zone below.
const zones = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles'];

// Tests that spawn the built CLI or node, bundle, pack or run tsc: they test the built package and
// its processes, not the zone arithmetic (which the tests above cover in every zone), and they are
// the slow ones. They run once, in the `once` project, under the zone with a negative offset and
// daylight saving time, where a zone mistake shows first. A test file that imports
// node:child_process is one of them, found here so that a new one cannot be forgotten. The SQL
// differential test (DuckDB against the library, on date strings) is slow and zone-free too.
const testDir = new URL('./test/', import.meta.url);
const spawning = readdirSync(testDir, { recursive: true, encoding: 'utf8' })
  .map((f) => f.replaceAll('\\', '/'))
  .filter((f) => f.endsWith('.test.ts') && /from ['"](node:)?child_process['"]/.test(readFileSync(new URL(f, testDir), 'utf8')))
  .map((f) => `test/${f}`);
// The HTTP service's tests start real servers: zone-free, and once is enough.
const once = ['test/package/**/*.test.ts', 'test/sql/**/*.test.ts', 'test/server/**/*.test.ts', ...spawning];

export default defineConfig({
  plugins: [viteHolidayData(), viteRuleFiles()],
  test: {
    // Both cores of a 2-core machine (vitest's default leaves one idle for itself).
    maxWorkers: 2,
    // No test races a clock: on a shared 2-core machine a property test that takes 1 s alone can
    // take 6 s, past vitest's default of 5 s. A test that hangs still fails, after a minute.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      ...zones.map((tz) => ({
        extends: true as const,
        // The library has no global state, so a worker need not re-import it for each file.
        test: { name: `TZ=${tz}`, env: { TZ: tz }, include: ['test/**/*.test.ts'], exclude: once, isolate: false },
      })),
      {
        extends: true as const,
        test: { name: 'once', env: { TZ: 'America/Los_Angeles' }, include: once },
      },
    ],
  },
});
