/**
 * The rules the built package ships are the rule files on disk. (Under vitest, src/ imports the
 * files themselves, so only dist/ can show a stale or mangled copy.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distUrl, root } from '../support/doc-code.js';

interface RawRule {
  id: string;
  title: unknown;
  source: unknown;
  variants: { id: string; deadline: unknown }[];
}
const rulesDir = join(root, 'rules');
const raw: RawRule[] = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.json') && f !== 'schema.json')
  .map((f) => JSON.parse(readFileSync(join(rulesDir, f), 'utf8')) as { $schema?: string; rules: RawRule[] })
  .filter((file) => file.$schema === './schema.json')
  .flatMap((file) => file.rules);

describe('dist/ ships the rule files on disk', async () => {
  const { shippedRules } = (await import(distUrl('index'))) as typeof import('../../src/index.js');
  it('the same rule ids', () => {
    expect(shippedRules().ids().slice().sort()).toEqual(raw.map((r) => r.id).sort());
  });
  it('each rule with the same title, source, variants and deadlines', () => {
    for (const r of raw) {
      const c = shippedRules().get(r.id);
      expect({ id: c.id, title: c.title, source: c.source, variants: c.variants.map((v) => ({ id: v.id, deadline: v.deadline })) }).toEqual({
        id: r.id,
        title: r.title,
        source: r.source,
        variants: r.variants.map((v) => ({ id: v.id, deadline: v.deadline })),
      });
    }
  });
});
