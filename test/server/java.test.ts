/**
 * The Java example (examples/java/DueDate.java, java.net.http, no dependencies), compiled with
 * javac and run with java against a live server, gets the library's answers: the due day of
 * hp-2025/central-tthc-list for a decision of Mon 20/01/2025, and 10 working days after it —
 * both 2025-02-10 by hand (Tết Ất Tỵ off 25/01 – 02/02/2025).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/calendar/functions.js';
import { dueDate } from '../../src/rules/due.js';
import { root } from '../support/doc-code.js';
import { testService, type TestService } from './support.js';

let s: TestService;
beforeAll(async () => (s = await testService({ logLevel: 'silent' })));
afterAll(() => s.close());

describe('examples/java/DueDate.java', () => {
  it('compiles with javac, runs with java, and prints what the library answers', async () => {
    const out = mkdtempSync(join(tmpdir(), 'vn-deadlines-java-'));
    // Asynchronously: the server answering java runs in this process.
    const run = promisify(execFile);
    await run('javac', ['-d', out, join(root, 'examples/java/DueDate.java')]);
    const printed = (await run('java', ['-cp', out, 'DueDate', s.url], { encoding: 'utf8' })).stdout.trim().split('\n');
    const due = dueDate('hp-2025/central-tthc-list', { ministryDecisionDate: '2025-01-20' }).due;
    expect(due).toBe('2025-02-10');
    expect(addWorkingDays('2025-01-20', 10)).toBe('2025-02-10');
    expect(printed).toEqual([`due ${due}`, `add ${addWorkingDays('2025-01-20', 10)}`]);
  });
});
