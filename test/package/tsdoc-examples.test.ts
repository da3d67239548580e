/**
 * Every TSDoc `@example` in src/ runs (test/support/tsdoc-examples.ts finds them), with the
 * assertions of test/support/doc-code.ts in its loose TSDoc style: `expr; // 'value': prose`,
 * `// [array]` or `// { object }` literals, and a value comment on the line after the statement.
 *
 * An example runs against the built package (`dist/`): each name it uses that an entry of the
 * package exports is imported from there. A name that no entry exports (an internal helper, or a
 * documented export the entries do not re-export yet) is imported from the src/ module that
 * exports it; the test prints those names, so the gap stays visible. Names that examples use
 * without declaring them (`cal`, `records`, `io` …) are given by FIXTURES below. An example whose
 * first line is `// not run: <reason>` is not run (it needs a user's file, or writes one) but is
 * counted, and still has to compile.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { distUrl, ENTRIES, PRELUDE, root, toAssertions } from '../support/doc-code.js';
import { tsdocExamples } from '../support/tsdoc-examples.js';

const examples = tsdocExamples(root);

/** Values the examples use without declaring them, as source (may use the package's names). */
const FIXTURES: Record<string, string> = {
  cal: 'getDefaultCalendar()',
  records: `[
    { id: 'A', rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-02-11' },
    { id: 'B', rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-02-07' },
  ]`,
  io: '{ out: () => {}, err: () => {} }',
  values: '{}',
  myRule: `shippedRules().get('hp-2025/central-tthc-list')`,
  // The CLI's own command table (src/cli/main.ts), which the command examples spread.
  builtIn: '{}',
};
/** Per example, where a name means something else than in FIXTURES. */
const TEXT: Record<string, string> = {
  'src/holidays/schema.ts': `readFileSync(${JSON.stringify(join(root, 'holidays/2025.json'))}, 'utf8')`,
  'src/rules/schema.ts': `readFileSync(${JSON.stringify(join(root, 'rules/hp-2025.json'))}, 'utf8')`,
};

/** name → the src/ module that exports it (by the `export function|const|class name` lines). */
function srcExports(): Map<string, string> {
  const out = new Map<string, string>();
  const files = tsdocFiles();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(/^export (?:async )?(?:function\*?|const|class|let) (\w+)/gm)) if (!out.has(m[1])) out.set(m[1], file);
  }
  return out;
}
/** The names a src/ module exports (by the same lines). */
const ownExports = (file: string) =>
  new Set([...readFileSync(join(root, file), 'utf8').matchAll(/^export (?:async )?(?:function\*?|const|class|let) (\w+)/gm)].map((m) => m[1]));
function tsdocFiles(): string[] {
  return [...new Set(examples.map((e) => e.file)), 'src/core/days.ts', 'src/core/errors.ts'];
}

const words = (code: string) => new Set(code.replace(/\/\/.*$/gm, '').match(/[A-Za-z_$][\w$]*/g) ?? []);
const imported = (code: string) =>
  new Set(
    [...code.matchAll(/^import\s*\{([^}]*)\}/gm)].flatMap((m) =>
      m[1].split(',').map((s) =>
        s
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
      ),
    ),
  );

describe('TSDoc @examples', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vn-deadlines-tsdoc-'));
  const dist = new Map<string, string>();
  for (const entry of ENTRIES) for (const name of Object.keys(await import(distUrl(entry)))) if (!dist.has(name)) dist.set(name, entry);
  const src = srcExports();
  const fromSrc = new Map<string, string>();

  /** The example as a module: its imports, the names it uses, then its code in a block of its own. */
  function moduleOf(e: (typeof examples)[number]): ts.TranspileOutput {
    const lines = e.code.split('\n');
    const body = toAssertions(e.code, (i) => `${e.file}:${e.lines[i]}`, { loose: true }).split('\n');
    const own = lines.map((l, i) => (/^import\s/.test(l) ? body[i] : undefined)).filter((l) => l !== undefined);
    const rest = body.map((l, i) => (/^import\s/.test(lines[i]) ? '' : l));
    const used = words(e.code);
    const mine = imported(e.code);
    const head: string[] = ["import { readFileSync } from 'node:fs';"];
    const fixtures: string[] = [];
    const need = new Set([...used].filter((w) => !mine.has(w)));
    for (const [name, source] of Object.entries(FIXTURES)) if (need.has(name)) for (const w of words(source)) need.add(w);
    if (need.has('text')) for (const w of words(TEXT[e.file] ?? '')) need.add(w);
    for (const name of [...need].sort()) {
      if (name === 'readFileSync') continue;
      // A name the example's own module exports is that module's (several modules export `messages`).
      const file = ownExports(e.file).has(name) ? e.file : src.get(name);
      if (dist.has(name) && file === src.get(name)) head.push(`import { ${name} } from '${distUrl(dist.get(name)!)}';`);
      else if (file !== undefined && !(name in FIXTURES)) {
        head.push(`import { ${name} } from '${pathToFileURL(join(root, file)).href}';`);
        fromSrc.set(name, file);
      }
    }
    for (const [name, source] of Object.entries(FIXTURES)) if (used.has(name) && !mine.has(name)) fixtures.push(`const ${name} = ${source};`);
    if (used.has('text') && TEXT[e.file]) fixtures.push(`const text = ${TEXT[e.file]};`);
    const source = [PRELUDE, ...own, ...head, ...fixtures, '{', ...rest, '}'].join('\n');
    return ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext }, reportDiagnostics: true });
  }

  const run = examples.filter((e) => !e.notRun);
  const notRun = examples.filter((e) => e.notRun);

  it('finds the examples, and most of them assert something', () => {
    expect(examples.length).toBeGreaterThan(90);
    const asserting = run.filter((e) => toAssertions(e.code, String, { loose: true }).includes('__')).length;
    console.log(`TSDoc @examples: ${examples.length}; ${run.length} run (${asserting} with assertions), ${notRun.length} not run:`);
    for (const e of notRun) console.log(`  ${e.where}: ${e.notRun}`);
    expect(asserting / run.length).toBeGreaterThan(0.6);
  });

  for (const e of run) {
    it(`${e.where} runs and its commented values hold`, async () => {
      const file = join(dir, `${e.where.replace(/[/:.]/g, '_')}.mjs`);
      writeFileSync(file, moduleOf(e).outputText);
      await import(pathToFileURL(file).href);
    });
  }

  for (const e of notRun) {
    it(`${e.where} (not run: ${e.notRun}) compiles`, () => {
      expect(moduleOf(e).diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
    });
  }

  it('names the helpers that examples had to take from src/ (not exported by any entry)', () => {
    console.log(`from src/, not from dist/: ${[...fromSrc].map(([n, f]) => `${n} (${f})`).join(', ') || 'none'}`);
  });
});
