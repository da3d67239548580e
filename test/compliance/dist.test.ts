/**
 * The built CLI (`dist/cli.js`, made by `npm run build`, which `npm test` runs first): a large
 * NDJSON file is checked on several threads, and the output is byte for byte the one of a single
 * thread, whatever the report; exit codes hold there too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'vn-deadlines-dist-'));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, 'check', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Records over several rules and years, a bad one now and then, blank lines and CRLF here and there. */
function records(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const d = new Date(Date.UTC(2019, 0, 1) + ((i * 7919) % 3000) * 86_400_000).toISOString().slice(0, 10);
    const a = new Date(Date.UTC(2019, 0, 1) + (((i * 7919) % 3000) + (i % 40)) * 86_400_000).toISOString().slice(0, 10);
    const k = i % 5;
    const rec =
      k === 0
        ? { id: `R${i}`, rule: 'hp-2025/central-tthc-list', ministryDecisionDate: d, actual: a }
        : k === 1
          ? { id: `R${i}`, rule: 'hp-2025/local-tthc-publication|nd63/local-publication-before-effect', effectiveOnSigning: false, effectiveDate: a, actual: d }
          : k === 2
            ? { id: `R${i}`, rule: 'nd09/monthly-report', month: a.slice(0, 7), actual: i % 3 ? a : '' }
            : k === 3
              ? { id: `R${i}`, rule: 'hp-2025/internal-procedure', chairmanDecisionDate: d, actual: `${a}T23:30:00Z`, title: 'Quy trình nội bộ, "Sở Tư pháp"' }
              : { id: `R${i}`, rule: 'luat-64-2025/earliest-effective-date', signedDate: d, level: 'local', actual: a };
    lines.push(i % 997 === 5 ? '{"id":"broken",' : JSON.stringify(rec) + (i % 13 === 0 ? '\r' : ''));
    if (i % 101 === 0) lines.push('');
  }
  return lines.join('\n') + '\n';
}

describe('dist/cli.js check on several threads', () => {
  const file = join(dir, 'records.ndjson');
  writeFileSync(file, records(10_000));

  for (const report of ['ndjson', 'json', 'csv', 'text']) {
    it(`--report ${report}: --workers 2 writes exactly what --workers 0 writes`, () => {
      const one = run(file, '--report', report, '--as-of', '2026-06-30', '--workers', '0', '--what-if-pending');
      const many = run(file, '--report', report, '--as-of', '2026-06-30', '--workers', '2', '--what-if-pending');
      expect(one.code).toBe(0);
      expect(many.code).toBe(0);
      expect(many.out.length).toBeGreaterThan(1000);
      expect(many.out === one.out).toBe(true);
      expect(many.err).toBe(one.err);
      if (report === 'json') expect((JSON.parse(many.out) as { results: unknown[] }).results).toHaveLength(10_000);
      if (report === 'ndjson') expect(many.out.trimEnd().split('\n')).toHaveLength(10_000);
    });
  }

  it('--fail-on gives 1 on several threads too; a missing file 2', () => {
    expect(run(file, '--report', 'ndjson', '--workers', '1', '--fail-on', 'late').code).toBe(1);
    expect(run(join(dir, 'missing.ndjson')).code).toBe(2);
  });
});
