/** The text report, for people: a block per record, reasons beside bad verdicts, every line printable. */
import { printable } from '../core/escape.js';
import { say as sayIn, type Params } from '../core/catalogue.js';
import { dayText } from '../core/date-text.js';
import type { Lang } from '../core/lang.js';
import { ComplianceResultImpl } from '../compliance/result.js';
import { STATUS_TEXT } from '../compliance/status.js';
import type { RecordStatus } from '../compliance/summary.js';
import type { ComplianceResult } from '../compliance/types.js';
import { readingsLine } from '../compliance/verdict.js';
import { recordErrorText } from '../messages/record-error.js';
import { IO_TEXT } from './messages.js';
import type { LineSink, ReportContext, ReportWriter } from './types.js';
import { itemText } from '../core/citation.js';

/** A text of the io catalogue. */
const say = (l: Lang, key: keyof (typeof IO_TEXT)['vi'], params?: Params): string => sayIn(IO_TEXT, l, key, params);

/** Statuses that get the reasons in the text report. */
const EXPLAIN: ReadonlySet<RecordStatus> = new Set(['late', 'overdue', 'tooEarly']);

/** The lines of a reading's explanation worth showing beside a bad verdict: the source, the start, days off passed over, rolls and the due day. */
function reasons(r: ComplianceResult, l: Lang): string[] {
  const res = r.dueResult;
  if (res === null) return [];
  const out: string[] = [];
  const rule = r instanceof ComplianceResultImpl ? r.compiled : null;
  if (rule) out.push(say(l, 'source', { document: rule.source.document, item: itemText(rule.source.item, l), text: rule.source.text }));
  if (res.interpretation) out.push(say(l, 'interpretation', { text: firstSentence(res.interpretation[l]) }));
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

/** @internal */
export function textWriter(bytes: LineSink, ctx: ReportContext): ReportWriter {
  // Every line of the text report goes through printable: the records' text (titles, ids, rule
  // ids, values quoted in messages) can neither write escape sequences to the terminal nor
  // break a line of the report.
  const sink = { line: (s: string) => bytes.line(printable(s)) };
  const l = ctx.lang;
  const mark = (s: RecordStatus): string => {
    const t = STATUS_TEXT[s][l];
    return EXPLAIN.has(s) || s === 'error' ? `[${t.toUpperCase()}]` : `[${t}]`;
  };
  const whatIfLine = (r: ComplianceResult): string | null => {
    const w = r.whatIfPending;
    if (w == null) return null;
    const parts: string[] = [];
    if (w.changed.includes('due')) parts.push(say(l, 'due', { from: r.due === null ? '—' : dayText(r.due, l), to: w.due === null ? '—' : dayText(w.due, l) }));
    if (w.changed.includes('status')) parts.push(`${STATUS_TEXT[r.status][l]} → ${STATUS_TEXT[w.status][l]}`);
    if (w.changed.includes('workingDaysLate')) parts.push(say(l, 'daysLate', { from: r.workingDaysLate, to: w.workingDaysLate }));
    return `    ${say(l, 'whatIf')}: ${parts.join('; ')}`;
  };
  return {
    begin() {
      sink.line(say(l, 'title', { src: ctx.source, asOf: dayText(ctx.asOf, l) }));
    },
    write(o) {
      const head = [`${say(l, 'line')} ${o.line}`, o.id === null ? null : String(o.id), o.title].filter((x) => x !== null).join(' · ');
      sink.line('');
      sink.line(head);
      if (o.error !== null) {
        sink.line(`  ${mark('error')} ${o.rule ?? ''}`.trimEnd());
        sink.line(`    ${say(l, 'field')} ${o.error.field}: ${recordErrorText(o.error, l)}`);
        return;
      }
      for (const r of o.readings) {
        sink.line(`  ${mark(r.status)} ${r.rule}`);
        if (EXPLAIN.has(r.status)) for (const x of reasons(r, l)) sink.line(`    ${x}`);
        sink.line(`    ${r.verdict[l]}`);
        const w = whatIfLine(r);
        if (w !== null) sink.line(w);
      }
      if (o.readings.length > 1) sink.line(`  ${readingsLine(o.readings, o.agree, l)}`);
    },
    end() {},
  };
}
