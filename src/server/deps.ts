/**
 * The packages `vn-deadlines serve` runs on: Hono, its Node adapter and pino. They are optional
 * peer dependencies, not dependencies, so that `npm i vn-deadlines` stays small (≤ 10 MiB):
 * the service loads them when it starts and says how to install them when they are missing.
 */
import type { Hono } from 'hono';
import type { cors } from 'hono/cors';
import type { serve } from '@hono/node-server';
import type pino from 'pino';
import { UsageError } from '../core/usage-error.js';

/** The packages, loaded. */
export interface ServerPackages {
  Hono: typeof Hono;
  cors: typeof cors;
  serve: typeof serve;
  pino: typeof pino;
}

/** The packages by name, for the message. */
const SERVER_PACKAGES = ['hono', '@hono/node-server', 'pino'] as const;

/** Loads the packages; an object so that tests can stand in a missing one. @internal */
export const serverPackageLoader = {
  load: async (): Promise<ServerPackages> => {
    const [hono, honoCors, node, p] = await Promise.all([import('hono'), import('hono/cors'), import('@hono/node-server'), import('pino')]);
    return { Hono: hono.Hono, cors: honoCors.cors, serve: node.serve, pino: p.default };
  },
};

/**
 * The packages of the service.
 * @throws UsageError `serve_needs_packages`, naming the packages and the `npm i` line, when one cannot be loaded
 * @example
 * ```ts
 * // not run: loads optional packages
 * const { Hono, serve, pino } = await loadServerPackages();
 * ```
 */
export async function loadServerPackages(): Promise<ServerPackages> {
  try {
    return await serverPackageLoader.load();
  } catch (e) {
    throw new UsageError(
      `serve needs the optional packages ${SERVER_PACKAGES.join(', ')}, which are not installed (${(e as Error).message.split('\n')[0]}); ` +
        `install them beside vn-deadlines: npm i ${SERVER_PACKAGES.join(' ')} (error code serve_needs_packages)`,
      'serve_needs_packages',
    );
  }
}
