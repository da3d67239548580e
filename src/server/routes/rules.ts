/**
 * The deadline rules over HTTP: the list, one rule, and `POST /v1/due` (`dueDate`), with the
 * answers of `vn-deadlines rules|due --json`.
 */
import * as z from 'zod/mini';
import { dueDate } from '../../rules/due.js';
import { messages } from '../messages.js';
import { ProblemError } from '../problem.js';
import { json, route, type Route } from '../route.js';
import { ruleListEntry } from '../../rules/list-entry.js';
import { dueAnswer, dueBody, problemAnswer, ruleAnswer, ruleParams } from '../schemas.js';

/** A rule as the list gives it (the fields of `vn-deadlines rules --json`). */
const ruleJson = ruleListEntry;

const problem = (description: string) => ({ description, contentType: 'application/problem+json', schema: problemAnswer });

/**
 * The rule routes.
 * @example
 * ```ts
 * // not run: routes are served by src/server/app.ts
 * ruleRoutes.map((r) => r.path); // ['/v1/rules', '/v1/rules/{id}', '/v1/due']
 * ```
 */
export const ruleRoutes: readonly Route[] = [
  route({
    method: 'get',
    path: '/v1/rules',
    operationId: 'listRules',
    tag: 'rules',
    summary: 'Every rule: id, title, kinds, facts and the text it encodes (with --rules: the files loaded too)',
    responses: { 200: { description: 'The rules', contentType: 'application/json', schema: z.array(ruleAnswer) } },
    example: {},
    handle: (_, { rules }) => json(rules.list().map(ruleJson)),
  }),
  route<z.infer<typeof ruleParams>>({
    method: 'get',
    path: '/v1/rules/{id}',
    routerPath: '/v1/rules/:id{.+}',
    operationId: 'getRule',
    tag: 'rules',
    summary: 'One rule',
    params: ruleParams,
    responses: { 200: { description: 'The rule', contentType: 'application/json', schema: ruleAnswer }, 404: problem('No rule with this id') },
    example: { params: { id: 'hp-2025/central-tthc-list' } },
    handle: ({ params }, { rules }) => {
      const rule = rules.find(params.id);
      if (!rule) throw new ProblemError(404, 'unknown_rule', (l) => messages[l].notFound(`/v1/rules/${params.id}`), 'id');
      return json(ruleJson(rule));
    },
  }),
  route<Record<string, never>, Record<string, never>, z.infer<typeof dueBody>>({
    method: 'post',
    path: '/v1/due',
    operationId: 'dueDate',
    tag: 'rules',
    summary: 'The due day of a rule for the facts given, with its steps and explanation (dueDate)',
    body: { schema: dueBody },
    responses: {
      200: { description: 'The due day, the steps, the explanation in Vietnamese and English', contentType: 'application/json', schema: dueAnswer },
      400: problem('An unknown rule, a missing or bad fact (code unknown_rule, missing_fact, invalid_fact …; field names the fact)'),
      413: problem('The body is over the limit'),
    },
    example: { body: { rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-01-20' } } },
    // The answer is ≈ 19 KB of mostly Vietnamese text: kept by request, encoded (and gzipped) once rather than per request.
    remember: true,
    handle: ({ body }, { calendar, rules }) => json(dueDate(body.rule, body.facts ?? {}, { calendar, rules })),
  }),
];
