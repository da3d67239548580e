/**
 * A year of the calendar over HTTP: as JSON (`vn-deadlines calendar <year> --json`), as an
 * iCalendar feed of the days off (`--ics`), and a unit's agenda as a feed (`vn-deadlines agenda --ics`).
 * Feeds take `?lang=`: calendar applications that subscribe send no `Accept-Language`.
 */
import * as z from 'zod/mini';
import { yearDays } from '../../calendar/year-days.js';
import { agendaToIcs, nonWorkingDaysToIcs } from '../../ics/index.js';
import { agenda } from '../../plan/agenda.js';
import { ics, json, route, type Route } from '../route.js';
import { agendaQuery, icsQuery, problemAnswer, yearAnswer, yearParams } from '../schemas.js';

const bad = { description: 'A year outside 2013–2100, or a bad parameter', contentType: 'application/problem+json', schema: problemAnswer };
const feed = { description: 'An iCalendar file (RFC 5545): one all-day event per day, with stable UIDs', contentType: 'text/calendar' };

/**
 * The year and feed routes.
 * @example
 * ```ts
 * // not run: routes are served by src/server/app.ts
 * calendarRoutes.map((r) => r.path); // ['/v1/calendar/{year}.ics', '/v1/calendar/{year}', '/v1/agenda.ics']
 * ```
 */
export const calendarRoutes: readonly Route[] = [
  route<z.infer<typeof yearParams>, z.infer<typeof icsQuery>>({
    method: 'get',
    path: '/v1/calendar/{year}.ics',
    routerPath: '/v1/calendar/:year{[0-9]{4}\\.ics}',
    operationId: 'getYearIcs',
    tag: 'feeds',
    summary: "A year's days off and make-up working days as an iCalendar feed",
    params: yearParams,
    query: icsQuery,
    responses: { 200: feed, 400: bad, 422: bad },
    example: { params: { year: '2025' }, query: { lang: 'en' } },
    handle: ({ params, query, lang }, { calendar }) =>
      ics(nonWorkingDaysToIcs(Number(params.year), { lang: query.lang ?? lang, calendar }), `vn-deadlines-${params.year}.ics`),
  }),
  route<z.infer<typeof yearParams>>({
    method: 'get',
    path: '/v1/calendar/{year}',
    routerPath: '/v1/calendar/:year{[0-9]{4}}',
    operationId: 'getYear',
    tag: 'calendar',
    summary: 'The days of a year that are not ordinary weekdays: days off, working weekend days, pending announcements',
    params: yearParams,
    responses: { 200: { description: 'The year', contentType: 'application/json', schema: yearAnswer }, 400: bad, 422: bad },
    example: { params: { year: '2025' } },
    handle: ({ params }, { calendar }) => json(yearDays(calendar, Number(params.year))),
  }),
  route<Record<string, never>, z.infer<typeof agendaQuery>>({
    method: 'get',
    path: '/v1/agenda.ics',
    operationId: 'getAgendaIcs',
    tag: 'feeds',
    summary: "A unit's agenda under the plan (QĐ 257/QĐ-UBND) as an iCalendar feed: one event per due day",
    query: agendaQuery,
    responses: { 200: feed, 400: bad },
    example: { query: { unit: 'Sở Tư pháp', from: '2025-03-01', to: '2025-03-31' } },
    handle: ({ query, lang }, { calendar, rules }) => {
      const a = agenda({ unit: query.unit, from: query.from, to: query.to, role: query.role, undated: false, calendar, rules });
      return ics(agendaToIcs(a, { lang: query.lang ?? lang }), 'vn-deadlines-agenda.ics');
    },
  }),
];
