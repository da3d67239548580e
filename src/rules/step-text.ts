/**
 * The words the steps of a due date are made of, in Vietnamese and English: days, periods,
 * units, roll conventions, and the steps that skip days off. @internal
 */
import type { Calendar } from '../calendar/calendar.js';
import type { DayInfo, LocalizedText } from '../calendar/types.js';
import { say, type Params } from '../core/catalogue.js';
import { dateText, dayText } from '../core/date-text.js';
import { formatDay, tryParseIsoDay } from '../core/days.js';
import type { Lang } from '../core/lang.js';
import type { CompiledRuleImpl } from './compile.js';
import { RULES_TEXT } from './messages.js';
import type { DueStep } from './types.js';

export const day = (iso: string): number => tryParseIsoDay(iso)!;
export const label = dayText;
export const dmy = dateText;
export const both = (f: (l: Lang) => string): LocalizedText => ({ vi: f('vi'), en: f('en') });
/** A text of the rules' catalogue. */
export const t = (l: Lang, key: keyof (typeof RULES_TEXT)['vi'], params?: Params): string => say(RULES_TEXT, l, key, params);
/** A text of the rules' catalogue in both languages, `{day}`, `{date}`, `{from}`… given as ISO days and written per language. */
export const tt = (key: keyof (typeof RULES_TEXT)['vi'], params: (l: Lang) => Params = () => ({})): LocalizedText => both((l) => t(l, key, params(l)));

/** Why a day is not a working day (or why a weekend day is one), one line. */
export function why(info: DayInfo, l: Lang): string {
  const parts = info.reasons
    .filter((r) => !(info.working && r.kind === 'weekend'))
    .map((r) => {
      if (r.kind === 'weekend') return t(l, 'weeklyRest');
      const docs = r.documents.map((d) => d.id).join('; ');
      return `${r.name[l]}${docs ? ` (${docs})` : ''}`;
    });
  if (info.status === 'provisional') parts.push(t(l, 'provisional'));
  return parts.join('; ');
}

/** A day off: skipped while counting (`counting`), else a day that is one (a due day, a target). */
export function skipStep(info: DayInfo, counting = true): DueStep {
  return {
    kind: 'skip',
    date: info.date,
    text: tt(counting ? 'skip' : 'dayOff', (l) => ({ day: label(info.date, l), why: why(info, l) })),
    reasons: info.reasons,
  };
}

/** Steps for every day off between two days (both included), in the order given: days off, not skipped in a count. */
export function skips(cal: Calendar, fromIso: string, toIso: string, counting = false): DueStep[] {
  const a = day(fromIso);
  const b = day(toIso);
  const step = a <= b ? 1 : -1;
  const out: DueStep[] = [];
  for (let d = a; step > 0 ? d <= b : d >= b; d += step) {
    const iso = formatDay(d);
    if (!cal.isWorkingDay(iso)) out.push(skipStep(cal.dayInfo(iso), counting));
  }
  return out;
}

export const UNIT: Record<string, Record<Lang, string>> = {
  workingDays: { vi: 'ngày làm việc', en: 'working days' },
  calendarDays: { vi: 'ngày', en: 'days' },
  weeks: { vi: 'tuần', en: 'weeks' },
  months: { vi: 'tháng', en: 'months' },
  years: { vi: 'năm', en: 'years' },
};

export const ROLL: Record<string, Record<Lang, string>> = {
  following: {
    vi: 'thời hạn kết thúc vào ngày làm việc tiếp theo (khoản 5 Điều 148 Bộ luật Dân sự 2015)',
    en: 'the period ends on the next working day (Civil Code 2015, Art. 148(5))',
  },
  preceding: {
    vi: 'lùi về ngày làm việc liền trước (để không rút ngắn khoảng thời gian tối thiểu)',
    en: 'moved back to the previous working day (so as not to shorten the minimum lead time)',
  },
  modifiedFollowing: {
    vi: 'dời sang ngày làm việc tiếp theo trong cùng tháng, nếu không thì lùi lại',
    en: 'moved to the next working day in the same month, else back',
  },
  modifiedPreceding: {
    vi: 'lùi về ngày làm việc liền trước trong cùng tháng, nếu không thì dời tới',
    en: 'moved back to the previous working day in the same month, else forward',
  },
};

export function factStep(rule: CompiledRuleImpl, name: string, iso: string): DueStep {
  const desc = rule.facts[name].description;
  return { kind: 'fact', date: iso, text: tt('start', (l) => ({ fact: desc[l], day: label(iso, l) })) };
}

/** A period in words: `tháng 03/2025`, `quý I/2025` …; table per language. */
const PERIOD: Readonly<Record<Lang, { month: (y: string, m: string) => string; quarter: (y: string, q: string) => string; half: (y: string, first: boolean) => string; year: (y: string) => string }>> = {
  vi: {
    month: (y, m) => `tháng ${m}/${y}`,
    quarter: (y, q) => `quý ${['I', 'II', 'III', 'IV'][Number(q) - 1]}/${y}`,
    half: (y, first) => `6 tháng ${first ? 'đầu' : 'cuối'} năm ${y}`,
    year: (y) => `năm ${y}`,
  },
  en: {
    month: (y, m) => `month ${y}-${m}`,
    quarter: (y, q) => `quarter ${q} of ${y}`,
    half: (y, first) => `${first ? 'first' : 'second'} half of ${y}`,
    year: (y) => `year ${y}`,
  },
};

export function periodName(p: string, l: Lang): string {
  const y = p.slice(0, 4);
  if (/^\d{4}-\d{2}$/.test(p)) return PERIOD[l].month(y, p.slice(5));
  if (p.includes('Q')) return PERIOD[l].quarter(y, p.slice(6));
  if (p.includes('H')) return PERIOD[l].half(y, p.endsWith('1'));
  return PERIOD[l].year(p);
}
