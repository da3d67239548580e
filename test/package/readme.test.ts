/**
 * Every code block of the README runs, against the built package (`dist/`):
 * - ```ts blocks run as ES modules; a statement followed by `// <literal>` asserts that value
 *   (test/support/doc-code.ts says how);
 * - ```sh blocks run line by line with `npx vn-deadlines` replaced by the built CLI, and must
 *   exit 0; the set-up lines (`npm ci …`) are what CI itself runs, so they are skipped.
 * - `npx vn-deadlines serve --port 8080` starts the built service once, on a free port, before the
 *   commands run; the lines that call `localhost:8080` (curl, the Java example) call it there.
 *   `docker` lines are skipped: there is no Docker daemon on the test machines
 *   (test/server/container.test.ts checks the Dockerfile's facts instead).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  const SERVE = /^npx vn-deadlines serve\b/;
  let service: { child: ChildProcess; host: string } | undefined;
  beforeAll(async () => {
    const serve = commands.find(({ c }) => SERVE.test(c));
    if (!serve) return;
    const args = serve.c.replace(SERVE, '').trim().split(/\s+/).filter(Boolean);
    const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'serve', ...args, '--port', '0', '--log-level', 'silent'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const host = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`README.md:${serve.line}: serve exited with ${code}`)));
      createInterface({ input: child.stderr }).on('line', (l) => {
        const m = /http:\/\/([\d.]+:\d+)/.exec(l);
        if (m) resolve(m[1]);
      });
    });
    service = { child, host };
  });
  afterAll(() => void service?.child.kill('SIGTERM'));

  for (const { c, line } of commands) {
    if (SERVE.test(c)) {
      it(`README.md:${line}: ${c} (started before the commands, on a free port)`, () => expect(service).toBeDefined());
      continue;
    }
    if (/^docker\b/.test(c)) {
      it.skip(`README.md:${line}: ${c} (no Docker daemon here)`, () => {});
      continue;
    }
    it(`README.md:${line}: ${c}`, () => {
      let run = c.replace(/^npx vn-deadlines/, `node ${join(root, 'dist/cli.js')}`);
      if (run.includes('localhost:8080')) run = run.replaceAll('localhost:8080', service!.host);
      expect(() => execFileSync('bash', ['-c', run], { cwd: root, stdio: 'pipe' })).not.toThrow();
    });
  }
});
