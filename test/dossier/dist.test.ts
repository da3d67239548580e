/**
 * The built CLI (`dist/cli.js`, made by `npm run build`, which `npm test` runs first): a large
 * dossier register in NDJSON is checked on several threads, and the report — whatever its format —
 * the counts and the on-time table are byte for byte those of a single thread.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'vn-deadlines-dossiers-dist-'));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, 'dossiers', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const PROCEDURES = ['example/ho-tich-3-ngay-lam-viec', 'laocai/chung-thuc-ban-sao-tu-so-goc', 'example/kbnn-8-gio-lam-viec'];
const at = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19) + '+07:00';

/** Dossiers over Dec 2024 – Mar 2025, some paused and extended, some re-appointed, a bad line now and then, blank lines and CRLF here and there. */
function register(n: number): string {
  const t0 = Date.parse('2024-12-01T00:00:00+07:00');
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const received = t0 + ((i * 7919) % (120 * 24 * 60)) * 60_000;
    const d: Record<string, unknown> = { id: `HS-${i}`, unit: `UBND xã "${i % 7}"`, procedure: PROCEDURES[i % 3], receivedAt: at(received) };
    if (i % 5 !== 0) d.resolvedAt = at(received + ((i * 104_729) % (14 * 24 * 60)) * 60_000);
    if (i % 10 === 1)
      d.events = [
        { kind: 'supplementRequested', at: at(received + 3_600_000) },
        { kind: 'supplementReceived', at: at(received + 3 * 86_400_000) },
        { kind: 'extended', at: at(received + 4 * 86_400_000), amount: 2, reason: 'xác minh' },
      ];
    if (i % 20 === 3) d.events = [{ kind: 'reappointed', at: at(received + 86_400_000), dueAt: at(received + 20 * 86_400_000), reason: 'chờ ý kiến' }];
    lines.push(i % 997 === 5 ? '{"id":"broken",' : i % 991 === 7 ? JSON.stringify({ ...d, receivedAt: '2025-02-30T09:00:00+07:00' }) : JSON.stringify(d));
    if (i % 13 === 0) lines[lines.length - 1] += '\r';
    if (i % 101 === 0) lines.push('');
  }
  return lines.join('\n') + '\n';
}

describe('dist/cli.js dossiers on several threads', () => {
  const file = join(dir, 'register.ndjson');
  writeFileSync(file, register(8000));

  for (const report of ['ndjson', 'json', 'csv', 'text']) {
    it(`--report ${report}: --workers 2 writes exactly what --workers 0 writes, summary included`, () => {
      const args = [file, '--report', report, '--summary', '--period', '2025-Q1', '--lang', 'en'];
      const one = run(...args, '--workers', '0');
      const many = run(...args, '--workers', '2');
      expect(one.code).toBe(0);
      expect(many.code).toBe(0);
      expect(many.out.length).toBeGreaterThan(1000);
      expect(many.out === one.out).toBe(true);
      expect(many.err).toBe(one.err);
      if (report === 'json') {
        const j = JSON.parse(many.out) as { results: unknown[]; summary: { errors: number; total: { received: number } } };
        expect(j.results).toHaveLength(8000);
        // 9 broken lines (i % 997 === 5) and 9 impossible dates (i % 991 === 7): errors, not in the table.
        expect(j.summary.errors).toBe(18);
      }
      if (report === 'ndjson') expect(many.out.trimEnd().split('\n')).toHaveLength(8000);
    });
  }

  it('a byte-order mark starting a line is an error on every thread, not only where a batch does not start (a file BOM is not)', () => {
    // Every line starts with U+FEFF: the first is the file's mark and is dropped; every other line is not JSON.
    const bom = join(dir, 'bom.ndjson');
    writeFileSync(
      bom,
      register(3000)
        .split('\n')
        .map((l) => (l ? '\uFEFF' + l : l))
        .join('\n'),
    );
    const one = run(bom, '--report', 'ndjson', '--workers', '0');
    const many = run(bom, '--report', 'ndjson', '--workers', '2');
    const errors = (out: string) => out.split('\n').filter((l) => l.includes('"error"')).length;
    expect(errors(one.out)).toBe(2999);
    expect(many.out === one.out).toBe(true);
  });

  it('--fail-on gives 1 on several threads too; --workers must be a number', () => {
    expect(run(file, '--report', 'ndjson', '--workers', '1', '--fail-on', 'error').code).toBe(1);
    expect(run(file, '--workers', 'two').code).toBe(2);
  });
});
