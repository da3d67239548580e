/**
 * The reports of a dossier register (`vn-deadlines dossiers`), line by line to a sink: text for
 * people, CSV, NDJSON (one object per dossier) and JSON (`{ results, summary }`). Nothing is
 * collected: memory stays flat whatever the register's size.
 */
import { formulaSafe, printable, printableLines } from '../core/escape.js';
import type { Lang } from '../core/lang.js';
import type { DossierOutcome } from '../dossier/batch.js';
import { messages } from '../dossier/messages.js';
import { recordErrorText } from '../messages/record-error.js';
import type { DossierSummaryJson } from '../dossier/summary.js';
import { csvField } from './report-csv.js';
import { plainJson, qRepeated } from './report-json.js';
import type { LineSink, ReportFormat } from './types.js';

/** A writer of a dossier report: `begin`, `write` for each outcome in order, `end` with the summary (or `null`). @internal */
export interface DossierReportWriter {
  begin(): void;
  write(o: DossierOutcome): void;
  end(summary: DossierSummaryJson | null): void;
}

const COLUMNS = [
  'line',
  'id',
  'unit',
  'procedure',
  'status',
  'receivedAt',
  'clockStart',
  'dueAt',
  'originalDueAt',
  'resolvedAt',
  'lateBy',
  'lateUnit',
  'provisional',
  'unverified',
  'errorCode',
  'errorField',
  'errorMessage',
  'verdict',
] as const;

/**
 * The plain object of an outcome: with `full`, the JSON report's (appointments, clock start,
 * pending notices, unverified data, the verdict sentence); without, the NDJSON report's, as
 * compact as `check`'s. @internal
 */
export function outcomeObject(o: DossierOutcome, lang: Lang, full: boolean): Record<string, unknown> {
  const v = o.verdict;
  if (v === null) return { line: o.line, id: o.id, unit: o.unit, procedure: o.procedure, status: 'error', error: o.error };
  const d = v.deadline;
  const compact = {
    line: o.line,
    id: o.id,
    unit: o.unit,
    procedure: d.procedure,
    status: v.status,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    judgedAgainst: v.judgedAgainst,
    resolvedAt: v.resolvedAt,
    lateBy: v.lateBy,
    lateUnit: d.unit,
    dependsOnProvisional: d.dependsOnProvisional,
  };
  if (!full) return compact;
  return {
    ...compact,
    clockStart: d.clockStart,
    appointments: d.appointments,
    pending: d.pendingNotices.map((p) => p.date),
    unverified: d.unverified,
    verdict: v.verdict[lang],
  };
}

/**
 * The members from `procedure` to the opening quote of `receivedAt`'s value, for each procedure
 * and status: one piece of the NDJSON line instead of five. The procedures are the loaded
 * profiles', so the table stays small.
 */
const middles = new Map<string, Map<string, string>>();
function middle(procedure: string, status: string): string {
  let byStatus = middles.get(procedure);
  if (byStatus === undefined) middles.set(procedure, (byStatus = new Map<string, string>()));
  let text = byStatus.get(status);
  if (text === undefined) byStatus.set(status, (text = `","procedure":${qRepeated(procedure)},"status":"${status}","receivedAt":"`));
  return text;
}

/** The last members of the NDJSON line, by unit and by whether the count rests on a provisional day. */
const ENDS = {
  workingDays: [',"lateUnit":"workingDays","dependsOnProvisional":false}', ',"lateUnit":"workingDays","dependsOnProvisional":true}'],
  workingHours: [',"lateUnit":"workingHours","dependsOnProvisional":false}', ',"lateUnit":"workingHours","dependsOnProvisional":true}'],
} as const;

/**
 * The NDJSON line of an outcome: the same text as JSON.stringify of the compact
 * {@link outcomeObject}, which makes it when a value is `null` or needs an escape (an id or a
 * unit with a quote; a dossier awaiting supplements has no due instant). Otherwise it is
 * concatenated from as few pieces as it can be, each + making a string of ~32 bytes: the quotes
 * of a value are in the text around it, and the members that take few values come whole from
 * {@link middle} and {@link ENDS} (16 concatenations, from 36: ~3,950 B allocated per line of a
 * 200k-line register, from ~4,650).
 */
function ndjsonLine(o: DossierOutcome): string {
  const v = o.verdict;
  const { id, unit } = o;
  // ISO instants, statuses and units hold no character JSON escapes.
  if (v === null || id === null || unit === null || !plainJson(id) || !plainJson(unit) || v.deadline.dueAt === null || v.judgedAgainst === null)
    return JSON.stringify(outcomeObject(o, 'en', false));
  const d = v.deadline;
  const head = '{"line":' + o.line + ',"id":"' + id + '","unit":"' + unit + middle(d.procedure, v.status) + d.receivedAt;
  const due = head + '","dueAt":"' + d.dueAt + '","judgedAgainst":"' + v.judgedAgainst;
  const late = v.resolvedAt === null ? due + '","resolvedAt":null,"lateBy":' : due + '","resolvedAt":"' + v.resolvedAt + '","lateBy":';
  return late + v.lateBy + ENDS[d.unit][d.dependsOnProvisional ? 1 : 0];
}

function csvRow(o: DossierOutcome, lang: Lang): string {
  const v = o.verdict;
  const d = v?.deadline;
  const cells = [
    o.line,
    o.id,
    o.unit,
    o.procedure,
    o.status,
    d?.receivedAt,
    d?.clockStart,
    d?.dueAt,
    d?.appointments[0].dueAt,
    v?.resolvedAt,
    v?.lateBy,
    d?.unit,
    d?.dependsOnProvisional,
    d?.unverified.join(' '),
    o.error?.code,
    o.error?.field,
    o.error?.message,
    v?.verdict[lang],
  ];
  return cells.map((c) => csvField(typeof c === 'string' ? formulaSafe(c) : c)).join(',');
}

function textLine(o: DossierOutcome, lang: Lang): string {
  const status = messages[lang].status[o.status];
  const who = [o.id, o.unit, o.procedure].filter((x) => x !== null).join(' · ');
  if (o.verdict === null) {
    const e = o.error!;
    return `${o.line}: ${who} — ${status}: ${recordErrorText(e, lang)}`;
  }
  return `${o.line}: ${who} — ${status}. ${o.verdict.verdict[lang]}`;
}

/** How a report format writes one record, chosen once for the report rather than per record. */
function recordLine(format: ReportFormat, lang: Lang, continued: boolean): (o: DossierOutcome) => string {
  switch (format) {
    case 'csv':
      return (o) => csvRow(o, lang);
    case 'text':
      return (o) => printable(textLine(o, lang));
    case 'ndjson':
      return ndjsonLine;
    default: {
      let first = !continued;
      return (o) => {
        const json = JSON.stringify(outcomeObject(o, lang, true));
        if (!first) return ',' + json;
        first = false;
        return json;
      };
    }
  }
}

/**
 * The writer of a report format. With `continued`, the records go on a report begun elsewhere
 * (a worker thread's share): in the JSON report, the first one is preceded by a comma too.
 * @internal
 */
export function dossierReportWriter(
  format: ReportFormat,
  sink: LineSink,
  lang: Lang,
  summaryText: (s: DossierSummaryJson) => string,
  continued = false,
): DossierReportWriter {
  const lineOf = recordLine(format, lang, continued);
  return {
    begin() {
      if (format === 'csv') sink.line('\uFEFF' + COLUMNS.join(','));
      if (format === 'json') sink.line('{"results":[');
    },
    write(o) {
      sink.line(lineOf(o));
    },
    end(summary) {
      if (format === 'json') sink.line(`],"summary":${JSON.stringify(summary)}}`);
      else if (format === 'text' && summary !== null) sink.line('\n' + printableLines(summaryText(summary)));
    },
  };
}
