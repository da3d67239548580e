/** The service itself: health, versions, the OpenAPI document and its reference page. */
import { openApiDocument } from '../openapi.js';
import { docsPage } from '../docs-page.js';
import { json, route, type Route } from '../route.js';
import { healthAnswer, openApiAnswer, versionAnswer } from '../schemas.js';

/**
 * The meta routes; `all` gives every route of the service (the document describes them all).
 * @param all - every route, these included
 * @example
 * ```ts
 * // not run: routes are served by src/server/app.ts
 * const routes = [...dayRoutes, ...metaRoutes(() => routes)];
 * ```
 */
export function metaRoutes(all: () => readonly Route[]): Route[] {
  let doc: Record<string, unknown> | undefined;
  let page: string | undefined;
  const document = (version: string) => (doc ??= openApiDocument(all(), version));
  const reference = (version: string) => (page ??= docsPage(document(version)));
  return [
    route({
      method: 'get',
      path: '/healthz',
      operationId: 'health',
      tag: 'meta',
      summary: 'The service is up',
      responses: { 200: { description: 'Up', contentType: 'application/json', schema: healthAnswer } },
      example: {},
      handle: () => json({ status: 'ok' }),
    }),
    route({
      method: 'get',
      path: '/v1/version',
      operationId: 'version',
      tag: 'meta',
      summary: "The package's version and the calendar data's (with --holidays: the years loaded)",
      responses: { 200: { description: 'Versions', contentType: 'application/json', schema: versionAnswer } },
      example: {},
      handle: (_, { calendar, version }) =>
        json({ name: 'vn-deadlines', version, dataVersion: calendar.dataVersion, officialYears: [...calendar.officialYears] }),
    }),
    route({
      method: 'get',
      path: '/openapi.json',
      operationId: 'openapi',
      tag: 'meta',
      summary: 'This document (OpenAPI 3.1)',
      responses: { 200: { description: 'The OpenAPI document', contentType: 'application/json', schema: openApiAnswer } },
      example: {},
      handle: (_, { version }) => json(document(version)),
    }),
    route({
      method: 'get',
      path: '/docs',
      operationId: 'docs',
      tag: 'meta',
      summary: 'A reference page of this document (self-contained HTML)',
      responses: { 200: { description: 'The page', contentType: 'text/html' } },
      example: {},
      handle: (_, { version }) => new Response(reference(version), { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    }),
  ];
}
