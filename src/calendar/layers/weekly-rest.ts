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

/** Flags for `n` days from day number `start`: WORKING on Monday to Friday. */
export function weeklyRest(start: number, n: number): Uint8Array {
  const flags = new Uint8Array(n);
  // ISO weekday of index i is (w0 + i) mod 7, counting Monday as 0.
  for (let i = 0, w = isoWeekday(start) - 1; i < n; i++, w = w === 6 ? 0 : w + 1) {
    if (w < 5) flags[i] = WORKING;
  }
  return flags;
}

/** The reason of a weekend day off (ISO weekday 6 or 7). */
export function weekendReason(weekday: number): DayReason {
  return { kind: 'weekend', name: WEEKDAY_NAMES[weekday - 1], documents: [WEEKLY_REST_DOC], sources: WEEKLY_REST_DOC.links };
}
