/**
 * Code in the documentation runs, against the built package (`dist/`). Shared by the README
 * test (test/package/readme.test.ts) and the TSDoc @example test (test/package/tsdoc-examples.test.ts):
 * - a statement followed by `// <literal>` (a 'string', a number, true or false) asserts that
 *   value ('… …' with a trailing ellipsis: a prefix), and `// throws <code>` asserts a
 *   VnDeadlinesError with that code; any other comment is prose and asserts nothing;
 * - `from 'vn-deadlines'` and `from 'vn-deadlines/<entry>'` import the built files.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The package's entries, as `vn-deadlines/<entry>` (the main one is `index`). */
export const ENTRIES = ['index', 'calendar', 'engine', 'ics', 'messages', 'plan', 'validate', 'dossier'] as const;
export const distUrl = (entry: string) => pathToFileURL(join(root, 'dist', `${entry}.js`)).href;

const LITERAL = /^('(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|true|false)(?:\s|$)/;
/** As LITERAL, but the literal may also be followed by `:`, `,` or `)` and prose (`// '2025-02-10': Tết skipped`). */
const LITERAL_LOOSE = /^('(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|true|false|undefined)(?=[\s:,;)]|$)/;

/**
 * A commented array or object value (`// ['a', 'b']`, `// { year: 2025, leap: false } — prose`):
 * the balanced brackets at the start, if they are a complete literal (no `…`, no names).
 */
function bracketLiteral(comment: string): string | undefined {
  if (!comment.startsWith('[') && !comment.startsWith('{')) return undefined;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < comment.length; i++) {
    const c = comment[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === "'") quoted = false;
    } else if (c === "'") quoted = true;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      if (--depth > 0) continue;
      const text = comment.slice(0, i + 1);
      if (text.includes('…') || text.includes('...')) return undefined;
      try {
        // Evaluated here only to see that it is a literal: a name in it throws a ReferenceError.
        // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the text is the documentation's own
        new Function(`return (${text});`)();
        return text;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export interface AssertionOptions {
  /**
   * The TSDoc style: a literal may be followed by `:` and prose, an array or object literal is
   * asserted too, and a comment alone on the line after a statement asserts that statement.
   */
  loose?: boolean;
}

/** The helpers the assertions call, as module source. */
export const PRELUDE = `import assert from 'node:assert/strict';
const __check = (actual, expected, where) => {
  if (typeof expected === 'string' && expected.endsWith('…')) assert.ok(String(actual).startsWith(expected.slice(0, -1).trimEnd()), where + ': ' + actual);
  else assert.deepEqual(actual, expected, where);
};
const __throws = (f, code, where) => assert.throws(f, (e) => e.code === code, where);
`;

/**
 * Turns `expr; // 'value' …` lines into assertions and the package's imports into imports of
 * `dist/`. `where(i)` names line `i` of the code for the failure message (e.g. `README.md:42`).
 */
export function toAssertions(code: string, where: (i: number) => string, options: AssertionOptions = {}): string {
  let lines = code
    .replace(/from 'vn-deadlines\/([\w-]+)'/g, (_m, entry: string) => `from '${distUrl(entry)}'`)
    .replace(/from 'vn-deadlines'/g, `from '${distUrl('index')}'`)
    .split('\n');
  if (options.loose) {
    // `stmt;` then `// value` on the next line: the same as `stmt; // value` (the line count is kept).
    lines = lines.map((text, i) => (/^\s*\/\//.test(text) && i > 0 && /;\s*$/.test(lines[i - 1]) ? '' : text));
    lines = lines.map((text, i) => {
      const next = code.split('\n')[i + 1];
      return /;\s*$/.test(text) && next !== undefined && /^\s*\/\//.test(next) ? `${text} ${next.trim()}` : text;
    });
  }
  return lines
    .map((text, i) => {
      const m = /^(\s*)(?!const |let |import |export )(.+?);\s*\/\/\s*(.*)$/.exec(text);
      if (!m) return text;
      const thrown = /^throws (\w+)/.exec(m[3]);
      if (thrown) return `${m[1]}__throws(() => ${m[2]}, '${thrown[1]}', '${where(i)}');`;
      const lit = (options.loose ? LITERAL_LOOSE : LITERAL).exec(m[3])?.[1] ?? (options.loose ? bracketLiteral(m[3]) : undefined);
      if (lit === undefined) return text;
      return `${m[1]}__check(${m[2]}, ${lit}, '${where(i)}');`;
    })
    .join('\n');
}
