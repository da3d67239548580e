/**
 * Starting and stopping the service: the Node HTTP server with its timeouts, and a graceful
 * stop that lets the requests in flight (a long streamed check too) finish.
 */
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Calendar } from '../calendar/calendar.js';
import type { RuleSet } from '../rules/registry.js';
import { createServer, type RequestListener, type ServerOptions } from 'node:http';
import { createApp, keptAnswerPaths } from './app.js';
import { loadServerPackages } from './deps.js';
import type { EncodedAnswer } from './encoding.js';
import { frontDesk } from './front-desk.js';
import { LogBatch } from './log-batch.js';
import { AnswerMemo } from './memo.js';
import type { Limits } from './route.js';
import type { Logger } from 'pino';

/** Log lines are written to standard output in batches of this many characters … */
const LOG_BATCH_CHARS = 4096;
/** … or after this long, whichever comes first. */
const LOG_FLUSH_MS = 1000;

/** Answers kept (a due day's is ≈ 19 KB, and ≈ 3.7 KB more once gzipped: ≈ 23 MB at most, keys included). */
const ANSWERS = 1000;

/** How to run the service (the flags and environment variables of `vn-deadlines serve`). */
export interface ServeOptions {
  host: string;
  /** 0: any free port. */
  port: number;
  corsOrigins: readonly string[];
  limits: Limits;
  /** Most time to receive a request's headers (Node's `headersTimeout`), ms. */
  headersTimeoutMs: number;
  /** Most time to receive a whole request (Node's `requestTimeout`), ms; 0: none (a long streamed upload). */
  requestTimeoutMs: number;
  /** pino's level: `fatal` … `trace`, or `silent`. */
  logLevel: string;
  calendar: Calendar;
  rules: RuleSet;
  version: string;
  /** Where log lines go (default: standard output). */
  logStream?: { write(s: string): void };
}

/** A running service. */
export interface RunningService {
  /** `http://host:port`. */
  url: string;
  port: number;
  /** Stops taking connections, lets the requests in flight finish, then resolves. */
  close(): Promise<void>;
}

/**
 * How often Node looks for connections past their header or request timeout: Node's default,
 * 30 s, would let a 10 s timeout run to 40 s; a second at most, half the shortest timeout when
 * that is shorter.
 */
const checkingInterval = (o: ServeOptions): number =>
  Math.max(10, Math.min(1000, ...[o.headersTimeoutMs, o.requestTimeoutMs].filter((t) => t > 0).map((t) => Math.floor(t / 2))));

/**
 * The request's line in the log, once its response has ended (a streamed one too): method, path
 * without the query, status, milliseconds, and `aborted` when the client left first.
 */
function logRequest(log: Logger, req: IncomingMessage, res: ServerResponse, start: number): void {
  const url = req.url ?? '';
  const q = url.indexOf('?');
  const line = { method: req.method, path: q < 0 ? url : url.slice(0, q), status: res.statusCode, ms: Math.round((performance.now() - start) * 10) / 10 };
  log.info(res.writableFinished ? line : { ...line, aborted: true }, 'request');
}

/**
 * Starts the service and resolves once it listens.
 * @throws UsageError `serve_needs_packages` when hono, @hono/node-server or pino is missing
 * @example
 * ```ts
 * // not run: starts a server
 * const s = await startService({ ...options, port: 0 });
 * await fetch(`${s.url}/healthz`);
 * await s.close();
 * ```
 */
export async function startService(o: ServeOptions): Promise<RunningService> {
  const pkgs = await loadServerPackages();
  // Standard output written in batches of 4 K characters or more, and at least every second: a
  // write per request cost ≈ 10 % of a small request's time, and handing the writes to the thread
  // pool (sync: false) ≈ 10 µs more a request than writing the batches directly. Lines still held
  // are written when the service stops.
  const stdout = o.logStream ? undefined : new LogBatch(pkgs.pino.destination({ dest: 1, sync: true }), LOG_BATCH_CHARS, LOG_FLUSH_MS);
  const log = pkgs.pino({ level: o.logLevel }, o.logStream ?? stdout);
  const service = {
    calendar: o.calendar,
    rules: o.rules,
    limits: o.limits,
    version: o.version,
    answers: new AnswerMemo<EncodedAnswer>(ANSWERS),
  };
  const app = createApp(pkgs, service, o.corsOrigins, log);
  const server = await new Promise<Server>((resolve, reject) => {
    const serverOptions = { headersTimeout: o.headersTimeoutMs, requestTimeout: o.requestTimeoutMs, connectionsCheckingInterval: checkingInterval(o) };
    // A request asked before is answered at the front desk, without Hono (≈ 36 → 30 µs of CPU a request).
    const withFrontDesk = ((opts: ServerOptions, listener: RequestListener) =>
      createServer(opts, frontDesk(keptAnswerPaths(), service.answers, listener))) as typeof createServer;
    const s = pkgs.serve({ fetch: app.fetch, hostname: o.host, port: o.port, serverOptions, createServer: withFrontDesk }, () => resolve(s)) as Server;
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  const url = `http://${host}:${port}`;
  log.info({ url, dataVersion: o.calendar.dataVersion, version: o.version }, 'listening');
  stdout?.flush();
  let closing: Promise<void> | undefined;
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const start = performance.now();
    res.on('close', () => {
      logRequest(log, req, res, start);
      // A keep-alive connection whose request ends while the service stops is closed at once, not
      // after its idle timeout.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    url,
    port,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        log.info('stopping: finishing the requests in flight');
        stdout?.flush();
        server.close(() => {
          stdout?.end();
          resolve();
        });
        server.closeIdleConnections();
      })),
  };
}
