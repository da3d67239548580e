/**
 * Every code block of the README runs, against the built package (`dist/`):
 * - ```ts blocks run as ES modules; a statement followed by `// <literal>` asserts that value
 *   (test/support/doc-code.ts says how);
 * - ```sh blocks run line by line with `npx vn-deadlines` replaced by the built CLI, and must
 *   exit 0; the set-up lines (`npm ci …`) are what CI itself runs, so they are skipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PRELUDE, root, toAssertions } from '../support/doc-code.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], code: m[2], line: readme.slice(0, m.index).split('\n').length }));

describe('README code blocks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vn-deadlines-readme-'));
  const ts = blocks.filter((b) => b.lang === 'ts');
  it('has TypeScript examples with assertions in them', () => {
    expect(ts.length).toBeGreaterThan(0);
    expect(ts.map((b) => toAssertions(b.code, String)).join('\n')).toContain('__check(');
  });

  for (const b of ts) {
    it(`the ts block at README.md:${b.line} runs and its commented values hold`, async () => {
      const file = join(dir, `block-${b.line}.mjs`);
      writeFileSync(file, PRELUDE + toAssertions(b.code, (i) => `README.md:${b.line + 1 + i}`));
      await import(pathToFileURL(file).href);
    });
  }

  const commands = blocks
    .filter((b) => b.lang === 'sh')
    .flatMap((b) => b.code.split('\n').map((c, i) => ({ c: c.replace(/\s+#.*$/, '').trim(), line: b.line + 1 + i })))
    .filter(({ c }) => c && !c.startsWith('npm '));
  for (const { c, line } of commands) {
    it(`README.md:${line}: ${c}`, () => {
      const run = c.replace(/^npx vn-deadlines/, `node ${join(root, 'dist/cli.js')}`);
      expect(() => execFileSync('bash', ['-c', run], { cwd: root, stdio: 'pipe' })).not.toThrow();
    });
  }
});
