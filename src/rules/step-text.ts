/**
 * The words the steps of a due date are made of, in Vietnamese and English: days, periods,
 * units, roll conventions, and the steps that skip days off. @internal
 */
import type { Calendar } from '../calendar/calendar.js';
import type { DayInfo, LocalizedText } from '../calendar/types.js';
import { formatDay, tryParseIsoDay } from '../core/days.js';
import type { Lang } from '../core/lang.js';
import { dayLabel } from '../core/weekdays.js';
import type { CompiledRuleImpl } from './compile.js';
import type { DueStep } from './types.js';

export const day = (iso: string): number => tryParseIsoDay(iso)!;
export const label = dayLabel;
export const dmy = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
export const ordinal = (n: number): string => {
  const t = n % 100;
  const suffix = t >= 11 && t <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
};
export const both = (f: (l: Lang) => string): LocalizedText => ({ vi: f('vi'), en: f('en') });

/** Why a day is not a working day (or why a weekend day is one), one line. */
export function why(info: DayInfo, l: Lang): string {
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

export function skipStep(info: DayInfo): DueStep {
  return {
    kind: 'skip',
    date: info.date,
    text: both((l) => `${label(info.date, l)}: ${l === 'vi' ? 'bỏ qua' : 'skipped'} — ${why(info, l)}`),
    reasons: info.reasons,
  };
}

/** Skip steps for every day off between two days (both included), in the order given. */
export function skips(cal: Calendar, fromIso: string, toIso: string): DueStep[] {
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

export const UNIT: Record<string, Record<Lang, string>> = {
  workingDays: { vi: 'ngày làm việc', en: 'working days' },
  calendarDays: { vi: 'ngày', en: 'days' },
  weeks: { vi: 'tuần', en: 'weeks' },
  months: { vi: 'tháng', en: 'months' },
  years: { vi: 'năm', en: 'years' },
};

export const ROLL: Record<string, Record<Lang, string>> = {
  following: {
    vi: 'dời sang ngày làm việc tiếp theo (BLDS 2015 Điều 148 khoản 5)',
    en: 'moved to the next working day (Civil Code 2015, Art. 148(5))',
  },
  preceding: {
    vi: 'lùi về ngày làm việc liền trước (để không rút ngắn thời hạn tối thiểu)',
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

export function periodName(p: string, l: Lang): string {
  if (/^\d{4}-\d{2}$/.test(p)) return l === 'vi' ? `tháng ${p.slice(5)}/${p.slice(0, 4)}` : `month ${p}`;
  if (p.includes('Q')) return l === 'vi' ? `quý ${p.slice(6)}/${p.slice(0, 4)}` : `quarter ${p.slice(5)} of ${p.slice(0, 4)}`;
  if (p.includes('H')) {
    const first = p.endsWith('1');
    return l === 'vi' ? `6 tháng ${first ? 'đầu' : 'cuối'} năm ${p.slice(0, 4)}` : `${first ? 'first' : 'second'} half of ${p.slice(0, 4)}`;
  }
  return l === 'vi' ? `năm ${p}` : `year ${p}`;
}
