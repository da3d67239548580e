// Part of `npm run build`. The library bundles the parts of zod/mini it runs (tsup noExternal),
// so zod is not a dependency of the package; but the types of the exported schemas and of the
// data types inferred from them (HolidayYear, Plan, RuleDefinition, …) are zod/mini types. So
// that a consumer's TypeScript resolves them without installing zod (and with skipLibCheck
// false), the declaration files zod/mini needs are copied into dist/zod/ with zod's licence, and
// dist/*.d.ts / *.d.cts import them there instead of from 'zod/mini'.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const zod = dirname(require.resolve('zod/package.json'));
const out = 'dist/zod';
const version = JSON.parse(readFileSync(join(zod, 'package.json'), 'utf8')).version;

const declarations = (f) => f.endsWith('.d.ts') || f.endsWith('.d.cts');
for (const dir of ['mini', 'v4/mini', 'v4/core', 'v4/locales']) {
  mkdirSync(join(out, dir), { recursive: true });
  for (const f of readdirSync(join(zod, dir)).filter(declarations)) copyFileSync(join(zod, dir, f), join(out, dir, f));
}
copyFileSync(join(zod, 'LICENSE'), join(out, 'LICENSE'));
writeFileSync(
  join(out, 'README.md'),
  `Type declarations of zod ${version} (MIT, see LICENSE), the parts that zod/mini needs.\nvn-deadlines bundles the zod code it runs; these let TypeScript read its types without zod installed.\n`,
);

let rewritten = 0;
for (const f of readdirSync('dist')) {
  const ext = f.endsWith('.d.ts') ? 'js' : f.endsWith('.d.cts') ? 'cjs' : null;
  if (!ext) continue;
  const text = readFileSync(join('dist', f), 'utf8');
  const next = text.replace(/from 'zod\/mini'/g, `from './zod/mini/index.${ext}'`).replace(/import 'zod\/mini';/g, `import './zod/mini/index.${ext}';`);
  if (/['"]zod(\/[^'"]*)?['"]/.test(next)) throw new Error(`${f}: an import of zod other than 'zod/mini' is left; vendor it too`);
  if (next !== text) {
    writeFileSync(join('dist', f), next);
    rewritten++;
  }
}
if (rewritten === 0) throw new Error('no declaration file imports zod/mini: is this script still needed?');
