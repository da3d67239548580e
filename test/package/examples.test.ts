/** The programs in examples/ run against the built package and print what their comments say. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstProvisionalYear } from '../support/years.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (file: string, ...args: string[]) => execFileSync(process.execPath, [`examples/${file}`, ...args], { cwd: root, encoding: 'utf8' });

describe('examples/', () => {
  it('calendar-queries.mjs', () => {
    const out = run('calendar-queries.mjs');
    expect(out).toContain('2025-01-20 + 10 working days = 2025-02-10');
    expect(out).toContain('2025-04-26 working? true');
    expect(out).toContain('roll 2025-01-27 following = 2025-02-03');
    expect(out).toMatch(/2025-05-02 Nghỉ hoán đổi/);
  });

  it('overlay-closure.mjs', () => {
    const out = run('overlay-closure.mjs');
    expect(out).toContain('official: 2025-05-30 + 1 = 2025-06-02');
    expect(out).toContain('agency:   2025-05-30 + 1 = 2025-06-03');
  });

  it('due-date.mjs', () => {
    const out = run('due-date.mjs', 'en');
    expect(out).toContain('hp-2025/central-tthc-list: due 2025-02-10');
    expect(out).toMatch(/skipped, not counted — Lunar New Year \(Tết\) Ất Tỵ/);
    expect(out).toContain('hp-2025/local-tthc-publication: due 2025-04-29');
    expect(out).toContain('nd63/local-publication-before-effect: due 2025-04-24');
    expect(run('due-date.mjs')).toMatch(/bỏ qua|Bỏ qua/);
  });

  it('compliance-batch.mjs', () => {
    const out = run('compliance-batch.mjs');
    // HP-2025-002: 10 working days after Mon 20/01/2025 is Mon 10/02 (Tết skipped); done Tue 11/02.
    expect(out).toContain('HP-2025-002: late — due 2025-02-10, 1 working day(s) late');
    expect(out).toMatch(/HP-2025-099: error — actual "2025-02-30" is not a date/);
    // HP-2026-021 (decided Tue 24/11/2026, a holiday; due Tue 08/12, done 08/12) is on time
    expect(out).toMatch(/Summary: 9 records — on time 3 · late 3 · overdue 1 · too early 1 · error 1/);
  });

  it('adapters.mjs', () => {
    const out = run('adapters.mjs').split('\n');
    expect(out.slice(0, 3)).toEqual(['true', 'false', 'false']);
    // the first year without official data, read from the file list of holidays/
    expect(out.join('\n')).toMatch(new RegExp(`result: '${firstProvisionalYear()}-01-\\d\\d', provisional: true`));
  });
});
