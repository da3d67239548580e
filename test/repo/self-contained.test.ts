/**
 * A fresh clone has everything its tests and docs need: no tracked file points outside the
 * repository (a `shared` folder beside the clone that only exists on the maintainers' machines) or to internal
 * notes by section number. docs/*.md may name them when explaining this rule.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Built from parts so that this file does not match itself.
const outside = new RegExp(['\\.\\./' + 'shared', 'shared/(seed|reference|DOMAIN)', 'DOMAIN' + ' §'].join('|'));

describe('the repository is self-contained', () => {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);

  it('lists the tracked files', () => {
    expect(tracked).toContain('package.json');
    expect(tracked).toContain('docs/sources/qd-257-2025-hai-phong.txt');
  });

  it('no tracked file outside docs/*.md refers to a folder beside the clone or to internal notes by section', () => {
    const offending = tracked
      .filter((f) => !/^docs\/.*\.md$/.test(f))
      .flatMap((f) => {
        const text = readFileSync(root + f);
        if (text.includes(0)) return []; // binary
        return text
          .toString('utf8')
          .split('\n')
          .flatMap((line, i) => (outside.test(line) ? [`${f}:${i + 1}: ${line.trim().slice(0, 120)}`] : []));
      });
    expect(offending).toEqual([]);
  });
});
