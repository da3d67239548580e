/**
 * `vn-deadlines dossiers` on a small register (examples/dossiers.csv), in process, and once
 * through the built CLI. Expected values worked out by hand (test/dossier/deadline.test.ts has
 * the method): data period of 2025-Q1 = 15/12/2024 – 14/03/2025, statuses at its end.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { reportingPeriod } from '../../src/dossier/index.js';

const REGISTER = 'examples/dossiers.csv';
const EXPECTED = [
  ['HS-001', 'early', '2025-02-06T16:30:00+07:00', 0],
  ['HS-002', 'onTime', '2025-03-12T16:30:00+07:00', 0],
  ['HS-003', 'late', '2025-02-13T16:30:00+07:00', 1],
  ['HS-004', 'suspended', null, 0],
  ['HS-005', 'overdue', '2025-03-06T16:30:00+07:00', 6],
  ['HS-006', 'error', undefined, undefined],
];

describe('vn-deadlines dossiers', () => {
  it('the data period of a quarter is 15th to 14th', () => {
    expect(reportingPeriod('2025-Q1')).toEqual({ from: '2024-12-15', to: '2025-03-14' });
    expect(reportingPeriod('2025-03')).toEqual({ from: '2025-02-15', to: '2025-03-14' });
  });

  it('one result per line, in order, nothing lost; the quarter table', async () => {
    const r = await cli('dossiers', REGISTER, '--summary', '--period', '2025-Q1', '--report', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { results: Record<string, unknown>[]; summary: Record<string, unknown> };
    expect(j.results.map((x) => [x.id, x.status, x.dueAt, x.lateBy])).toEqual(EXPECTED);
    expect(j.results.map((x) => x.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(j.summary.total).toEqual({ received: 5, early: 1, onTime: 1, late: 1, openOnTime: 1, openOverdue: 1, onTimeRate: 0.6667 });
    expect((j.summary.byUnit as Record<string, unknown>)['UBND phường B']).toEqual({
      received: 2,
      early: 0,
      onTime: 0,
      late: 1,
      openOnTime: 1,
      openOverdue: 0,
      onTimeRate: 0,
    });
    expect(j.summary.errors).toBe(1);
  });

  it('--as-of later: HS-004 resumed (Mon 17/03) and due Thu 20/03; the text report in Vietnamese', async () => {
    const r = await cli('dossiers', REGISTER, '--as-of', '2025-03-18', '--report', 'ndjson');
    const rows = r.out.split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect([rows[3].status, rows[3].dueAt]).toEqual(['open', '2025-03-20T16:30:00+07:00']);
    expect(r.err).toContain('chờ bổ sung: 0');
    const t = await cli('dossiers', REGISTER, '--as-of', '2025-03-18');
    expect(t.out).toContain('quá hạn 1 ngày làm việc');
  });

  it('exit codes: --fail-on, empty input, bad options; --out written whole', async () => {
    expect((await cli('dossiers', REGISTER, '--as-of', '2025-03-18', '--fail-on', 'late')).code).toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'vnd-dossiers-'));
    writeFileSync(join(dir, 'empty.csv'), '');
    const empty = await cli('dossiers', join(dir, 'empty.csv'));
    expect([empty.code, empty.err.includes('empty_input')]).toEqual([2, true]);
    expect((await cli('dossiers', REGISTER, '--summary')).code).toBe(2);
    expect((await cli('dossiers', REGISTER, '--summary', '--period', '2025-Q5')).code).toBe(2);
    const out = join(dir, 'report.csv');
    const w = await cli('dossiers', REGISTER, '--as-of', '2025-03-18', '--report', 'csv', '--out', out);
    expect(w.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines.length).toBe(7);
    expect(lines[0].startsWith('\uFEFFline,id,unit,procedure,status')).toBe(true);
    expect((await cli('dossiers', out, '--out', out)).code).toBe(2);
  });

  it('NDJSON input with events as an array', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnd-dossiers-'));
    const f = join(dir, 'r.ndjson');
    const ev = [{ kind: 'extended', at: '2025-02-12T09:00:00+07:00', amount: 2, reason: 'xác minh' }];
    writeFileSync(
      f,
      JSON.stringify({ id: 'A', procedure: 'example/ho-tich-3-ngay-lam-viec', receivedAt: '2025-02-10T09:00:00+07:00', events: ev }) + '\n{oops\n',
    );
    const r = await cli('dossiers', f, '--as-of', '2025-02-14', '--report', 'ndjson');
    const rows = r.out.split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect([rows[0].status, rows[0].dueAt, rows[1].status, rows[1].line]).toEqual(['open', '2025-02-17T16:30:00+07:00', 'error', 2]);
  });

  it('a profile and office hours loaded by the user', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnd-dossiers-'));
    const src = { document: 'QĐ thử', grade: 'P' };
    writeFileSync(
      join(dir, 'p.json'),
      JSON.stringify({ id: 'my/one-day', title: { vi: 'Một ngày', en: 'One day' }, processing: { amount: 1, unit: 'workingDays', source: src } }),
    );
    const hours = {
      id: 'my-desk',
      title: { vi: 'Bàn', en: 'Desk' },
      provisional: false,
      source: src,
      seasons: [{ id: 'all', from: '01-01', to: '12-31', sessions: [{ start: '08:00', end: '16:00' }] }],
    };
    writeFileSync(join(dir, 'h.json'), JSON.stringify(hours));
    writeFileSync(join(dir, 'r.csv'), 'procedure,receivedAt\nmy/one-day,2025-03-10T15:00:00+07:00\nmy/one-day,2025-03-10T16:10:00+07:00\n');
    // Mon 10/03 15:00 is inside the one session: Tue 11/03 16:00. At 16:10 the desk is closed: from Tue 08:00, due Wed 12/03 16:00.
    const r = await cli(
      'dossiers',
      join(dir, 'r.csv'),
      '--procedures',
      join(dir, 'p.json'),
      '--office-hours',
      join(dir, 'h.json'),
      '--as-of',
      '2025-03-01',
      '--report',
      'ndjson',
    );
    expect(r.out.split('\n').map((l) => (JSON.parse(l) as { dueAt: string }).dueAt)).toEqual(['2025-03-11T16:00:00+07:00', '2025-03-12T16:00:00+07:00']);
    expect(r.out).toContain('"dependsOnProvisional":false');
    const bad = await cli('dossiers', join(dir, 'r.csv'), '--office-hours', join(dir, 'p.json'));
    expect([bad.code, bad.err.includes('at seasons'), bad.err.includes('parseOfficeHours')]).toEqual([2, true, false]);
  });

  it.runIf(existsSync('dist/cli.js'))('the built CLI', () => {
    const r = spawnSync(process.execPath, ['dist/cli.js', 'dossiers', REGISTER, '--summary', '--period', '2025-Q1', '--report', 'ndjson', '--lang', 'en'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { status: string }).status),
    ).toEqual(EXPECTED.map((e) => e[1]));
    expect(r.stderr).toContain('Total | 5 | 1 | 1 | 1 | 1 | 1 | 66.7 %');
  });

  it('the text report and its table never pass a control character from the register to the terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnd-dossiers-'));
    const file = join(dir, 'esc.csv');
    writeFileSync(file, 'id,unit,procedure,receivedAt\nX\u001b]0;pwned\u0007,"Sở \u001b[31mY tế",example/ho-tich-3-ngay-lam-viec,2025-01-24T10:00:00+07:00\n');
    const r = await cli('dossiers', file, '--as-of', '2025-03-01', '--summary', '--period', '2025-Q1');
    expect(r.code).toBe(0);
    expect(r.out + r.err).not.toMatch(/[\u001b\u0007]/);
    expect(r.out).toContain('Sở Y tế | 1 |');
  });
});
