/**
 * `vn-deadlines serve`: the HTTP service (src/server). This file reads the flags and the
 * environment, loads the calendar and rules once, starts the service and stops it gracefully on
 * SIGTERM or SIGINT (the requests in flight finish; exit code 0). Wired into `run.ts`.
 */
import pkg from '../../../package.json';
import { shippedRules } from '../../rules/registry.js';
import { loadRules } from '../../rules/load.js';
import { startService, type ServeOptions } from '../../server/start.js';
import { calendarOf, expectArgs, usageError, type CliIo, type Command } from '../command.js';

/** Flag → environment variable, for each setting that has one. */
const ENV = {
  host: 'VN_DEADLINES_HOST',
  port: 'VN_DEADLINES_PORT',
  'cors-origin': 'VN_DEADLINES_CORS_ORIGINS',
  'body-limit': 'VN_DEADLINES_BODY_LIMIT',
  'max-records': 'VN_DEADLINES_MAX_RECORDS',
  'headers-timeout': 'VN_DEADLINES_HEADERS_TIMEOUT',
  'request-timeout': 'VN_DEADLINES_REQUEST_TIMEOUT',
  'log-level': 'VN_DEADLINES_LOG_LEVEL',
} as const;

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** A setting: the flag, else its environment variable, else the default. */
function setting(values: Record<string, unknown>, name: keyof typeof ENV, fallback: string): string {
  const v = values[name];
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.length) return v.join(',');
  return process.env[ENV[name]] ?? fallback;
}

/** A whole number setting within bounds. */
function count(values: Record<string, unknown>, name: keyof typeof ENV, fallback: number, max: number): number {
  const raw = setting(values, name, String(fallback));
  const n = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!(n <= max)) throw usageError('serveNumber', { option: `--${name}`, variable: ENV[name], max, value: JSON.stringify(raw) });
  return n;
}

/**
 * The service's options from the flags and, for a flag not given, its environment variable;
 * `--holidays` and `--rules` files are read here, once.
 * @throws UsageError for a value out of range or a file that cannot be read
 * @example
 * ```ts
 * // not run: reads the environment
 * startService(serveOptions({ port: '0' }));
 * ```
 */
export function serveOptions(values: Record<string, unknown>): ServeOptions {
  const logLevel = setting(values, 'log-level', 'info');
  if (!LEVELS.includes(logLevel)) throw usageError('oneOf', { option: '--log-level', allowed: LEVELS.join(', '), value: JSON.stringify(logLevel) });
  const rulePaths = (values.rules as string[] | undefined) ?? [];
  const maxRecords = count(values, 'max-records', 1000, 1_000_000);
  if (maxRecords === 0) throw usageError('serveMaxRecords');
  const headersTimeoutMs = count(values, 'headers-timeout', 10, 3600) * 1000;
  const requestTimeoutMs = count(values, 'request-timeout', 300, 86_400) * 1000;
  if (requestTimeoutMs > 0 && headersTimeoutMs > requestTimeoutMs)
    throw usageError('serveTimeouts', { headers: headersTimeoutMs / 1000, request: requestTimeoutMs / 1000 });
  return {
    host: setting(values, 'host', '127.0.0.1'),
    port: count(values, 'port', 8080, 65535),
    corsOrigins: setting(values, 'cors-origin', '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    limits: { bodyBytes: count(values, 'body-limit', 1 << 20, 1 << 30), records: maxRecords },
    headersTimeoutMs,
    requestTimeoutMs,
    logLevel,
    calendar: calendarOf(values),
    rules: rulePaths.length ? loadRules(rulePaths) : shippedRules(),
    version: pkg.version,
  };
}

const USAGE =
  'vn-deadlines serve [--port 8080] [--host 127.0.0.1] [--cors-origin https://a.example …] [--body-limit bytes] [--max-records n]\n' +
  '                   [--headers-timeout s] [--request-timeout s] [--log-level info] [--holidays year.json …] [--rules file.json …]\n' +
  '                   [--include-pending]';

/**
 * The `serve` command, for `run.ts`'s command table.
 * @example `const commands = { ...builtIn, ...serveCommands };`
 */
export const serveCommands: Record<string, Command> = {
  serve: {
    usage: USAGE,
    options: {
      host: { type: 'string' },
      port: { type: 'string', short: 'p' },
      'cors-origin': { type: 'string', multiple: true },
      'body-limit': { type: 'string' },
      'max-records': { type: 'string' },
      'headers-timeout': { type: 'string' },
      'request-timeout': { type: 'string' },
      'log-level': { type: 'string' },
      'include-pending': { type: 'boolean' },
      holidays: { type: 'string', multiple: true },
      rules: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    async run(pos, values, io: CliIo) {
      expectArgs(pos, 0, USAGE);
      const service = await startService(serveOptions(values));
      io.err(`vn-deadlines serve: ${service.url} (OpenAPI ${service.url}/openapi.json, reference ${service.url}/docs)`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGTERM', stop);
          process.off('SIGINT', stop);
          void service.close().then(resolve);
        };
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
      });
      return 0;
    },
  },
};
