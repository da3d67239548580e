/**
 * `vn-deadlines serve`'s settings: a flag wins over its VN_DEADLINES_* variable, which wins over
 * the default; `--rules FILE` is loaded at start and served. The rule's due day is worked by
 * hand: 5 working days after Fri 24/01/2025, with Tết off Mon 27/01 – Sun 02/02, are 03, 04, 05,
 * 06 and 07/02 → 2025-02-07.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MY_RULE } from '../support/my-rule.js';
import { serveOptions } from '../../src/cli/commands/serve.js';
import { UsageError } from '../../src/core/usage-error.js';
import { startService } from '../../src/server/start.js';

const saved = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('VN_DEADLINES_') && !(k in saved)) delete process.env[k];
});

describe('serve options', () => {
  it('flag over environment over default', () => {
    expect(serveOptions({}).limits.records).toBe(1000);
    expect(serveOptions({}).port).toBe(8080);
    process.env.VN_DEADLINES_MAX_RECORDS = '5';
    process.env.VN_DEADLINES_PORT = '9000';
    process.env.VN_DEADLINES_CORS_ORIGINS = 'https://a.example, https://b.example';
    const o = serveOptions({ port: '9001' });
    expect([o.limits.records, o.port, o.corsOrigins]).toEqual([5, 9001, ['https://a.example', 'https://b.example']]);
    expect(serveOptions({ 'request-timeout': '0', 'headers-timeout': '7' })).toMatchObject({ requestTimeoutMs: 0, headersTimeoutMs: 7000 });
  });

  it('refuses a bad value, naming the flag and its variable', () => {
    process.env.VN_DEADLINES_BODY_LIMIT = 'lots';
    expect(() => serveOptions({})).toThrow(/--body-limit \(or VN_DEADLINES_BODY_LIMIT\)/);
    expect(() => serveOptions({ 'log-level': 'loud' })).toThrow(/--log-level/);
    delete process.env.VN_DEADLINES_BODY_LIMIT;
    expect(() => serveOptions({ 'headers-timeout': '60', 'request-timeout': '30' })).toThrow(
      /--headers-timeout \(60 s\) must not be longer than --request-timeout \(30 s\)/,
    );
  });

  it('says what is wrong in Vietnamese and in English, as the other commands do', () => {
    const words = (options: Record<string, string>): [string | undefined, string] => {
      try {
        serveOptions(options);
      } catch (e) {
        if (e instanceof UsageError) return [e.text?.('vi'), e.message];
      }
      throw new Error('no usage error');
    };
    expect(words({ 'max-records': '0' })).toEqual(['--max-records phải từ 1 trở lên', '--max-records must be at least 1']);
    expect(words({ port: '70000' })).toEqual([
      '--port (hoặc VN_DEADLINES_PORT) phải là một số nguyên từ 0 đến 65535, nhận được "70000"',
      '--port (or VN_DEADLINES_PORT) must be a whole number from 0 to 65535, got "70000"',
    ]);
    expect(words({ 'headers-timeout': '60', 'request-timeout': '30' })).toEqual([
      '--headers-timeout (60 giây) không được dài hơn --request-timeout (30 giây)',
      '--headers-timeout (60 s) must not be longer than --request-timeout (30 s)',
    ]);
    expect(words({ 'log-level': 'loud' })).toEqual([
      '--log-level phải là một trong các giá trị fatal, error, warn, info, debug, trace, silent, nhận được "loud"',
      '--log-level must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
    ]);
  });

  it('serves the rules of a --rules file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vn-serve-')), 'mine.json');
    const rule = MY_RULE;
    writeFileSync(path, JSON.stringify({ rules: [rule] }));
    const s = await startService({ ...serveOptions({ rules: [path], port: '0', 'log-level': 'silent' }) });
    try {
      const r = await fetch(s.url + '/v1/due', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rule: 'my-agency/reply', facts: { receivedDate: '2025-01-24' } }),
      });
      expect(await r.json()).toMatchObject({ ruleId: 'my-agency/reply', due: '2025-02-07' });
      expect((await (await fetch(s.url + '/v1/rules/my-agency/reply')).json()) as unknown).toMatchObject({ id: 'my-agency/reply' });
    } finally {
      await s.close();
    }
  });
});
