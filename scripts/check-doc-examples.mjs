// Part of `npm run docs`: every exported function, class and constant has an @example in its
// TSDoc (TypeDoc itself only checks that a comment exists). Reads TypeDoc's JSON output. That the
// examples run and their commented values hold is test/package/tsdoc-examples.test.ts, in npm test.
import { readFileSync } from 'node:fs';

const api = JSON.parse(readFileSync(process.argv[2] ?? 'docs/api.json', 'utf8'));
const KINDS = { 32: 'constant', 64: 'function', 128: 'class' };
const hasExample = (comment) => (comment?.blockTags ?? []).some((t) => t.tag === '@example');
const missing = [];
for (const entry of api.children ?? []) {
  for (const c of entry.children ?? []) {
    if (!(c.kind in KINDS)) continue;
    if (!hasExample(c.comment) && !(c.signatures ?? []).some((s) => hasExample(s.comment))) missing.push(`${entry.name}: ${KINDS[c.kind]} ${c.name}`);
  }
}
if (missing.length) {
  console.error(`TSDoc without an @example:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log('every exported function, class and constant has an @example');
