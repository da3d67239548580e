/**
 * Reports of a batch check: the summary (counts by status and by rule, kept as counters only)
 * and the writers of `vn-deadlines check --report text|csv|ndjson|json`. Writers emit lines to
 * a sink as records arrive; nothing is collected.
 */
import type { LocalizedText } from '../calendar/types.js';
import { ComplianceResultImpl, STATUS_TEXT, type ComplianceResult, type ComplianceStatus } from './check.js';
import type { RecordOutcome } from './records.js';
import type { ByteSink } from './sink.js';
import { dayLabel } from '../core/weekdays.js';
import { formulaSafe, printable } from '../core/escape.js';
import type { Lang } from '../core/lang.js';


/** A record's status in a batch: a verdict, or `error`. */
export type RecordStatus = ComplianceStatus | 'error';

/**
 * Every record status (a verdict, or `error`), in the order reports list them.
 * @example `RECORD_STATUSES.includes('error') // true`
 */
export const RECORD_STATUSES: readonly RecordStatus[] = Object.freeze(['onTime', 'late', 'overdue', 'tooEarly', 'open', 'notApplicable', 'error']);
const INDEX: Readonly<Record<RecordStatus, number>> = { onTime: 0, late: 1, overdue: 2, tooEarly: 3, open: 4, notApplicable: 5, error: 6 };

/** Counts by status, every status present (0 when none). */
export type StatusCounts = Record<RecordStatus, number>;

function counts(a: Int32Array | Float64Array): StatusCounts {
  const out = {} as StatusCounts;
  for (const s of RECORD_STATUSES) out[s] = a[INDEX[s]];
  return out;
}

/** The summary as plain data. */
export interface CheckSummaryJson {
  records: number;
  byStatus: StatusCounts;
  /** Per rule id, the readings by status (a record with two rules counts under each); errors under the rule as written. */
  byRule: Record<string, StatusCounts>;
  /** Records some reading of which would change under the what-if calendar. */
  changedIfPending: number;
}

/**
 * Counts of a batch check: records by status (a record with several readings counts once, by
 * its most severe verdict), readings by rule and status, and the records that would change
 * under the what-if calendar. Holds counters only, whatever the number of records.
 * @example
 * ```ts
 * const summary = new CheckSummary();
 * for (const r of checkMany(records)) summary.add(r);
 * summary.toJSON(); // { records, byStatus: { onTime, late, … }, byRule: { 'hp-2025/…': { … } }, changedIfPending }
 * ```
 */
export class CheckSummary {
  /** Records added. */
  records = 0;
  /** Records that would change under the what-if calendar. */
  changedIfPending = 0;
  readonly #status = new Float64Array(RECORD_STATUSES.length);
  readonly #rules = new Map<string, Float64Array>();

  /** Counts one record's outcome. */
  add(o: RecordOutcome): void {
    this.records++;
    this.#status[INDEX[o.status]]++;
    if (o.changedIfPending) this.changedIfPending++;
    if (o.error !== null) this.#rule(o.rule ?? '—')[INDEX.error]++;
    else for (let i = 0; i < o.readings.length; i++) this.#rule(o.readings[i].rule)[INDEX[o.readings[i].status]]++;
  }

  #rule(id: string): Float64Array {
    let a = this.#rules.get(id);
    if (a === undefined) {
      a = new Float64Array(RECORD_STATUSES.length);
      this.#rules.set(id, a);
    }
    return a;
  }

  /** Records by status. */
  get byStatus(): StatusCounts {
    return counts(this.#status);
  }

  /** Readings by rule id (sorted) and status. */
  get byRule(): Record<string, StatusCounts> {
    const out: Record<string, StatusCounts> = {};
    for (const id of [...this.#rules.keys()].sort()) out[id] = counts(this.#rules.get(id)!);
    return out;
  }

  /**
   * Adds the counts of another summary (e.g. one kept by a worker thread over part of the records).
   * @internal
   */
  absorb(other: CheckSummaryJson): void {
    this.records += other.records;
    this.changedIfPending += other.changedIfPending;
    for (const s of RECORD_STATUSES) this.#status[INDEX[s]] += other.byStatus[s];
    for (const [id, c] of Object.entries(other.byRule)) {
      const a = this.#rule(id);
      for (const s of RECORD_STATUSES) a[INDEX[s]] += c[s];
    }
  }

  /** The summary as plain data. */
  toJSON(): CheckSummaryJson {
    return { records: this.records, byStatus: this.byStatus, byRule: this.byRule, changedIfPending: this.changedIfPending };
  }

  /**
   * The summary for people, one line per rule, statuses with no record left out.
   * @param lang - `vi` (default) or `en`
   * @param whatIf - whether the what-if calendar was used (adds its line)
   */
  toText(lang: Lang = 'vi', whatIf = false): string {
    const list = (c: StatusCounts) =>
      RECORD_STATUSES.filter((s) => c[s] > 0)
        .map((s) => `${STATUS_TEXT[s][lang]} ${c[s]}`)
        .join(' · ');
    const byStatus = this.byStatus;
    const lines = [
      lang === 'vi'
        ? `Tổng hợp: ${this.records} bản ghi${this.records ? ` — ${list(byStatus)}` : ''}`
        : `Summary: ${this.records} record${this.records === 1 ? '' : 's'}${this.records ? ` — ${list(byStatus)}` : ''}`,
    ];
    const rules = this.byRule;
    const ids = Object.keys(rules);
    if (ids.length) {
      lines.push(lang === 'vi' ? 'Theo quy định:' : 'By rule:');
      // Rule ids as written in the records (an unknown one is anything): one line each, whatever they hold.
      const shown = ids.map(printable);
      const w = Math.max(...shown.map((i) => i.length));
      ids.forEach((id, k) => lines.push(`  ${shown[k].padEnd(w)}  ${list(rules[id])}`));
    }
    if (whatIf)
      lines.push(
        lang === 'vi'
          ? `Nếu các ngày nghỉ đang chờ công bố trở thành chính thức: ${this.changedIfPending} bản ghi thay đổi kết luận, hạn chót hoặc số ngày làm việc trễ`
          : `If the pending days off became law: ${this.changedIfPending} record${this.changedIfPending === 1 ? '' : 's'} would change verdict, due day or working days late`,
      );
    return lines.join('\n');
  }
}

// ---------------------------------------------------------------------------------------------
// Writers.

/** What a report knows about the run. @internal */
export interface ReportContext {
  lang: Lang;
  /** The input, as named on the command line. */
  source: string;
  asOf: string;
  whatIf: boolean;
  /** Records after the first of the report (a worker thread's share): the JSON report puts a comma before each. */
  continued?: boolean;
}

/** A report writer: `start`, one `record` per outcome in order, `end` with the summary. @internal */
export interface ReportWriter {
  start(): void;
  record(o: RecordOutcome): void;
  end(summary: CheckSummary): void;
}

/** The report formats. */
export type ReportFormat = 'text' | 'csv' | 'ndjson' | 'json';

/** A JSON string literal; plain text (no quote, backslash, control character or surrogate) without calling JSON.stringify. */
function q(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92 || c < 32 || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(s);
  }
  return '"' + s + '"';
}

/** Quoted rule ids, variant ids and rule lists, which repeat on every record. */
const quoted = new Map<string, string>();
function qRule(s: string): string {
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
    '"variant":' + (r.variant === null ? 'null' : qRule(r.variant)) +
    ',"status":"' + r.status + '","due":' + qDay(r.due) + ',"actual":' + qDay(r.actual);
  if (r.actual === null) s += ',"asOf":"' + r.asOf + '"';
  s += ',"calendarDays":' + r.calendarDays + ',"workingDays":' + r.workingDays + ',"workingDaysLate":' + r.workingDaysLate;
  if (r.dependsOnProvisional) s += ',"provisional":true';
  if (r.pending.length) s += ',"pending":[' + r.pending.map((p) => '"' + p.date + '"').join(',') + ']';
  if (r.reason !== null) s += ',"reason":' + q(r.reason[lang]);
  const w = r.whatIfPending;
  if (w != null) {
    s += ',"whatIfPending":{"status":"' + w.status + '","due":' + qDay(w.due) + ',"workingDaysLate":' + w.workingDaysLate +
      ',"changed":[' + w.changed.map((c) => '"' + c + '"').join(',') + ']}';
  }
  return s;
}

/**
 * One outcome as a JSON object on one line: `line`, `id` (when given), `rule`, `status`, `due`,
 * `workingDaysLate`, and `error` for a bad record or the verdict's fields (with `readings` for
 * several rules). Built by hand: the hot path of `--report ndjson`.
 * @internal
 */
export function outcomeJson(o: RecordOutcome, lang: Lang): string {
  let s = '{"line":' + o.line;
  if (o.id !== null) s += ',"id":' + (typeof o.id === 'number' && Number.isFinite(o.id) ? o.id : q(String(o.id)));
  s += ',"rule":' + (o.rule === null ? 'null' : qRule(o.rule));
  if (o.error !== null) {
    return s + ',"status":"error","due":null,"workingDaysLate":null,"error":{"code":"' + o.error.code + '","field":' + q(o.error.field) + ',"message":' + q(o.error.message) + '}}';
  }
  if (o.readings.length === 1) return s + ',' + jsonReading(o.governing!, lang) + '}';
  s += ',"status":"' + o.status + '","due":' + qDay(o.due) + ',"workingDaysLate":' + o.workingDaysLate + ',"agree":' + o.agree;
  if (o.changedIfPending) s += ',"changedIfPending":true';
  return s + ',"readings":[' + o.readings.map((r) => '{"rule":' + qRule(r.rule) + ',' + jsonReading(r, lang) + '}').join(',') + ']}';
}

function ndjsonWriter(sink: ByteSink, ctx: ReportContext): ReportWriter {
  return {
    start() {},
    record(o) {
      sink.line(outcomeJson(o, ctx.lang));
    },
    end() {},
  };
}

function jsonWriter(sink: ByteSink, ctx: ReportContext): ReportWriter {
  let first = ctx.continued !== true;
  return {
    start() {
      sink.line(`{"source":${JSON.stringify(ctx.source)},"asOf":"${ctx.asOf}","results":[`);
    },
    record(o) {
      sink.line(first ? outcomeJson(o, ctx.lang) : ',' + outcomeJson(o, ctx.lang));
      first = false;
    },
    end(summary) {
      sink.line(`],"summary":${JSON.stringify(summary)}}`);
    },
  };
}

/**
 * A cell of the CSV report: text from the records (titles, ids, rule ids as written) may start
 * like a formula, so text goes through {@link formulaSafe}; numbers and booleans as they are.
 */
const reportCell = (v: string | number | boolean | null | undefined): string => csvField(typeof v === 'string' ? formulaSafe(v) : v);

/** A CSV field, quoted when it holds a delimiter, a quote or a line break. @internal */
export function csvField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",;\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = [
  'line',
  'id',
  'title',
  'rule',
  'variant',
  'status',
  'due',
  'actual',
  'calendarDays',
  'workingDays',
  'workingDaysLate',
  'provisional',
  'pending',
  'readings',
  'whatIfStatus',
  'whatIfDue',
  'whatIfWorkingDaysLate',
  'errorCode',
  'errorField',
  'errorMessage',
  'verdict',
] as const;

function csvWriter(sink: ByteSink, ctx: ReportContext): ReportWriter {
  return {
    start() {
      // A BOM, so that spreadsheet programs read the Vietnamese text as UTF-8.
      sink.line('\uFEFF' + CSV_COLUMNS.join(','));
    },
    record(o) {
      const g = o.governing;
      const several = o.readings.length > 1;
      const w = g?.whatIfPending ?? o.readings.find((r) => r.whatIfPending != null)?.whatIfPending ?? null;
      const verdict = g === null ? '' : several ? lastLine(multiVerdict(o, ctx.lang)) : g.verdict[ctx.lang];
      const row = [
        o.line,
        o.id,
        o.title,
        o.rule,
        several ? null : g?.variant,
        o.status,
        o.due,
        g?.actual,
        g?.calendarDays,
        g?.workingDays,
        o.workingDaysLate,
        g === null ? null : o.readings.some((r) => r.dependsOnProvisional),
        g === null ? null : [...new Set(o.readings.flatMap((r) => r.pending.map((p) => p.date)))].join('|'),
        several ? o.readings.map((r) => `${r.rule}=${r.status}${r.workingDaysLate ? `(${r.workingDaysLate})` : ''}`).join('|') : null,
        w?.status,
        w?.due,
        w?.workingDaysLate,
        o.error?.code,
        o.error?.field,
        o.error?.message,
        verdict,
      ];
      sink.line(row.map(reportCell).join(','));
    },
    end() {},
  };
}

const lastLine = (s: string): string => s.slice(s.lastIndexOf('\n') + 1);

function multiVerdict(o: RecordOutcome, l: Lang): string {
  const list = o.readings.map((r) => `${r.rule}: ${STATUS_TEXT[r.status][l]}${r.workingDaysLate > 0 ? ` ${r.workingDaysLate} ${l === 'vi' ? 'ngày làm việc' : 'working day' + (r.workingDaysLate === 1 ? '' : 's')}` : ''}`).join('; ');
  const n = o.readings.length;
  return l === 'vi'
    ? `Kết luận kiểm tra theo ${n} quy định${o.agree ? ' (thống nhất)' : ' (khác nhau)'}: ${list}`
    : `Verdict under ${n} rules${o.agree ? ' (they agree)' : ' (they differ)'}: ${list}`;
}

const TEXT: Record<Lang, { line: string; field: string; title: (src: string, asOf: string) => string; whatIf: string }> = {
  vi: {
    line: 'dòng',
    field: 'trường',
    title: (src, asOf) => `Kiểm tra thời hạn: ${src} — tính đến ngày ${dayLabel(asOf, 'vi')}`,
    whatIf: 'nếu các ngày nghỉ đang chờ công bố trở thành chính thức',
  },
  en: {
    line: 'line',
    field: 'field',
    title: (src, asOf) => `Deadline check: ${src} — as of ${dayLabel(asOf, 'en')}`,
    whatIf: 'if the pending days off became law',
  },
};

/** Statuses that get the reasons in the text report. */
const EXPLAIN: ReadonlySet<RecordStatus> = new Set(['late', 'overdue', 'tooEarly']);

/** The lines of a reading's explanation worth showing beside a bad verdict: the source, the start, days off passed over, rolls and the due day. */
function reasons(r: ComplianceResult, l: Lang): string[] {
  const res = r.dueResult;
  if (res === null) return [];
  const out: string[] = [];
  const rule = r instanceof ComplianceResultImpl ? r.compiled : null;
  if (rule) out.push(`${l === 'vi' ? 'Nguồn' : 'Source'}: ${rule.source.document}, ${rule.source.item}: “${rule.source.text}”`);
  if (res.interpretation) out.push(`${l === 'vi' ? 'Diễn giải' : 'Interpretation'}: ${firstSentence(res.interpretation[l])}`);
  for (const st of res.steps) {
    // Counted days and a due day that is a working day only where they need a word (a make-up Saturday, a pending day).
    if ((st.kind === 'count' || (st.kind === 'lastWorkingDay' && res.lastWorkingDay === res.due)) && !st.text[l].includes(' — ')) continue;
    if (st.kind === 'skip' && (st.reasons ?? []).every((x) => x.kind === 'weekend')) continue;
    out.push(st.text[l]);
  }
  return out;
}

function firstSentence(s: string): string {
  const i = s.search(/[.](\s|$)/);
  return i > 0 && i < s.length - 1 ? s.slice(0, i + 1) : s;
}

function textWriter(bytes: ByteSink, ctx: ReportContext): ReportWriter {
  // Every line of the text report goes through printable: the records' text (titles, ids, rule
  // ids, values quoted in messages) can neither write escape sequences to the terminal nor
  // break a line of the report.
  const sink = { line: (s: string) => bytes.line(printable(s)) };
  const l = ctx.lang;
  const T = TEXT[l];
  const mark = (s: RecordStatus): string => {
    const t = STATUS_TEXT[s][l];
    return EXPLAIN.has(s) || s === 'error' ? `[${t.toUpperCase()}]` : `[${t}]`;
  };
  const whatIfLine = (r: ComplianceResult): string | null => {
    const w = r.whatIfPending;
    if (w == null) return null;
    const parts: string[] = [];
    if (w.changed.includes('due')) parts.push(`${l === 'vi' ? 'hạn chót' : 'due'} ${r.due} → ${w.due}`);
    if (w.changed.includes('status')) parts.push(`${STATUS_TEXT[r.status][l]} → ${STATUS_TEXT[w.status][l]}`);
    if (w.changed.includes('workingDaysLate')) parts.push(`${l === 'vi' ? 'ngày làm việc trễ' : 'working days late'} ${r.workingDaysLate} → ${w.workingDaysLate}`);
    return `    ${T.whatIf}: ${parts.join('; ')}`;
  };
  return {
    start() {
      sink.line(T.title(ctx.source, ctx.asOf));
    },
    record(o) {
      const head = [`${T.line} ${o.line}`, o.id === null ? null : String(o.id), o.title].filter((x) => x !== null).join(' · ');
      sink.line('');
      sink.line(head);
      if (o.error !== null) {
        sink.line(`  ${mark('error')} ${o.rule ?? ''}`.trimEnd());
        sink.line(`    ${T.field} ${o.error.field}: ${o.error.message}`);
        return;
      }
      for (const r of o.readings) {
        sink.line(`  ${mark(r.status)} ${r.rule}`);
        if (EXPLAIN.has(r.status)) for (const x of reasons(r, l)) sink.line(`    ${x}`);
        sink.line(`    ${r.verdict[l]}`);
        const w = whatIfLine(r);
        if (w !== null) sink.line(w);
      }
      if (o.readings.length > 1) sink.line(`  ${multiVerdict(o, l)}`);
    },
    end() {},
  };
}

/**
 * A writer of a report format.
 * @internal
 */
export function reportWriter(format: ReportFormat, sink: ByteSink, ctx: ReportContext): ReportWriter {
  switch (format) {
    case 'text':
      return textWriter(sink, ctx);
    case 'csv':
      return csvWriter(sink, ctx);
    case 'json':
      return jsonWriter(sink, ctx);
    default:
      return ndjsonWriter(sink, ctx);
  }
}

/**
 * Bilingual status names, for callers that print statuses.
 * @example `STATUS_NAMES.late.vi // 'trễ hạn'`
 */
export const STATUS_NAMES: Readonly<Record<RecordStatus, LocalizedText>> = STATUS_TEXT;
