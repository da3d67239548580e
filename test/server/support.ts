/** A real service on a free port, for the tests: started in-process, called over HTTP with fetch. */
import { getDefaultCalendar } from '../../src/calendar/create.js';
import { shippedRules } from '../../src/rules/registry.js';
import { startService, type RunningService, type ServeOptions } from '../../src/server/start.js';

export interface TestService extends RunningService {
  /** The log lines written so far, parsed. */
  logs: Record<string, unknown>[];
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
}

export async function testService(options: Partial<ServeOptions> = {}): Promise<TestService> {
  const logs: Record<string, unknown>[] = [];
  const s = await startService({
    host: '127.0.0.1',
    port: 0,
    corsOrigins: [],
    limits: { bodyBytes: 1 << 20, records: 1000 },
    headersTimeoutMs: 10_000,
    requestTimeoutMs: 60_000,
    logLevel: 'info',
    calendar: getDefaultCalendar(),
    rules: shippedRules(),
    version: '0.0.0-test',
    logStream: { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) },
    ...options,
  });
  return {
    ...s,
    logs,
    get: (path, headers = {}) => fetch(s.url + path, { headers }),
    post: (path, body, headers = {}) =>
      fetch(s.url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : body instanceof Uint8Array ? (body as unknown as BodyInit) : JSON.stringify(body),
      }),
  };
}
