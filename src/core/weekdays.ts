/** Names of the days of the week, in Vietnamese and English, in the forms the texts use. */
import { isoWeekday, tryParseIsoDay } from './days.js';
import type { Lang } from './lang.js';

/** Full names, Monday first: `Thứ Hai` … `Chủ nhật`, `Monday` … `Sunday`. */
export const WEEKDAY_LONG: Readonly<Record<Lang, readonly string[]>> = {
  vi: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** Short names, Monday first: `T2` … `CN`, `Mon` … `Sun`. */
export const WEEKDAY_SHORT: Readonly<Record<Lang, readonly string[]>> = {
  vi: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/** The weekday of an ISO date in running text: `Thứ Hai` in Vietnamese, `Mon` in English. */
function weekdayName(iso: string, lang: Lang): string {
  const k = isoWeekday(tryParseIsoDay(iso)!) - 1;
  return lang === 'vi' ? WEEKDAY_LONG.vi[k] : WEEKDAY_SHORT.en[k];
}

/** `2025-02-10 (Thứ Hai)` / `2025-02-10 (Mon)`. */
export function dayLabel(iso: string, lang: Lang): string {
  return `${iso} (${weekdayName(iso, lang)})`;
}
