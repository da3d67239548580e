/**
 * What `npm pack` ships: the built package, the editors' schemas and the domain notes the TSDoc
 * points to, nothing else. (`scripts/check-consumer.mjs`, run by CI, packs with the scripts on
 * from a removed dist/ and installs the tarball.)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('npm pack', () => {
  const files: string[] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }))[0].files.map(
    (f: { path: string }) => f.path,
  );

  it('ships every entry point, ESM and CJS, with types, and the CLI', () => {
    for (const entry of ['index', 'calendar', 'engine', 'ics']) {
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) expect(files).toContain(`dist/${entry}.${ext}`);
    }
    expect(files).toContain('dist/cli.js');
  });

  it('ships the JSON Schemas for editors, and no test, bench, source, example or data source', () => {
    const allowed =
      /^(dist\/|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$|docs\/domain\.md$|holidays\/(overlay\.)?schema\.json$|rules\/schema\.json$|plans\/schema\.json$)/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    for (const f of ['holidays/overlay.schema.json', 'rules/schema.json', 'LICENSE']) expect(files).toContain(f);
  });

  it("ships no source map (they would embed every source) and zod's declarations beside the types that use them", () => {
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const f of ['dist/zod/LICENSE', 'dist/zod/mini/index.d.ts', 'dist/zod/mini/index.d.cts', 'dist/zod/v4/core/index.d.ts']) expect(files).toContain(f);
    for (const f of ['docs/domain.md']) expect(files).toContain(f);
  });

  it('builds before packing, so that a fresh clone packs dist/ (npm runs prepack for npm pack and npm publish)', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    expect(pkg.scripts.prepack).toMatch(/\bnpm run build\b/);
  });

  it('exports every entry and the JSON Schemas, and types every entry for node10 too', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    for (const s of ['rules/schema.json', 'plans/schema.json', 'holidays/schema.json', 'holidays/overlay.schema.json']) {
      expect(pkg.exports[`./${s}`]).toBe(`./${s}`);
      expect(files).toContain(s);
    }
    for (const e of ['calendar', 'engine', 'ics', 'messages', 'plan']) expect(files).toContain(pkg.typesVersions['*'][e][0].replace(/^\.\//, ''));
  });
});
