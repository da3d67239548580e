/** Names of the days of the week, in Vietnamese and English, in the forms the texts use. */
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
