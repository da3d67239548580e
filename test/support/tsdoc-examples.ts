/**
 * The TSDoc `@example`s of src/, read from the comments (no TypeDoc run needed). An example is
 * either inline (`` @example `expr // value` ``) or one or more fenced ```ts blocks; it ends at
 * the next block tag or the end of the comment.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DocExample {
  /** `src/…:line` of the `@example` tag. */
  where: string;
  file: string;
  /** 1-based line in `file` of each line of `code`. */
  lines: number[];
  code: string;
  /** The reason given by a first line `// not run: <reason>`, if any. */
  notRun?: string;
}

export function tsdocExamples(root: string): DocExample[] {
  const src = join(root, 'src');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => `src/${f.replaceAll('\\', '/')}`)
    .sort();
  const out: DocExample[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8').split('\n');
    for (let i = 0; i < text.length; i++) {
      const tag = /^\s*\*?\s*@example\b(.*)$/.exec(text[i]) ?? /\/\*\*.*@example\b(.*)$/.exec(text[i]);
      if (!tag) continue;
      const where = `${file}:${i + 1}`;
      const inline = /^\s*`([^`]+)`/.exec(tag[1]);
      if (inline) {
        // An inline example is one expression; a trailing `// value` asserts it.
        out.push({ where, file, lines: [i + 1], code: inline[1].replace(/^(.*?)\s*(\/\/.*)$/, '$1; $2') });
        continue;
      }
      const code: string[] = [];
      const lines: number[] = [];
      let fenced = false;
      for (let j = i + 1; j < text.length; j++) {
        const body = text[j].replace(/^\s*\*\/.*$/, '\u0000').replace(/^\s*\* ?/, '');
        if (body === '\u0000' || (!fenced && /^@\w+/.test(body))) break;
        if (body.startsWith('```')) fenced = !fenced;
        else if (fenced) {
          code.push(body);
          lines.push(j + 1);
        }
      }
      const notRun = /^\s*\/\/ not run: (.+)$/.exec(code[0] ?? '')?.[1];
      out.push({ where, file, lines, code: code.join('\n'), notRun });
    }
  }
  return out;
}
