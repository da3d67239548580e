// `npm run check:consumer` (CI runs it): what a user of the published package gets.
// 1. dist/ is removed and `npm pack` runs with its scripts, as from a fresh clone: prepack must
//    build, and the tarball must hold every entry point, the CLI, the types and the schemas.
// 2. The tarball is installed into an empty project from the npm registry: node_modules stays
//    at most 10 MiB (disk usage, as `du -s` counts it), with no build-time package in it.
// 3. There, `import` and `require` of every entry and JSON Schema work, `npx vn-deadlines` runs,
//    and TypeScript compiles a consumer under node10, node16 and bundler with skipLibCheck false.
// Not part of `npm test`: it needs the network and takes a while; it does not depend on the
// host time zone.
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LIMIT = 10 * 1024 * 1024;
const root = fileURLToPath(new URL('../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'vn-deadlines-consumer-'));
const problems = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) problems.push(what);
};
const run = (cmd, args, cwd, env = {}) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });

// 1. Pack as from a fresh clone.
rmSync(join(root, 'dist'), { recursive: true, force: true });
run('npm', ['pack', '--pack-destination', work, '--loglevel=error'], root);
const tarball = join(
  work,
  readdirSync(work).find((f) => f.endsWith('.tgz')),
);
const files = new Set(
  run('tar', ['-tzf', tarball], work)
    .split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, '')),
);
const wanted = ['cli.js', 'zod/mini/index.d.ts'];
for (const e of ['index', 'calendar', 'engine', 'ics', 'messages', 'plan']) for (const x of ['js', 'cjs', 'd.ts', 'd.cts']) wanted.push(`${e}.${x}`);
const missing = wanted.map((f) => `dist/${f}`).filter((f) => !files.has(f));
check(
  missing.length === 0,
  `npm pack (prepack builds dist/) ships ${wanted.length} dist files${missing.length ? `; missing ${missing.join(', ')}` : ''} (${files.size} files)`,
);
for (const f of ['rules/schema.json', 'plans/schema.json', 'holidays/schema.json', 'holidays/overlay.schema.json']) check(files.has(f), `npm pack ships ${f}`);

// 2. Install into an empty project.
const app = join(work, 'app');
mkdirSync(app);
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
run('npm', ['install', tarball, '--no-audit', '--no-fund', '--loglevel=error'], app);

/** Disk usage in bytes, as `du -s` counts it (allocated blocks), without following links. */
function usage(path) {
  const st = lstatSync(path);
  let n = st.blocks * 512;
  if (st.isDirectory()) for (const f of readdirSync(path)) n += usage(join(path, f));
  return n;
}
const nm = join(app, 'node_modules');
const mib = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const packages = readdirSync(nm)
  .filter((f) => !f.startsWith('.'))
  .flatMap((f) => (f.startsWith('@') ? readdirSync(join(nm, f)).map((g) => `${f}/${g}`) : [f]));
for (const p of packages.map((p) => [p, usage(join(nm, p))]).sort((a, b) => b[1] - a[1])) console.log(`     ${mib(p[1]).padStart(9)}  ${p[0]}`);
const total = usage(nm);
check(total <= LIMIT, `npm i vn-deadlines: node_modules is ${mib(total)} (limit ${mib(LIMIT)})`);
for (const p of ['date-holidays', 'zod', 'typescript']) check(!packages.includes(p), `${p} is not installed for users`);

// 3. Use it.
const cjs = `
const m = require('vn-deadlines');
if (m.addWorkingDays('2025-01-20', 10) !== '2025-02-10') throw new Error('main');
if (require('vn-deadlines/calendar').isWorkingDay('2025-04-26') !== true) throw new Error('calendar');
if (!require('vn-deadlines/ics').nonWorkingDaysToIcs(2025).startsWith('BEGIN:VCALENDAR')) throw new Error('ics');
if (require('vn-deadlines/engine').toEngineRules().length === 0) throw new Error('engine');
if (require('vn-deadlines/plan').getPlan().rows.length !== 38) throw new Error('plan');
for (const s of ['rules/schema.json', 'plans/schema.json', 'holidays/schema.json', 'holidays/overlay.schema.json'])
  if (typeof require('vn-deadlines/' + s).$schema !== 'string') throw new Error(s);
`;
const esm = `
const m = await import('vn-deadlines');
if (m.addWorkingDays('2025-01-20', 10) !== '2025-02-10') throw new Error('main');
if ((await import('vn-deadlines/calendar')).isWorkingDay('2025-04-26') !== true) throw new Error('calendar');
if (!(await import('vn-deadlines/ics')).nonWorkingDaysToIcs(2025).startsWith('BEGIN:VCALENDAR')) throw new Error('ics');
if ((await import('vn-deadlines/engine')).toEngineRules().length === 0) throw new Error('engine');
if ((await import('vn-deadlines/plan')).getPlan().rows.length !== 38) throw new Error('plan');
const schema = await import('vn-deadlines/rules/schema.json', { with: { type: 'json' } });
if (typeof schema.default.$schema !== 'string') throw new Error('schema');
`;
for (const [name, args] of [
  ['require() of every entry and schema', ['-e', cjs]],
  ['import() of every entry and a schema', ['--input-type=module', '-e', esm]],
]) {
  try {
    run(process.execPath, args, app);
    check(true, name);
  } catch (e) {
    check(false, `${name}: ${e.stderr || e.message}`);
  }
}
try {
  const help = run('npx', ['--no-install', 'vn-deadlines', '--help'], app);
  const added = run('npx', ['--no-install', 'vn-deadlines', 'add', '2025-01-20', '10'], app);
  check(help.includes('vn-deadlines day') && added.startsWith('2025-02-10'), 'npx vn-deadlines --help and add 2025-01-20 10 (→ 2025-02-10) run');
} catch (e) {
  check(false, `npx vn-deadlines: ${e.stderr || e.message}`);
}

const tsc = join(root, 'node_modules/typescript/bin/tsc');
const consumer = `import { addWorkingDays, isVnDeadlinesError } from 'vn-deadlines';
import { loadRules, type HolidayYear } from 'vn-deadlines/validate';
import { errorText } from 'vn-deadlines/messages';
import { dossierDeadline } from 'vn-deadlines/dossier';
import { isWorkingDay } from 'vn-deadlines/calendar';
import { toEngineRules } from 'vn-deadlines/engine';
import { agendaToIcs } from 'vn-deadlines/ics';
import { agenda, type Plan } from 'vn-deadlines/plan';
const y: HolidayYear | undefined = undefined;
const p: Plan | undefined = undefined;
export const out: unknown[] = [addWorkingDays('2025-01-20', 1), isWorkingDay('2025-01-01'), toEngineRules(), agendaToIcs(agenda({ from: '2025-03-01', to: '2025-03-31' })), isVnDeadlinesError, y, p, loadRules([]).size, errorText, dossierDeadline];
`;
for (const [name, type, module, moduleResolution] of [
  ['node10', 'commonjs', 'commonjs', 'node10'],
  ['node16', 'module', 'node16', 'node16'],
  ['bundler', 'module', 'esnext', 'bundler'],
]) {
  const dir = join(app, `ts-${name}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type }));
  writeFileSync(join(dir, 'index.ts'), consumer);
  const compilerOptions = { module, moduleResolution, target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['index.ts'] }));
  try {
    run(process.execPath, [tsc, '-p', dir], dir);
    check(true, `tsc, moduleResolution ${name}, skipLibCheck false`);
  } catch (e) {
    check(false, `tsc, moduleResolution ${name}: ${e.stdout}`);
  }
}

rmSync(work, { recursive: true, force: true });
if (problems.length) {
  console.error(`check:consumer: ${problems.length} problem(s)`);
  process.exit(1);
}
