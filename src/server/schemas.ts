/**
 * The zod schemas of the service's requests (path parameters, queries, bodies) and answers. They
 * validate the requests and are the OpenAPI document's schemas (`openapi.ts`): nothing is
 * written twice. Answers are the library's JSON (the CLI's `--json`); their schemas name the
 * fields a client relies on and let the library add fields (`looseObject`).
 */
import * as z from 'zod/mini';
import { isoDateString } from '../core/iso-date-schema.js';
import { RECORD_STATUSES } from '../compliance/summary.js';
import { messages } from './messages.js';

const check = messages.en.issue;
const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));

// --- requests -------------------------------------------------------------------------------

/** A civil date `YYYY-MM-DD` that exists. */
// The messages of the service's own checks are its catalogue's English texts: `issue-text.ts` finds them by it.
const isoDate = isoDateString(check.date);
const year = described(z.string().check(z.regex(/^\d{4}$/, check.year)), 'A year, YYYY (2013–2100)');
const whole = described(z.string().check(z.regex(/^[+-]?\d{1,6}$/, check.whole)), 'A whole number; negative counts backwards');
const flag = described(z.enum(['true', 'false']), 'true or false');

/** `/v1/days/{date}`. */
export const dateParams = z.strictObject({ date: isoDate });
/** `?from=&to=`, both days included. */
export const rangeQuery = z.strictObject({ from: isoDate, to: isoDate });
/** `/v1/add?date=&n=`. */
export const addQuery = z.strictObject({ date: isoDate, n: whole });
/** `/v1/calendar/{year}`. */
export const yearParams = z.strictObject({ year });
/** `?lang=` of the iCalendar feeds (a calendar application sends no `Accept-Language`). */
export const icsQuery = z.strictObject({ lang: z.optional(described(z.enum(['vi', 'en']), 'Language of the events (default: Accept-Language, else vi)')) });
/** `/v1/rules/{id}`. */
export const ruleParams = z.strictObject({
  id: described(z.string().check(z.minLength(1)), "A rule id, e.g. hp-2025/central-tthc-list ('/' as is or as %2F)"),
});
/** `POST /v1/due`. */
export const dueBody = z.strictObject({
  rule: described(z.string().check(z.minLength(1)), 'A rule id (GET /v1/rules lists them)'),
  facts: z.optional(described(z.record(z.string(), z.unknown()), "The rule's facts by name: dates YYYY-MM-DD, booleans, periods")),
});
/** `GET /v1/agenda.ics`. */
export const agendaQuery = z.strictObject({
  unit: described(z.string().check(z.minLength(1)), 'A unit id or name, with or without diacritics (Sở Tư pháp, so tu phap, justice-department)'),
  from: z.optional(isoDate),
  to: z.optional(isoDate),
  role: z.optional(z.enum(['lead', 'cooperating', 'any'])),
  lang: z.optional(z.enum(['vi', 'en'])),
});
/** `POST /v1/check` options. */
export const checkQuery = z.strictObject({
  asOf: z.optional(described(isoDateString(check.date), 'The day of the check for acts not done yet (default: today in Vietnam)')),
  whatIfPending: z.optional(flag),
  sheet: z.optional(described(z.string(), 'Excel body: the worksheet to read (default: the first)')),
  columns: z.optional(described(z.string(), 'CSV and Excel bodies: the register\'s column names mapped to fields, e.g. "Ngày công bố=actual,Quy định=rule"')),
});

/** One record to check: its rule(s), facts as fields or as `facts`, `actual`, `id`, `title`. */
const checkRecord = z.looseObject({
  rule: described(z.union([z.string(), z.array(z.string())]), 'A rule id; several separated by | or as an array (one verdict each)'),
  actual: z.optional(z.nullable(described(z.string(), 'The day it was done, YYYY-MM-DD or an ISO timestamp (taken in UTC+7); empty: not done'))),
  id: z.optional(z.nullable(z.union([z.string(), z.number()]))),
  title: z.optional(z.nullable(z.string())),
  facts: z.optional(z.record(z.string(), z.unknown())),
});
/** `POST /v1/check` with JSON: one record, or an array of them. */
export const checkBody = z.union([checkRecord, z.array(checkRecord)]);

// --- answers --------------------------------------------------------------------------------

const text = z.object({ vi: z.string(), en: z.string() });
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const pending = z.array(z.looseObject({ date: day, name: text, note: text }));

/** `dayInfo`. */
export const dayInfoAnswer = z.looseObject({
  date: day,
  weekday: z.int().check(z.gte(1), z.lte(7)),
  working: z.boolean(),
  status: z.enum(['official', 'provisional']),
  reasons: z.array(z.looseObject({ kind: z.string(), name: text, documents: z.array(z.looseObject({ id: z.string() })) })),
  pending,
  observances: z.array(z.unknown()),
  dataVersion: z.string(),
});
/** `/v1/days?from=&to=`. */
export const rangeAnswer = z.object({ from: day, to: day, nonWorkingDays: z.array(dayInfoAnswer), dataVersion: z.string() });
/** `/v1/add`. */
export const addAnswer = z.object({ date: day, n: z.int(), result: day, provisional: z.boolean(), pending, dataVersion: z.string() });
/** `/v1/between`. */
export const betweenAnswer = z.object({ from: day, to: day, workingDays: z.int(), provisional: z.boolean(), pending, dataVersion: z.string() });
/** `/v1/calendar/{year}`. */
export const yearAnswer = z.object({
  year: z.int(),
  months: z.array(z.int()),
  nonWorkingDays: z.array(dayInfoAnswer),
  makeUpWorkingDays: z.array(dayInfoAnswer),
  pending,
  dataVersion: z.string(),
});
/** One rule. */
export const ruleAnswer = z.object({
  id: z.string(),
  title: text,
  kinds: z.array(z.string()),
  isDeadline: z.boolean(),
  facts: z.record(z.string(), z.looseObject({ type: z.string() })),
  source: z.looseObject({ document: z.string(), text: z.string() }),
  origin: z.string(),
});
/** `dueDate`'s result. */
export const dueAnswer = z.looseObject({
  ruleId: z.string(),
  due: z.nullable(day),
  steps: z.array(z.looseObject({ kind: z.string(), text: text })),
  explanation: text,
  dependsOnProvisional: z.boolean(),
  pending,
  dataVersion: z.string(),
});
/** One record's verdict (a line of the NDJSON report). */
export const outcomeAnswer = z.looseObject({
  line: z.int(),
  rule: z.nullable(z.string()),
  status: z.enum(RECORD_STATUSES as [string, ...string[]]),
  due: z.nullable(day),
  workingDaysLate: z.nullable(z.int()),
  error: z.optional(z.object({ code: z.string(), field: z.string(), message: z.string() })),
});
/** A JSON array checked: the verdicts and the summary. */
export const reportAnswer = z.object({ source: z.string(), asOf: day, results: z.array(outcomeAnswer), summary: z.looseObject({ records: z.int() }) });
/** `/v1/version`. */
export const versionAnswer = z.object({
  name: z.literal('vn-deadlines'),
  version: z.string(),
  dataVersion: z.string(),
  officialYears: z.array(z.int()),
});
/** `/healthz`. */
export const healthAnswer = z.object({ status: z.literal('ok') });
/** Every error (RFC 9457, with the library's code and the field at fault). */
export const problemAnswer = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  instance: z.string(),
  code: z.string(),
  field: z.optional(z.string()),
});
/** `/openapi.json`: this document. */
export const openApiAnswer = z.looseObject({
  openapi: z.literal('3.1.0'),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.looseObject({})),
});
