/**
 * The CLI as a Unix tool (issue 11, items 17–18): a closed pipe ends quietly, --version,
 * option errors that name the option and point to --help, no control characters in messages,
 * demo --json, and plan / agenda agreeing on a unit that does not exist.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './support/cli.js';

const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version as string;

/** Runs the built CLI; with `closeAfterFirstChunk`, closes its standard output as `| head -1` does. */
function run(args: string[], closeAfterFirstChunk = false): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (closeAfterFirstChunk) child.stdout.destroy();
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('the built CLI, spawned', () => {
  it('a closed pipe (calendar 2026 --json | head -1) ends quietly with 0; --version and -V print the package version', { timeout: 60_000 }, async () => {
    const [piped, long, short] = await Promise.all([run(['calendar', '2026', '--json'], true), run(['--version']), run(['-V'])]);
    expect(piped.err).toBe('');
    expect(piped.code).toBe(0);
    expect(long).toEqual({ code: 0, out: `${version}\n`, err: '' });
    expect(short).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });
});

describe('arguments', () => {
  it('--version in process too; the help mentions it', async () => {
    expect(await cli('--version')).toEqual({ code: 0, out: version, err: '' });
    expect((await cli('--help')).out).toContain('--version');
  });

  it('a negative value of an option reaches the message as typed, with no NUL byte', async () => {
    const month = await cli('calendar', '2025', '--month', '-1');
    expect(month.code).toBe(2);
    expect(month.err).toBe('vn-deadlines calendar: --month phải từ 1 đến 12, nhận được -1');
    const workers = await cli('check', 'records.ndjson', '--workers', '-1');
    expect(workers.code).toBe(2);
    expect(workers.err).toBe('vn-deadlines check: --workers phải là một số nguyên từ 0 đến 99, nhận được "-1"');
  });

  it('a negative number as an argument still works: add 2025-02-10 -10', async () => {
    const r = await cli('add', '2025-02-10', '-10', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).result).toBe('2025-01-20');
  });

  it('an unknown option is named, with what to do, and exits 2', async () => {
    for (const [args, flag] of [
      [['calendar', '2025', '--bogus'], '--bogus'],
      [['calendar', '2025', '-x'], '-x'],
      [['due', 'hp-2025/monthly-report', '--bogus=1'], '--bogus'],
    ] as const) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`vn-deadlines ${args[0]}: không có tùy chọn ${flag}; xem 'vn-deadlines ${args[0]} --help'`);
      expect((await cli(...args, '--lang', 'en')).err).toBe(
        `vn-deadlines ${args[0]}: unknown option ${flag}; run 'vn-deadlines ${args[0]} --help' for its options`,
      );
    }
  });

  it('an option without its value, or a switch given one, says so', async () => {
    expect(await cli('calendar', '2025', '--month')).toEqual({
      code: 2,
      out: '',
      err: "vn-deadlines calendar: tùy chọn --month cần một giá trị; xem 'vn-deadlines calendar --help'",
    });
    expect(await cli('calendar', '2025', '--json=yes')).toEqual({
      code: 2,
      out: '',
      err: "vn-deadlines calendar: tùy chọn --json không nhận giá trị; xem 'vn-deadlines calendar --help'",
    });
  });

  it('no message carries a control character', async () => {
    for (const args of [
      ['calendar', '2025', '--month', '-1'],
      ['add', '2025-02-10', '-x'],
      ['calendar', '2025', '--month', '-12'],
    ]) {
      const r = await cli(...args);
      expect(r.err).not.toMatch(/[\u0000-\u001f]/);
    }
  });
});

describe('commands', () => {
  it('demo --json prints the demo as JSON: January 2025 and each example deadline', async () => {
    const r = await cli('demo', '--json');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out);
    expect(data.month).toBe('2025-01');
    expect(data.nonWorkingDays.map((d: { date: string }) => d.date)).toContain('2025-01-29');
    expect(data.deadlines[0]).toMatchObject({ ruleId: 'hp-2025/central-tthc-list', due: '2025-02-10' });
  });

  it('agenda --events and --completed read JSON files that start with a byte-order mark', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vn-cli-bom-'));
    const events = join(dir, 'events.json');
    const completed = join(dir, 'completed.json');
    writeFileSync(events, '\ufeff[{ "rule": "hp-2025/central-tthc-list", "facts": { "ministryDecisionDate": "2025-03-03" } }]');
    writeFileSync(completed, '\ufeff[]');
    const r = await cli('agenda', '--from', '2025-03-01', '--to', '2025-03-31', '--events', events, '--completed', completed, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).items.some((i: { ruleId: string | null }) => i.ruleId === 'hp-2025/central-tthc-list')).toBe(true);
  });

  it('plan --unit with a unit no plan unit matches is an error (exit 2), as agenda says', async () => {
    const plan = await cli('plan', '--unit', 'zzzz');
    const agenda = await cli('agenda', '--unit', 'zzzz', '--from', '2025-03-01', '--to', '2025-03-31');
    expect(plan.code).toBe(2);
    expect(agenda.code).toBe(2);
    expect(plan.out).toBe('');
    expect(plan.err).toMatch(/^vn-deadlines plan: Không có đơn vị nào trong Kế hoạch \(257\/QĐ-UBND\) khớp với "zzzz"; hãy ghi mã đơn vị \(city-office, /);
    expect(agenda.err.replace(/agenda/g, 'plan')).toBe(plan.err);
  });
});
