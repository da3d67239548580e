/**
 * `vn-deadlines serve` as a process (the built CLI): it stops gracefully on SIGTERM, finishing a
 * streamed request in flight, and exits 0; without its optional packages it says how to install
 * them. Driven by events (log lines, response lines, exit), never by a clock.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { serverPackageLoader } from '../../src/server/deps.js';
import { root } from '../support/doc-code.js';

const rec = (id: number) =>
  new TextEncoder().encode(JSON.stringify({ id, rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-02-11' }) + '\n');

describe('vn-deadlines serve (built CLI)', () => {
  it('on SIGTERM finishes the streamed check in flight, then exits 0', async () => {
    const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'serve', '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // pino's lines on stdout, as they come
    const logs: Record<string, unknown>[] = [];
    const waiters: { test: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      const l = JSON.parse(line) as Record<string, unknown>;
      logs.push(l);
      for (const w of waiters.filter((x) => x.test(l))) w.resolve(l);
    });
    const logged = (test: (l: Record<string, unknown>) => boolean) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const hit = logs.find(test);
        if (hit) resolve(hit);
        else waiters.push({ test, resolve });
      });
    const { url } = (await logged((l) => l.msg === 'listening')) as { url: string };

    let send!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (send = c) });
    send.enqueue(rec(1));
    send.enqueue(rec(2));
    const r = await fetch(url + '/v1/check', { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body, duplex: 'half' } as RequestInit);
    const reader = r.body!.pipeThrough(new TextDecoderStream()).getReader();
    let got = '';
    while (!got.includes('\n')) got += (await reader.read()).value ?? '';

    child.kill('SIGTERM');
    await logged((l) => typeof l.msg === 'string' && l.msg.startsWith('stopping'));
    send.enqueue(rec(3));
    send.close();
    for (let c = await reader.read(); !c.done; c = await reader.read()) got += c.value;
    const ids = got
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: number; status: string }).id);
    expect(ids).toEqual([1, 2, 3]);
    expect(await exited).toBe(0);
    expect(logs.find((l) => l.msg === 'request')).toMatchObject({ method: 'POST', path: '/v1/check', status: 200 });
  });
});

describe('without its optional packages', () => {
  const load = serverPackageLoader.load;
  afterEach(() => void (serverPackageLoader.load = load));

  it('exits 2 naming the packages and the npm i line (code serve_needs_packages)', async () => {
    serverPackageLoader.load = () => Promise.reject(new Error("Cannot find package 'hono'"));
    const err: string[] = [];
    expect(await runCli(['serve', '--port', '0'], { out: () => {}, err: (s) => err.push(s) })).toBe(2);
    expect(err.join('\n')).toContain('npm i hono @hono/node-server pino');
    expect(err.join('\n')).toContain('serve_needs_packages');
  });
});
