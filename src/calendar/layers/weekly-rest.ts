/**
 * Layer 1, weekly rest: Saturday and Sunday off (QĐ 188/1999/QĐ-TTg). Every other day starts
 * as a working day; the later layers change single days.
 */
import { isoWeekday } from '../../core/days.js';
import { WEEKDAY_LONG } from '../../core/weekdays.js';
import { WORKING } from '../flags.js';
import type { DayReason, LocalizedText } from '../types.js';

/** The weekly rest rule, cited on every weekend day. */
const WEEKLY_REST_DOC = {
  id: 'QĐ 188/1999/QĐ-TTg',
  title: {
    vi: 'Quyết định 188/1999/QĐ-TTg về chế độ tuần làm việc 40 giờ (nghỉ thứ Bảy, Chủ nhật)',
    en: 'Decision 188/1999/QĐ-TTg on the 40-hour working week (Saturday and Sunday off)',
  },
  evidence: 'S' as const,
  links: ['https://thuvienphapluat.vn/van-ban/Lao-dong-Tien-luong/Quyet-dinh-188-1999-QD-TTg-che-do-tuan-lam-viec-40-gio-45340.aspx'],
};

const WEEKDAY_NAMES: LocalizedText[] = WEEKDAY_LONG.vi.map((vi, k) => ({ vi, en: WEEKDAY_LONG.en[k] }));

/**
 * Flags for `n` days from day number `start`: WORKING on Monday to Friday, each day or-ed with
 * `extra`. One week is written, then copied by doubling (native copies, no per-day loop).
 */
export function weeklyRest(start: number, n: number, extra = 0): Uint8Array {
  const flags = new Uint8Array(n);
  const monday0 = isoWeekday(start) - 1; // 0 when index 0 is a Monday
  for (let i = 0; i < 7 && i < n; i++) flags[i] = ((monday0 + i) % 7 < 5 ? WORKING : 0) | extra;
  for (let len = 7; len < n; len *= 2) flags.copyWithin(len, 0, Math.min(len, n - len));
  return flags;
}

/** The reason of a weekend day off (ISO weekday 6 or 7). */
export function weekendReason(weekday: number): DayReason {
  return { kind: 'weekend', name: WEEKDAY_NAMES[weekday - 1], documents: [WEEKLY_REST_DOC], sources: WEEKLY_REST_DOC.links };
}
