/** The methods a path of the service takes, for the `Allow` of a 405 answer (RFC 9110 §15.5.6). */
import { routerPathOf } from './route.js';

/** A route's method and path as the router has it (`/v1/days/:date`, `/v1/rules/:id{.+}`). */
interface RoutePath {
  method: string;
  path: string;
  routerPath?: string;
}

/** The router's path as a regular expression: `:name` is one segment, `:name{re}` matches `re`. */
function pathPattern(routerPath: string): string {
  let out = '';
  for (let i = 0; i < routerPath.length;) {
    const param = /^:\w+/.exec(routerPath.slice(i));
    if (!param) {
      out += routerPath[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i++;
      continue;
    }
    i += param[0].length;
    if (routerPath[i] !== '{') {
      out += '[^/]+';
      continue;
    }
    let depth = 0;
    let j = i;
    do depth += routerPath[j] === '{' ? 1 : routerPath[j] === '}' ? -1 : 0;
    while (depth > 0 && ++j < routerPath.length);
    out += `(?:${routerPath.slice(i + 1, j)})`;
    i = j + 1;
  }
  return `^${out}$`;
}

/**
 * The methods each path takes: a function of a request's path giving its `Allow` value (`HEAD`
 * with `GET`), or `undefined` when no route has this path.
 * @example
 * ```ts
 * const allowedAt = allowedMethods([{ method: 'get', path: '/v1/days/{date}' }, { method: 'post', path: '/v1/due' }]);
 * allowedAt('/v1/days/2025-01-20'); // 'GET, HEAD'
 * allowedAt('/v1/due'); // 'POST'
 * allowedAt('/v1/nothing'); // undefined
 * ```
 */
export function allowedMethods(routes: readonly RoutePath[]): (path: string) => string | undefined {
  const byPattern = new Map<string, string[]>();
  for (const r of routes) {
    const pattern = pathPattern(routerPathOf(r));
    byPattern.set(pattern, [...(byPattern.get(pattern) ?? []), r.method.toUpperCase()]);
  }
  const table = [...byPattern].map(([pattern, methods]) => ({
    pattern: new RegExp(pattern),
    allow: (methods.includes('GET') ? [...methods, 'HEAD'] : methods).join(', '),
  }));
  return (path) => table.find((t) => t.pattern.test(path))?.allow;
}
