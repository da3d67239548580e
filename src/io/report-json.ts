/** The NDJSON and JSON reports: one JSON object per outcome, built by hand (the hot path of `--report ndjson`). */
import type { Lang } from '../core/lang.js';
import type { RecordOutcome } from '../compliance/records.js';
import type { ComplianceResult } from '../compliance/types.js';
import type { LineSink, ReportContext, ReportWriter } from './types.js';

/**
 * Whether a string is plain text for JSON (no quote, backslash, control character or
 * surrogate): its JSON literal is the string between quotes.
 * @example `plainJson('Sở Tư pháp') // true`
 * @internal
 */
export function plainJson(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92 || c < 32 || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

/** A JSON string literal; plain text ({@link plainJson}) without calling JSON.stringify. */
function q(s: string): string {
  return plainJson(s) ? '"' + s + '"' : JSON.stringify(s);
}

/** Quoted rule ids, variant ids, rule lists and procedure ids, which repeat on every record. */
const quoted = new Map<string, string>();
/**
 * {@link q} of a string that repeats record after record (a rule or procedure id), made once.
 * @internal
 */
export function qRepeated(s: string): string {
  let hit = quoted.get(s);
  if (hit === undefined) {
    hit = q(s);
    if (quoted.size < 4096) quoted.set(s, hit);
  }
  return hit;
}

const qDay = (d: string | null): string => (d === null ? 'null' : '"' + d + '"');

/** The fields of one reading, as JSON members (no braces). */
function jsonReading(r: ComplianceResult, lang: Lang): string {
  let s =
    '"variant":' + (r.variant === null ? 'null' : qRepeated(r.variant)) + ',"status":"' + r.status + '","due":' + qDay(r.due) + ',"actual":' + qDay(r.actual);
  if (r.actual === null) s += ',"asOf":"' + r.asOf + '"';
  s += ',"calendarDays":' + r.calendarDays + ',"workingDays":' + r.workingDays + ',"workingDaysLate":' + r.workingDaysLate;
  if (r.dependsOnProvisional) s += ',"provisional":true';
  if (r.pending.length) s += ',"pending":[' + r.pending.map((p) => '"' + p.date + '"').join(',') + ']';
  if (r.reason !== null) s += ',"reason":' + q(r.reason[lang]);
  const w = r.whatIfPending;
  if (w != null) {
    s +=
      ',"whatIfPending":{"status":"' +
      w.status +
      '","due":' +
      qDay(w.due) +
      ',"workingDaysLate":' +
      w.workingDaysLate +
      ',"changed":[' +
      w.changed.map((c) => '"' + c + '"').join(',') +
      ']}';
  }
  return s;
}

/**
 * One outcome as a JSON object on one line: `line`, `id` (when given), `rule`, `status`, `due`,
 * `workingDaysLate`, and `error` for a bad record or the verdict's fields (with `readings` for
 * several rules). Built by hand: the hot path of `--report ndjson`.
 * @internal
 */
function outcomeJson(o: RecordOutcome, lang: Lang): string {
  let s = '{"line":' + o.line;
  if (o.id !== null) s += ',"id":' + (typeof o.id === 'number' && Number.isFinite(o.id) ? o.id : q(String(o.id)));
  s += ',"rule":' + (o.rule === null ? 'null' : qRepeated(o.rule));
  if (o.error !== null) {
    return (
      s +
      ',"status":"error","due":null,"workingDaysLate":null,"error":{"code":"' +
      o.error.code +
      '","field":' +
      q(o.error.field) +
      ',"message":' +
      q(o.error.message) +
      '}}'
    );
  }
  if (o.readings.length === 1) return s + ',' + jsonReading(o.governing!, lang) + '}';
  s += ',"status":"' + o.status + '","due":' + qDay(o.due) + ',"workingDaysLate":' + o.workingDaysLate + ',"agree":' + o.agree;
  if (o.changedIfPending) s += ',"changedIfPending":true';
  return s + ',"readings":[' + o.readings.map((r) => '{"rule":' + qRepeated(r.rule) + ',' + jsonReading(r, lang) + '}').join(',') + ']}';
}

/** @internal */
export function ndjsonWriter(sink: LineSink, ctx: ReportContext): ReportWriter {
  return {
    begin() {},
    write(o) {
      sink.line(outcomeJson(o, ctx.lang));
    },
    end() {},
  };
}

/** @internal */
export function jsonWriter(sink: LineSink, ctx: ReportContext): ReportWriter {
  let first = ctx.continued !== true;
  return {
    begin() {
      sink.line(`{"source":${JSON.stringify(ctx.source)},"asOf":"${ctx.asOf}","results":[`);
    },
    write(o) {
      sink.line(first ? outcomeJson(o, ctx.lang) : ',' + outcomeJson(o, ctx.lang));
      first = false;
    },
    end(summary) {
      sink.line(`],"summary":${JSON.stringify(summary)}}`);
    },
  };
}
