/**
 * Steps and explanations of a due date, in Vietnamese and English. Computed on demand (the
 * result's getters call these), so the hot path pays nothing for them. Steps list each day
 * counted or skipped with the calendar's reasons; the explanation adds the source wording, the
 * variant, the interpretation and the legal basis.
 */
import type { Calendar } from '../calendar/calendar.js';
import type { DayInfo, LocalizedText } from '../calendar/types.js';
import { formatDay, isoWeekday, tryParseIsoDay } from '../core/days.js';
import type { CompiledRuleImpl, CompiledVariant } from './compile.js';
import type { Condition } from './schema.js';
import type { DueResult, DueStep } from './types.js';
import { dayLabel } from '../core/weekdays.js';
import type { Lang } from '../core/lang.js';


const day = (iso: string): number => tryParseIsoDay(iso) as number;
const label = dayLabel;
const dmy = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const ordinal = (n: number): string => {
  const t = n % 100;
  const suffix = t >= 11 && t <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
};
const both = (f: (l: Lang) => string): LocalizedText => ({ vi: f('vi'), en: f('en') });

/** Why a day is not a working day (or why a weekend day is one), one line. */
function why(info: DayInfo, l: Lang): string {
  const parts = info.reasons
    .filter((r) => !(info.working && r.kind === 'weekend'))
    .map((r) => {
      if (r.kind === 'weekend') return l === 'vi' ? 'nghỉ hằng tuần' : 'weekly rest';
      const docs = r.documents.map((d) => d.id).join('; ');
      return `${r.name[l]}${docs ? ` (${docs})` : ''}`;
    });
  if (info.status === 'provisional') parts.push(l === 'vi' ? 'tạm tính' : 'provisional');
  return parts.join('; ');
}

function skipStep(info: DayInfo): DueStep {
  return {
    kind: 'skip',
    date: info.date,
    text: both((l) => `${label(info.date, l)}: ${l === 'vi' ? 'bỏ qua' : 'skipped'} — ${why(info, l)}`),
    reasons: info.reasons,
  };
}

/** Skip steps for every day off between two days (both included), in the order given. */
function skips(cal: Calendar, fromIso: string, toIso: string): DueStep[] {
  const a = day(fromIso);
  const b = day(toIso);
  const step = a <= b ? 1 : -1;
  const out: DueStep[] = [];
  for (let d = a; step > 0 ? d <= b : d >= b; d += step) {
    const iso = formatDay(d);
    if (!cal.isWorkingDay(iso)) out.push(skipStep(cal.dayInfo(iso)));
  }
  return out;
}

const UNIT: Record<string, Record<Lang, string>> = {
  workingDays: { vi: 'ngày làm việc', en: 'working days' },
  calendarDays: { vi: 'ngày', en: 'days' },
  weeks: { vi: 'tuần', en: 'weeks' },
  months: { vi: 'tháng', en: 'months' },
  years: { vi: 'năm', en: 'years' },
};

const ROLL: Record<string, Record<Lang, string>> = {
  following: { vi: 'dời sang ngày làm việc tiếp theo (BLDS 2015 Điều 148 khoản 5)', en: 'moved to the next working day (Civil Code 2015, Art. 148(5))' },
  preceding: {
    vi: 'lùi về ngày làm việc liền trước (để không rút ngắn thời hạn tối thiểu)',
    en: 'moved back to the previous working day (so as not to shorten the minimum lead time)',
  },
  modifiedFollowing: { vi: 'dời sang ngày làm việc tiếp theo trong cùng tháng, nếu không thì lùi lại', en: 'moved to the next working day in the same month, else back' },
  modifiedPreceding: { vi: 'lùi về ngày làm việc liền trước trong cùng tháng, nếu không thì dời tới', en: 'moved back to the previous working day in the same month, else forward' },
};

function factStep(rule: CompiledRuleImpl, name: string, iso: string): DueStep {
  const desc = rule.facts[name].description;
  return {
    kind: 'fact',
    date: iso,
    text: both((l) =>
      l === 'vi'
        ? `Mốc: ${desc.vi} — ${label(iso, l)}; không tính ngày này (BLDS 2015 Điều 147)`
        : `Start: ${desc.en} — ${label(iso, l)}; that day is not counted (Civil Code 2015, Art. 147)`,
    ),
  };
}

function periodName(p: string, l: Lang): string {
  if (/^\d{4}-\d{2}$/.test(p)) return l === 'vi' ? `tháng ${p.slice(5)}/${p.slice(0, 4)}` : `month ${p}`;
  if (p.includes('Q')) return l === 'vi' ? `quý ${p.slice(6)}/${p.slice(0, 4)}` : `quarter ${p.slice(5)} of ${p.slice(0, 4)}`;
  if (p.includes('H')) return l === 'vi' ? `6 tháng ${p.endsWith('1') ? 'đầu' : 'cuối'} năm ${p.slice(0, 4)}` : `${p.endsWith('1') ? 'first' : 'second'} half of ${p.slice(0, 4)}`;
  return l === 'vi' ? `năm ${p}` : `year ${p}`;
}

/**
 * The steps that lead to a result's due day.
 * @internal
 */
export function buildSteps(res: DueResult & { target: string | null }, rule: CompiledRuleImpl, variant: CompiledVariant, cal: Calendar): DueStep[] {
  const steps: DueStep[] = [];
  const d = variant.deadline;
  const due = res.due;
  switch (d.kind) {
    case 'offset': {
      const from = res.from!;
      steps.push(factStep(rule, d.from, from));
      const after = d.direction === 'after';
      if (d.unit === 'workingDays') {
        let n = 0;
        const end = day(due!);
        for (let x = day(from) + (after ? 1 : -1); after ? x <= end : x >= end; x += after ? 1 : -1) {
          const iso = formatDay(x);
          const info = cal.dayInfo(iso);
          if (info.working) {
            n++;
            const notes = (l: Lang) => [
              ...(isoWeekday(x) >= 6 ? [why(info, l)] : []),
              ...info.pending.map((p) => `${l === 'vi' ? 'lưu ý' : 'note'}: ${p.name[l]} (${l === 'vi' ? 'chờ công bố' : 'pending'})`),
            ];
            const extra = both((l) => (notes(l).length ? ` — ${notes(l).join('; ')}` : ''));
            steps.push({
              kind: 'count',
              date: iso,
              n,
              text: both((l) => `${label(iso, l)}: ${l === 'vi' ? `ngày làm việc thứ ${n}` : `working day ${n}`}${extra[l]}`),
            });
          } else steps.push(skipStep(info));
        }
        steps.push({
          kind: 'due',
          date: due,
          text: both((l) =>
            l === 'vi'
              ? `Hạn: ${label(due!, l)} — ngày làm việc thứ ${d.amount} ${after ? 'sau' : 'trước'} ngày ${from}`
              : `Due: ${label(due!, l)} — the ${ordinal(d.amount)} working day ${after ? 'after' : 'before'} ${from}`,
          ),
        });
        break;
      }
      const target = res.target!;
      const naive = d.unit === 'months' || d.unit === 'years' ? null : target;
      const clamped = naive === null && target.slice(8) !== from.slice(8);
      steps.push({
        kind: 'target',
        date: target,
        text: both(
          (l) =>
            `${from} ${after ? '+' : '−'} ${d.amount} ${UNIT[d.unit][l]} = ${label(target, l)}` +
            (clamped
              ? l === 'vi'
                ? ' (tháng đó không có ngày tương ứng: lấy ngày cuối tháng, BLDS 2015 Điều 148)'
                : ' (that month has no corresponding day: its last day, Civil Code 2015, Art. 148)'
              : ''),
        ),
      });
      const roll = variant.compiled.roll;
      if (due !== target) {
        steps.push(...skips(cal, target, due! < target ? formatDay(day(due!) + 1) : formatDay(day(due!) - 1)));
        steps.push({ kind: 'roll', date: due, text: both((l) => `${label(target, l)} ${l === 'vi' ? 'không phải ngày làm việc' : 'is not a working day'}: ${ROLL[roll][l]} → ${due}`) });
      } else if (roll === 'none' && !cal.isWorkingDay(target)) {
        steps.push({
          kind: 'roll',
          date: due,
          text: both((l) => (l === 'vi' ? `${target} không phải ngày làm việc; quy tắc không dời ngày` : `${target} is not a working day; the rule does not move it`)),
        });
      }
      steps.push({ kind: 'due', date: due, text: both((l) => `${rule.isDeadline ? (l === 'vi' ? 'Hạn' : 'Due') : l === 'vi' ? 'Kết quả' : 'Result'}: ${label(due!, l)}`) });
      break;
    }
    case 'immediatelyAfter': {
      const from = res.from!;
      steps.push(factStep(rule, d.from, from));
      if (day(due!) - day(from) > 1) steps.push(...skips(cal, formatDay(day(from) + 1), formatDay(day(due!) - 1)));
      steps.push({
        kind: 'due',
        date: due,
        text: both((l) => (l === 'vi' ? `Hạn: ${label(due!, l)} — ngày làm việc đầu tiên sau ngày ${from}` : `Due: ${label(due!, l)} — the first working day after ${from}`)),
      });
      break;
    }
    case 'fixed': {
      const target = res.target!;
      steps.push({
        kind: 'fixed',
        date: target,
        text: both((l) =>
          d.bound === 'before'
            ? l === 'vi'
              ? `“Trước ngày ${dmy(d.date)}”: ngày cuối cùng là ngày liền trước, ${label(target, l)}`
              : `“Before ${d.date}”: the last allowed day is the day before, ${label(target, l)}`
            : l === 'vi'
              ? `“Chậm nhất ngày ${dmy(d.date)}”: ngày cuối cùng là ${label(target, l)}`
              : `“By ${d.date} at the latest”: the last allowed day is ${label(target, l)}`,
        ),
      });
      if (res.windowStart !== null) {
        steps.push({
          kind: 'window',
          date: res.windowStart,
          text: both((l) => (l === 'vi' ? `Thực hiện sau ngày ${dmy(d.opensAfter!)}: từ ${res.windowStart}` : `To be done after ${d.opensAfter}: from ${res.windowStart}`)),
        });
      }
      if (res.dataPeriod) {
        const p = res.dataPeriod;
        steps.push({ kind: 'data', date: null, text: both((l) => (l === 'vi' ? `Số liệu: từ ${p.from} đến hết ${p.to}` : `Data: ${p.from} to ${p.to}, both included`)) });
      }
      if (due !== target) {
        steps.push(...skips(cal, target, due! < target ? formatDay(day(due!) + 1) : formatDay(day(due!) - 1)));
        steps.push({ kind: 'roll', date: due, text: both((l) => `${target}: ${ROLL[variant.compiled.roll][l]} → ${due}`) });
      }
      steps.push({ kind: 'due', date: due, text: both((l) => `${l === 'vi' ? 'Hạn' : 'Due'}: ${label(due!, l)}`) });
      break;
    }
    case 'window': {
      const start = res.windowStart!;
      if (d.span === 'afterFact') steps.push(factStep(rule, d.fact, res.from!));
      const what = (l: Lang) =>
        d.span === 'month'
          ? l === 'vi'
            ? `Trong tháng ${d.month.slice(5)}/${d.month.slice(0, 4)}`
            : `During ${d.month}`
          : d.span === 'year'
            ? l === 'vi'
              ? `Trong năm ${d.year}`
              : `During ${d.year}`
            : l === 'vi'
              ? `Sau ngày ${res.from}, đến hết ${dmy(d.until)}`
              : `After ${res.from}, until ${d.until}`;
      steps.push({
        kind: 'window',
        date: start,
        text: both(
          (l) =>
            `${what(l)}: ${l === 'vi' ? 'từ' : 'from'} ${label(start, l)} ${l === 'vi' ? 'đến hết' : 'to'} ${label(due!, l)}` +
            (start > due! ? (l === 'vi' ? ' — khoảng thời gian rỗng: sự kiện xảy ra sau ngày cuối' : ' — the window is empty: the event came after its end') : ''),
        ),
      });
      steps.push({ kind: 'due', date: due, text: both((l) => `${l === 'vi' ? 'Hạn (ngày cuối)' : 'Due (last day)'}: ${label(due!, l)}`) });
      break;
    }
    case 'periodic': {
      const p = res.period!;
      steps.push({ kind: 'period', date: null, text: both((l) => `${l === 'vi' ? 'Kỳ báo cáo' : 'Reporting period'}: ${periodName(p, l)}`) });
      const dp = res.dataPeriod!;
      steps.push({ kind: 'data', date: null, text: both((l) => (l === 'vi' ? `Số liệu: từ ${dp.from} đến hết ${dp.to}` : `Data: ${dp.from} to ${dp.to}, both included`)) });
      const target = res.target!;
      const named = d.due.bound === 'before' ? formatDay(day(target) + 1) : target;
      steps.push({
        kind: 'target',
        date: target,
        text: both((l) =>
          d.due.bound === 'before'
            ? l === 'vi'
              ? `Gửi trước ngày ${dmy(named)}: ngày cuối cùng là ${label(target, l)}`
              : `Send before ${named}: the last allowed day is ${label(target, l)}`
            : l === 'vi'
              ? `Gửi chậm nhất ngày ${dmy(named)}: ${label(target, l)}`
              : `Send by ${named} at the latest: ${label(target, l)}`,
        ),
      });
      if (due !== target) {
        steps.push(...skips(cal, target, due! < target ? formatDay(day(due!) + 1) : formatDay(day(due!) - 1)));
        steps.push({ kind: 'roll', date: due, text: both((l) => `${target}: ${ROLL[variant.compiled.roll][l]} → ${due}`) });
      }
      steps.push({ kind: 'due', date: due, text: both((l) => `${l === 'vi' ? 'Hạn' : 'Due'}: ${label(due!, l)}`) });
      break;
    }
    default:
      steps.push({ kind: 'status', date: null, text: res.note! });
  }
  if (due !== null) {
    const lwd = res.lastWorkingDay!;
    if (lwd !== due) steps.push(...skips(cal, due, formatDay(day(lwd) + 1)));
    // A due day on a weekend that is a working day (a make-up Saturday) says why, unless a counted step already did.
    const makeUp = lwd === due && isoWeekday(day(due)) >= 6 && !steps.some((st) => st.kind === 'count' && st.date === due) ? cal.dayInfo(due) : null;
    steps.push({
      kind: 'lastWorkingDay',
      date: lwd,
      text: both((l) =>
        lwd === due
          ? makeUp !== null
            ? `${label(due, l)} ${l === 'vi' ? 'là ngày làm việc' : 'is a working day'} — ${why(makeUp, l)}`
            : l === 'vi'
              ? `${due} là ngày làm việc`
              : `${due} is a working day`
          : l === 'vi'
            ? `Ngày làm việc cuối cùng không muộn hơn ${due}: ${label(lwd, l)}`
            : `Last working day on or before ${due}: ${label(lwd, l)}`,
      ),
    });
  }
  for (const p of res.pending) {
    steps.push({
      kind: 'notice',
      date: p.date,
      text: both(
        (l) =>
          `${l === 'vi' ? 'Lưu ý' : 'Note'}: ${p.date} ${p.name[l]} — ${p.note[l]} (${p.applied ? (l === 'vi' ? 'đã áp dụng là ngày nghỉ' : 'applied as a day off') : l === 'vi' ? 'chưa áp dụng' : 'not applied'})`,
      ),
    });
  }
  if (res.dependsOnProvisional) {
    steps.push({
      kind: 'notice',
      date: null,
      text: {
        vi: 'Lưu ý: kết quả dựa trên ngày nghỉ tạm tính (chưa có lịch nghỉ chính thức cho năm đó)',
        en: 'Note: the result rests on provisional days (no official arrangements for that year yet)',
      },
    });
  }
  return steps;
}

const OPS: Record<string, Record<Lang, string>> = {
  equal: { vi: '=', en: '=' },
  notEqual: { vi: '≠', en: '≠' },
  lessThan: { vi: '<', en: '<' },
  lessThanInclusive: { vi: '≤', en: '≤' },
  greaterThan: { vi: '>', en: '>' },
  greaterThanInclusive: { vi: '≥', en: '≥' },
  in: { vi: 'thuộc', en: 'in' },
  notIn: { vi: 'không thuộc', en: 'not in' },
  contains: { vi: 'chứa', en: 'contains' },
  doesNotContain: { vi: 'không chứa', en: 'does not contain' },
};

/** A condition in words. @internal */
export function conditionText(c: Condition, l: Lang): string {
  if ('all' in c) return c.all.length === 0 ? (l === 'vi' ? 'luôn đúng' : 'always') : c.all.map((x) => conditionText(x, l)).join(l === 'vi' ? ' và ' : ' and ');
  if ('any' in c) return `(${c.any.map((x) => conditionText(x, l)).join(l === 'vi' ? ' hoặc ' : ' or ')})`;
  if ('not' in c) return `${l === 'vi' ? 'không' : 'not'} (${conditionText(c.not, l)})`;
  return `${c.fact} ${OPS[c.operator][l]} ${JSON.stringify(c.value)}`;
}

/** Dates of validity in words, e.g. ' [hiệu lực từ 01/07/2025]'; '' without any. */
function validity(from: string | undefined, to: string | undefined, l: Lang): string {
  if (from === undefined && to === undefined) return '';
  const parts =
    l === 'vi'
      ? [from !== undefined ? `từ ${dmy(from)}` : '', to !== undefined ? `đến hết ${dmy(to)}` : ''].filter(Boolean).join(' ')
      : [from !== undefined ? `from ${from}` : '', to !== undefined ? `to ${to}` : ''].filter(Boolean).join(' ');
  return l === 'vi' ? ` [hiệu lực ${parts}]` : ` [in force ${parts}]`;
}

const COUNTING: LocalizedText = {
  vi: 'Cách tính thời hạn: Bộ luật Dân sự 2015, Điều 144–148 (không tính ngày xảy ra sự kiện; ngày cuối là ngày nghỉ thì theo quy tắc của quy định)',
  en: 'Counting: Civil Code 2015, Art. 144–148 (the day of the event is not counted; a last day that is a day off moves as the rule says)',
};

/**
 * The bilingual explanation of a result: rule, source wording, variant, interpretation, steps,
 * conclusion and legal basis.
 * @internal
 */
export function buildExplanation(res: DueResult, rule: CompiledRuleImpl, variant: CompiledVariant): LocalizedText {
  const s = variant.source;
  const kind = variant.deadline.kind;
  const lines = (l: Lang): string[] => {
    const out: string[] = [];
    out.push(`${rule.title[l]} [${rule.id}]`);
    out.push(
      l === 'vi'
        ? `Nguồn: ${s.document} ngày ${dmy(s.date)}, ${s.item}: “${s.text}”${s.verbatim ? '' : ' (chưa đối chiếu nguyên văn)'}`
        : `Source: ${s.document} of ${s.date}, ${s.item}: “${s.text}”${s.verbatim ? '' : ' (wording not checked against the document)'}`,
    );
    if (rule.variants.length > 1 || variant.when || variant.title) {
      const vTitle = variant.title ? variant.title[l] : variant.id;
      out.push(
        `${l === 'vi' ? 'Trường hợp' : 'Variant'}: ${vTitle}` +
          (variant.when ? ` (${l === 'vi' ? 'điều kiện' : 'when'}: ${conditionText(variant.when, l)})` : ''),
      );
    }
    if (res.interpretation) out.push(`${l === 'vi' ? 'Diễn giải' : 'Interpretation'}: ${res.interpretation[l]}`);
    out.push(l === 'vi' ? 'Các bước:' : 'Steps:');
    res.steps.forEach((st, i) => out.push(`  ${i + 1}. ${st.text[l]}`));
    if (res.due === null) out.push(`${l === 'vi' ? 'Kết luận' : 'Conclusion'}: ${res.note![l]}`);
    else if (!res.isDeadline) {
      out.push(
        l === 'vi'
          ? `Kết luận: ngày sớm nhất được phép là ${label(res.due, l)} — đây không phải một thời hạn`
          : `Conclusion: the earliest allowed day is ${label(res.due, l)} — this is not a deadline`,
      );
    } else {
      const window = res.windowStart !== null ? (l === 'vi' ? `, thực hiện từ ${res.windowStart}` : `, to be done from ${res.windowStart}`) : '';
      const last = res.lastWorkingDay !== res.due ? (l === 'vi' ? `; ngày làm việc cuối cùng: ${label(res.lastWorkingDay!, l)}` : `; last working day: ${label(res.lastWorkingDay!, l)}`) : '';
      out.push(`${l === 'vi' ? 'Kết luận: hạn chót' : 'Conclusion: due'} ${label(res.due, l)}${window}${last}`);
    }
    const basis = res.legalBasis.map(
      (b) => `${b.document}${b.articles?.length ? ` ${b.articles.join(', ')}` : ''}${b.note ? ` (${b.note[l]})` : ''}${validity(b.validFrom, b.validTo, l)}`,
    );
    out.push(`${l === 'vi' ? 'Căn cứ pháp lý' : 'Legal basis'}: ${basis.join('; ')}`);
    if (kind === 'offset' || kind === 'immediatelyAfter') out.push(COUNTING[l]);
    return out;
  };
  return { vi: lines('vi').join('\n'), en: lines('en').join('\n') };
}
