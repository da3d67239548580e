/** What `npm pack` ships: the built package and the editors' schemas, nothing else. */
import { execFileSync } from 'node:child_process';
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
    const allowed = /^(dist\/|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$|holidays\/(overlay\.)?schema\.json$|rules\/(plan\.)?schema\.json$)/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    for (const f of ['holidays/overlay.schema.json', 'rules/schema.json', 'LICENSE']) expect(files).toContain(f);
  });
});
