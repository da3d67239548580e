/**
 * The header and request timeouts (slow clients): a client that sends its headers too slowly, or
 * its body too slowly, gets 408 and the connection is closed, while the service goes on
 * answering others. The timeouts are short here; nothing is asserted about how long they took.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testService, type TestService } from './support.js';

let s: TestService;
beforeAll(async () => (s = await testService({ logLevel: 'silent', headersTimeoutMs: 300, requestTimeoutMs: 600 })));
afterAll(() => s.close());

/** Opens a raw connection, writes `text`, then never writes again; resolves with all it received once the server closes it. */
function stalled(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(s.port, '127.0.0.1', () => socket.write(text));
    let got = '';
    socket.on('data', (b) => (got += b.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve(got));
  });
}

describe('timeouts', () => {
  it('headers that never end: 408, connection closed', { timeout: 30_000 }, async () => {
    const got = await stalled('GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: 1\r\n');
    expect(got).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('a body that never arrives in full: 408, connection closed', { timeout: 30_000 }, async () => {
    const body = '{"rule":"hp-2025/central-tthc-list"';
    const got = await stalled(`POST /v1/due HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n${body}`);
    expect(got).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('other clients are answered meanwhile', { timeout: 30_000 }, async () => {
    const slow = stalled('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
    const r = await s.get('/healthz');
    expect(r.status).toBe(200);
    expect(await slow).toMatch(/^HTTP\/1\.1 408 /);
  });
});
