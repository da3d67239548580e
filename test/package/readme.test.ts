/**
 * Every code block of the README runs, against the built package (`dist/`):
 * - ```ts blocks run as ES modules; a statement followed by `// <literal>` (a 'string', a
 *   number, true or false) asserts that value ('… …' with a trailing ellipsis: a prefix), and
 *   `// throws <code>` asserts a VnDeadlinesError with that code;
 * - ```sh blocks run line by line with `npx vn-deadlines` replaced by the built CLI, and must
 *   exit 0; the set-up lines (`npm ci …`) are what CI itself runs, so they are skipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], code: m[2], line: readme.slice(0, m.index).split('\n').length }));

const LITERAL = /^('(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|true|false)(?:\s|$)/;

/** Turns `expr; // 'value' …` lines into assertions. */
function toAssertions(code: string, line: number): string {
  const dist = (entry: string) => pathToFileURL(join(root, 'dist', `${entry}.js`)).href;
  const body = code
    .replace(/from 'vn-deadlines\/(calendar|engine|ics|plan)'/g, (_m, entry: string) => `from '${dist(entry)}'`)
    .replace(/from 'vn-deadlines'/g, `from '${dist('index')}'`)
    .split('\n')
    .map((text, i) => {
      const m = /^(\s*)(?!const |let |import |export )(.+?);\s*\/\/\s*(.*)$/.exec(text);
      if (!m) return text;
      const where = `README.md:${line + 1 + i}`;
      const thrown = /^throws (\w+)/.exec(m[3]);
      if (thrown) return `${m[1]}__throws(() => ${m[2]}, '${thrown[1]}', '${where}');`;
      const lit = LITERAL.exec(m[3]);
      if (!lit) return text;
      return `${m[1]}__check(${m[2]}, ${lit[1]}, '${where}');`;
    })
    .join('\n');
  return `import assert from 'node:assert/strict';
const __check = (actual, expected, where) => {
  if (typeof expected === 'string' && expected.endsWith('…')) assert.ok(String(actual).startsWith(expected.slice(0, -1).trimEnd()), where + ': ' + actual);
  else assert.deepEqual(actual, expected, where);
};
const __throws = (f, code, where) => assert.throws(f, (e) => e.code === code, where);
${body}`;
}

describe('README code blocks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vn-deadlines-readme-'));
  const ts = blocks.filter((b) => b.lang === 'ts');
  it('has TypeScript examples with assertions in them', () => {
    expect(ts.length).toBeGreaterThan(0);
    expect(ts.map((b) => toAssertions(b.code, b.line)).join('\n')).toContain('__check(');
  });

  for (const b of ts) {
    it(`the ts block at README.md:${b.line} runs and its commented values hold`, async () => {
      const file = join(dir, `block-${b.line}.mjs`);
      writeFileSync(file, toAssertions(b.code, b.line));
      await import(pathToFileURL(file).href);
    });
  }

  const commands = blocks
    .filter((b) => b.lang === 'sh')
    .flatMap((b) => b.code.split('\n').map((c, i) => ({ c: c.replace(/\s+#.*$/, '').trim(), line: b.line + 1 + i })))
    .filter(({ c }) => c && !/^npm /.test(c));
  for (const { c, line } of commands) {
    it(`README.md:${line}: ${c}`, () => {
      const run = c.replace(/^npx vn-deadlines/, `node ${join(root, 'dist/cli.js')}`);
      expect(() => execFileSync('bash', ['-c', run], { cwd: root, stdio: 'pipe' })).not.toThrow();
    });
  }
});
