/**
 * `POST /v1/check`: records checked against their deadlines, with the verdicts of
 * `vn-deadlines check --report ndjson|json`. NDJSON and CSV bodies are streamed (any size, one
 * line out per record in, in order); a JSON body is one record (one verdict) or an array of at
 * most `limits.records` records (the JSON report).
 */
import * as z from 'zod/mini';
import { checkStream, type CheckStreamOptions } from '../../io/check-stream.js';
import type { Chunks } from '../../io/types.js';
import { parseColumns, type ColumnMap } from '../../io/columns.js';
import type { Lang } from '../../core/lang.js';
import { streamedCheck } from '../check-response.js';
import { messages } from '../messages.js';
import { ProblemError } from '../problem.js';
import { route, type Route, type Service } from '../route.js';
import { checkBody, checkQuery, outcomeAnswer, problemAnswer, reportAnswer } from '../schemas.js';

const NDJSON = 'application/x-ndjson';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The streamed body formats, by media type. */
const STREAMED = { [NDJSON]: 'ndjson', 'text/csv': 'csv', [XLSX]: 'xlsx' } as const;

/** Why a `columns` query is malformed, in `l`. */
function columnsProblem(text: string, l: Lang): string {
  try {
    parseColumns([text], l);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

/** The `columns` query as a column map; a malformed one is a 400 naming the parameter, in the language asked. */
function columnsOf(text: string | undefined): ColumnMap | undefined {
  if (text === undefined) return undefined;
  try {
    return parseColumns([text]);
  } catch {
    throw new ProblemError(400, 'invalid_argument', (l) => columnsProblem(text, l), 'columns');
  }
}

/** A whole check of a small input, its report as text. */
async function checkWhole(chunks: Chunks, options: CheckStreamOptions): Promise<string> {
  const parts: Uint8Array[] = [];
  await checkStream(chunks, { write: (b) => void parts.push(new Uint8Array(b)) }, options);
  return Buffer.concat(parts).toString('utf8');
}

const problem = (description: string) => ({ description, contentType: 'application/problem+json', schema: problemAnswer });

/**
 * The check route.
 * @example
 * ```ts
 * // not run: routes are served by src/server/app.ts
 * checkRoutes[0].path; // '/v1/check'
 * ```
 */
export const checkRoutes: readonly Route[] = [
  route<Record<string, never>, z.infer<typeof checkQuery>, z.infer<typeof checkBody>>({
    method: 'post',
    path: '/v1/check',
    operationId: 'check',
    tag: 'check',
    summary: 'Did each act meet its deadline? One verdict per record, in order',
    description:
      'application/json: one record → one verdict; an array → { results, summary } (capped, see --max-records). ' +
      'application/x-ndjson, text/csv or an Excel workbook (.xlsx, read whole; sheet and columns in the query): one NDJSON verdict per record in input order, streamed (a line that is not a record is an ' +
      '"error" verdict: nothing is dropped). An input that cannot be read at all ends the stream with a line {"problem": {code, message}}.',
    query: checkQuery,
    body: {
      schema: checkBody,
      streamed: Object.keys(STREAMED),
      streamedDescription: 'One record per NDJSON line, or per CSV or Excel row under a header: rule, actual, id, title and the facts by name',
    },
    responses: {
      200: {
        description: 'The verdict (one JSON record), the report (a JSON array), or one verdict per line (NDJSON, CSV)',
        contentType: 'application/json',
        schema: z.union([outcomeAnswer, reportAnswer]),
        alternatives: { [NDJSON]: outcomeAnswer },
      },
      400: problem('A bad query or JSON body'),
      413: problem('A JSON body over the size or record limit'),
      415: problem('Another media type'),
    },
    example: {
      query: { asOf: '2025-03-31' },
      body: { id: 'HP-2025-002', rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-02-11' },
    },
    handle: async ({ query, body, lang, stream, mediaType }, { calendar, rules, limits }: Service) => {
      const options = { calendar, rules, asOf: query.asOf, whatIf: query.whatIfPending === 'true' ? ('pending' as const) : undefined, lang, source: 'request' };
      if (body === undefined) {
        const format = STREAMED[mediaType as keyof typeof STREAMED];
        const read = { columns: columnsOf(query.columns), sheet: query.sheet };
        return new Response(streamedCheck(stream(), { ...options, ...read, format, report: 'ndjson' }), {
          headers: { 'content-type': `${NDJSON}; charset=utf-8` },
        });
      }
      if (Array.isArray(body) && body.length > limits.records)
        throw new ProblemError(413, 'too_many_records', (l) => messages[l].tooManyRecords(limits.records));
      const many = Array.isArray(body);
      const text = await checkWhole([JSON.stringify(body)], { ...options, format: many ? 'json' : 'ndjson', report: many ? 'json' : 'ndjson' });
      return new Response(text, { headers: { 'content-type': 'application/json; charset=utf-8' } });
    },
  }),
];
