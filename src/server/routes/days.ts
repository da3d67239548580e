/**
 * The working-day calendar over HTTP: one day, the days off of a range, `add` and `between`,
 * with the answers of `vn-deadlines day|add|between --json`.
 */
import * as z from 'zod/mini';
import { json, route, type Route } from '../route.js';
import { addAnswer, addQuery, betweenAnswer, dateParams, dayInfoAnswer, problemAnswer, rangeAnswer, rangeQuery } from '../schemas.js';

const bad = { description: 'A date that does not exist, or outside 2013–2100', contentType: 'application/problem+json', schema: problemAnswer };

/**
 * The calendar's routes.
 * @example
 * ```ts
 * // not run: routes are served by src/server/app.ts
 * dayRoutes.map((r) => r.path); // ['/v1/days/{date}', '/v1/days', '/v1/add', '/v1/between']
 * ```
 */
export const dayRoutes: readonly Route[] = [
  route<z.infer<typeof dateParams>>({
    method: 'get',
    path: '/v1/days/{date}',
    operationId: 'getDay',
    tag: 'calendar',
    summary: 'Whether a day is a working day, and why (dayInfo)',
    params: dateParams,
    responses: { 200: { description: 'The day', contentType: 'application/json', schema: dayInfoAnswer }, 400: bad },
    example: { params: { date: '2025-01-27' } },
    handle: ({ params }, { calendar }) => json(calendar.dayInfo(params.date)),
  }),
  route<Record<string, never>, z.infer<typeof rangeQuery>>({
    method: 'get',
    path: '/v1/days',
    operationId: 'getNonWorkingDays',
    tag: 'calendar',
    summary: 'The days off in [from, to], both included',
    query: rangeQuery,
    responses: { 200: { description: 'The days off, in order', contentType: 'application/json', schema: rangeAnswer }, 400: bad },
    example: { query: { from: '2025-01-25', to: '2025-02-02' } },
    handle: ({ query: { from, to } }, { calendar }) => json({ from, to, nonWorkingDays: calendar.nonWorkingDays(from, to), dataVersion: calendar.dataVersion }),
  }),
  route<Record<string, never>, z.infer<typeof addQuery>>({
    method: 'get',
    path: '/v1/add',
    operationId: 'addWorkingDays',
    tag: 'calendar',
    summary: 'The n-th working day after date (before it when n < 0); n = 0: date itself, if it is a working day',
    query: addQuery,
    responses: { 200: { description: 'The day reached', contentType: 'application/json', schema: addAnswer }, 400: bad },
    example: { query: { date: '2025-01-20', n: '10' } },
    handle: ({ query }, { calendar }) => {
      const n = Number(query.n);
      return json({ date: query.date, n, ...calendar.detailed.addWorkingDays(query.date, n), dataVersion: calendar.dataVersion });
    },
  }),
  route<Record<string, never>, z.infer<typeof rangeQuery>>({
    method: 'get',
    path: '/v1/between',
    operationId: 'workingDaysBetween',
    tag: 'calendar',
    summary: 'Working days d with from < d <= to (negative when to is before from)',
    query: rangeQuery,
    responses: { 200: { description: 'The count', contentType: 'application/json', schema: betweenAnswer }, 400: bad },
    example: { query: { from: '2025-01-20', to: '2025-02-10' } },
    handle: ({ query: { from, to } }, { calendar }) => {
      const { result, provisional, pending } = calendar.detailed.workingDaysBetween(from, to);
      return json({ from, to, workingDays: result, provisional, pending, dataVersion: calendar.dataVersion });
    },
  }),
];
