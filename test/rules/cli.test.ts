/** The `rules` and `due` CLI commands, run in-process the way run.ts runs a command. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MY_RULE } from '../support/my-rule.js';
import { UsageError } from '../../src/cli/command.js';
import { ruleCommands } from '../../src/cli/commands/rules.js';
import { VnDeadlinesError } from '../../src/core/errors.js';

async function cli(name: string, ...args: string[]): Promise<{ code: number; out: string }> {
  const command = ruleCommands[name];
  const { positionals, values } = parseArgs({ args, options: command.options, allowPositionals: true, strict: true, allowNegative: false });
  const out: string[] = [];
  const code = await command.run(positionals, values, { out: (s) => out.push(s), err: (s) => out.push(s) });
  return { code, out: out.join('\n') };
}

describe('vn-deadlines due', () => {
  it('prints the due day, then the explanation (vi by default)', async () => {
    const { code, out } = await cli('due', 'hp-2025/central-tthc-list', '--fact', 'ministryDecisionDate=2025-01-20');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('2025-02-10');
    expect(out).toContain('Nguồn: mục II.2.1 (gạch đầu dòng thứ hai) QĐ 257/QĐ-UBND');
    expect(out).toContain('Tết Nguyên đán');
  });

  it('--json prints the result object with the field due; --lang en explains in English', async () => {
    const json = JSON.parse((await cli('due', 'hp-2025/local-tthc-publication', '-f', 'effectiveOnSigning=true', '--fact', 'signedDate=2025-01-24', '--json')).out);
    expect(json).toMatchObject({ due: '2025-02-03', variant: 'on-signing', kind: 'immediatelyAfter' });
    expect(json.steps.length).toBeGreaterThan(2);
    expect((await cli('due', 'hp-2025/monthly-report', '--fact', 'month=2025-05', '--lang', 'en')).out).toContain('The due day 2025-05-17 (Sat) is a day off; the last working day before it: 2025-05-16 (Fri)');
  });

  it('--include-pending applies the pending swap (Sat 28/11/2026 worked): Tue 2026-11-24 + 10 working days → Mon 2026-12-07 (Tue 08/12 without)', async () => {
    expect((await cli('due', 'hp-2025/internal-procedure', '--fact', 'chairmanDecisionDate=2026-11-24', '--include-pending')).out.split('\n')[0]).toBe('2026-12-07');
    expect((await cli('due', 'hp-2025/internal-procedure', '--fact', 'chairmanDecisionDate=2026-11-24')).out.split('\n')[0]).toBe('2026-12-08');
  });

  it('a rule without a due day prints its status', async () => {
    expect((await cli('due', 'hp-2025/vertical-tthc-reception', '--lang', 'en')).out.split('\n')[0]).toBe('Ongoing until a decision replaces Decision 1291/QĐ-TTg');
  });

  it('usage errors: unknown rule, a fact the rule does not have, a malformed --fact, a fact twice', async () => {
    await expect(cli('due', 'nope/rule')).rejects.toThrow(UsageError);
    await expect(cli('due', 'hp-2025/central-tthc-list', '--fact', 'decisionDate=2025-01-20')).rejects.toThrow(/has no fact "decisionDate"; its facts: ministryDecisionDate \(date\)/);
    await expect(cli('due', 'hp-2025/central-tthc-list', '--fact', 'ministryDecisionDate')).rejects.toThrow(/expects name=value/);
    await expect(cli('due', 'hp-2025/central-tthc-list', '-f', 'ministryDecisionDate=2025-01-20', '-f', 'ministryDecisionDate=2025-01-21')).rejects.toThrow(/given twice/);
  });

  it('library errors reach the caller with their code: a missing fact, a bad boolean', async () => {
    await expect(cli('due', 'hp-2025/central-tthc-list')).rejects.toMatchObject({ code: 'missing_fact' });
    const e = await cli('due', 'hp-2025/local-tthc-publication', '--fact', 'effectiveOnSigning=yes').catch((x) => x);
    expect(e).toBeInstanceOf(VnDeadlinesError);
    expect(e.code).toBe('invalid_fact');
  });

  it('--rules adds a user rule file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vn-cli-'));
    const path = join(dir, 'mine.json');
    writeFileSync(
      path,
      JSON.stringify({
        rules: [MY_RULE],
      }),
    );
    expect((await cli('due', 'my-agency/reply', '--rules', path, '--fact', 'receivedDate=2025-01-24')).out.split('\n')[0]).toBe('2025-02-07');
    expect((await cli('rules', '--rules', path)).out).toContain('my-agency/reply');
  });
});

describe('vn-deadlines rules', () => {
  it('lists every rule with its kinds, title and facts', async () => {
    const { code, out } = await cli('rules', '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toContain('hp-2025/central-tthc-list  [offset]');
    expect(out).toContain('facts: ministryDecisionDate (date)');
    expect(out).toContain('luat-64-2025/earliest-effective-date  [offset] (not a deadline)');
    expect(out).toContain('facts: effectiveDate? (date), effectiveOnSigning? (boolean), signedDate? (date)');
  });

  it('--json gives id, title, kinds, facts and source of each', async () => {
    const list = JSON.parse((await cli('rules', '--json')).out);
    const monthly = list.find((r: { id: string }) => r.id === 'hp-2025/monthly-report');
    expect(monthly).toMatchObject({ kinds: ['periodic'], isDeadline: true, facts: { month: { type: 'month' } }, source: { document: 'QĐ 257/QĐ-UBND', item: 'II.6.2' } });
    expect(list.length).toBe(40);
  });
});
