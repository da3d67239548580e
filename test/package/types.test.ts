/**
 * A TypeScript consumer of the built package compiles without errors under every module
 * resolution still in use — node10 (`moduleResolution: node`, common in older codebases),
 * node16 from CommonJS and from ES modules, and bundler — with `skipLibCheck: false`, so that
 * the package's own declaration files are checked too, and without zod installed: the package
 * resolves as a dependency would (node_modules/vn-deadlines links to this repository, so
 * `exports`, `typesVersions` and `types` of package.json are what TypeScript reads).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');

const CONSUMER = `
import { addWorkingDays, createCalendar, dueDate, isVnDeadlinesError, VnDeadlinesError, type DueResult } from 'vn-deadlines';
import { compileRule, loadRules, parseOverlay, type HolidayYear } from 'vn-deadlines/validate';
import { isWorkingDay, type DayInfo } from 'vn-deadlines/calendar';
import { toEngineRules, toEngineRuleProperties } from 'vn-deadlines/engine';
import { agendaToIcs, nonWorkingDaysToIcs } from 'vn-deadlines/ics';
import { agenda, getPlan, type Plan } from 'vn-deadlines/plan';

const plan: Plan = getPlan();
const march: string = agendaToIcs(agenda({ from: '2025-03-01', to: '2025-03-31' }));
const due: string = addWorkingDays('2025-01-20', 10);
const open: boolean = isWorkingDay('2025-04-26');
const info: DayInfo | undefined = undefined;
const year: HolidayYear | undefined = undefined;
const result: DueResult | undefined = undefined;
const cal = createCalendar({ overlays: [parseOverlay({ name: { vi: 'x' }, entries: [] })] });
const size: number = loadRules([]).size;
const compile: typeof compileRule = compileRule;
const names: string[] = toEngineRuleProperties().map((r) => String(r.name));
const rules: unknown[] = toEngineRules();
const ics: string = nonWorkingDaysToIcs(2025);
function code(e: unknown): string | undefined {
  if (isVnDeadlinesError(e)) return e.code;
  return e instanceof VnDeadlinesError ? e.code : undefined;
}
export { due, open, info, year, result, cal, names, rules, ics, code, dueDate, agendaToIcs, plan, march };
`;

const setups: { name: string; type: 'module' | 'commonjs'; options: Record<string, unknown> }[] = [
  { name: 'node10 (moduleResolution: node), CommonJS', type: 'commonjs', options: { module: 'commonjs', moduleResolution: 'node10' } },
  { name: 'node16 from CommonJS', type: 'commonjs', options: { module: 'node16', moduleResolution: 'node16' } },
  { name: 'node16 from ES modules', type: 'module', options: { module: 'node16', moduleResolution: 'node16' } },
  { name: 'bundler', type: 'module', options: { module: 'esnext', moduleResolution: 'bundler' } },
];

describe('a TypeScript consumer with skipLibCheck false', () => {
  const base = mkdtempSync(join(tmpdir(), 'vn-deadlines-types-'));
  mkdirSync(join(base, 'node_modules'));
  symlinkSync(root, join(base, 'node_modules/vn-deadlines'), 'dir');

  // The four compilations start together (each takes seconds) and each test awaits its own.
  const compiled = setups.map((s) => {
    const dir = join(base, s.name.replace(/\W+/g, '-'));
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: s.type }));
    writeFileSync(join(dir, 'index.ts'), CONSUMER);
    const compilerOptions = { ...s.options, target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['index.ts'] }));
    return new Promise<string>((resolve) => {
      execFile(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' }, (error, stdout, stderr) =>
        resolve(error ? `${stdout}${stderr}` || error.message : ''),
      );
    });
  });

  setups.forEach((s, i) => {
    it(`compiles under ${s.name}`, async () => {
      expect(await compiled[i]).toBe('');
    });
  });
});
