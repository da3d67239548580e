/**
 * The statutory layer (layers 2–3 of docs/domain.md#the-working-day-calendar-of-the-civil-service): the non-working days of a year derived from the
 * law alone, for years without official arrangements. Every such day is provisional: the Prime
 * Minister fixes the Tết block and the day beside Quốc khánh each year, and may swap days; here
 * those choices are a stated best guess.
 */
import { daysFromCivil, formatDay, isoWeekday } from '../core/days.js';
import { lunarToDay, lunarYearMonths } from '../lunar/index.js';
import type { DerivedDay } from '../calendar/calendar.js';
import type { DayReason, LocalizedText } from '../calendar/types.js';

type Doc = DayReason['documents'][number];

/** The labour codes, with the dates they governed holidays. */
const LC1994: Doc = {
  id: 'Bộ luật Lao động 1994 (sửa đổi 2007), Điều 73',
  title: {
    vi: 'Bộ luật Lao động 1994, Điều 73 (sửa đổi bởi Luật 84/2007/QH11): Tết Âm lịch 4 ngày, Giỗ Tổ Hùng Vương 1 ngày',
    en: 'Labour Code 1994, Article 73 (as amended by Law 84/2007/QH11): Lunar New Year 4 days, Hùng Kings 1 day',
  },
  evidence: 'S',
  links: [],
};
const LC2012: Doc = {
  id: 'Bộ luật Lao động 10/2012/QH13, Điều 115',
  title: {
    vi: 'Bộ luật Lao động 2012, Điều 115: nghỉ lễ, tết (từ 01/5/2013); khoản 3: nghỉ bù',
    en: 'Labour Code 2012, Article 115: public holidays (from 1 May 2013); clause 3: compensatory days',
  },
  evidence: 'S',
  links: [],
};
const LC2019: Doc = {
  id: 'Bộ luật Lao động 45/2019/QH14, Điều 112',
  title: {
    vi: 'Bộ luật Lao động 2019, Điều 112: nghỉ lễ, tết (từ 01/01/2021); Điều 111 khoản 3: nghỉ bù',
    en: 'Labour Code 2019, Article 112: public holidays (from 1 January 2021); Article 111(3): compensatory days',
  },
  evidence: 'S',
  links: [],
};

/** The code in force on a day. */
function codeOn(day: number): Doc {
  if (day < daysFromCivil(2013, 5, 1)) return LC1994;
  if (day < daysFromCivil(2021, 1, 1)) return LC2012;
  return LC2019;
}

const STEMS = ['Canh', 'Tân', 'Nhâm', 'Quý', 'Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ'];
const BRANCHES = ['Thân', 'Dậu', 'Tuất', 'Hợi', 'Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi'];

/** The sexagenary name of a lunar year, e.g. 2025 → "Ất Tỵ". */
export function canChi(year: number): string {
  return `${STEMS[((year % 10) + 10) % 10]} ${BRANCHES[((year % 12) + 12) % 12]}`;
}

const GUESS_TET: LocalizedText = {
  vi: 'Tạm tính: Thủ tướng quyết định các ngày nghỉ Tết hằng năm; giả định ngày cuối năm âm lịch và các ngày mùng 1 trở đi.',
  en: 'Provisional: the Prime Minister fixes the Tết days each year; assumed to be the last day of the lunar year and the first days of the new one.',
};
const GUESS_QK: LocalizedText = {
  vi: 'Tạm tính: Thủ tướng chọn ngày liền kề (trước hoặc sau) 2/9; giả định ngày tạo kỳ nghỉ dài nhất; nếu bằng nhau, chọn ngày thường (không phát sinh nghỉ bù), rồi ngày trước.',
  en: 'Provisional: the Prime Minister picks the day before or after 2 September; assumed to be the one that makes the longer break; on a tie, a weekday (no compensatory day needed), then the day before.',
};

interface Holiday {
  day: number;
  kind: 'holiday' | 'tet';
  name: LocalizedText;
  doc: Doc;
  note?: LocalizedText;
}

const fixed = (year: number, m: number, d: number, name: LocalizedText): Holiday => {
  const day = daysFromCivil(year, m, d);
  return { day, kind: 'holiday', name, doc: codeOn(day) };
};

/** Statutory holidays of a year other than the day beside Quốc khánh. */
function baseHolidays(year: number): Holiday[] {
  const out: Holiday[] = [fixed(year, 1, 1, { vi: 'Tết Dương lịch', en: "New Year's Day" })];
  const tet = lunarToDay(year, 1, 1);
  const doc = codeOn(tet);
  const tetDays = doc === LC1994 ? 4 : 5;
  const months = lunarYearMonths(year - 1);
  const lastMonthLength = months[months.length - 1].length;
  const cc = canChi(year);
  for (let i = -1; i < tetDays - 1; i++) {
    const label: LocalizedText =
      i < 0
        ? { vi: `${lastMonthLength} tháng Chạp`, en: `${lastMonthLength}th of the 12th lunar month` }
        : { vi: `mùng ${i + 1} tháng Giêng`, en: `day ${i + 1} of the 1st lunar month` };
    out.push({
      day: tet + i,
      kind: 'tet',
      name: { vi: `Tết Nguyên đán ${cc} (${label.vi})`, en: `Lunar New Year (Tết) ${cc}, ${label.en}` },
      doc,
      note: GUESS_TET,
    });
  }
  const gioTo = lunarToDay(year, 3, 10, false);
  out.push({ day: gioTo, kind: 'holiday', name: { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: "Hùng Kings' Commemoration (10th of the 3rd lunar month)" }, doc: codeOn(gioTo) });
  out.push(fixed(year, 4, 30, { vi: 'Ngày Chiến thắng (30/4)', en: 'Reunification Day (30 April)' }));
  out.push(fixed(year, 5, 1, { vi: 'Ngày Quốc tế lao động (1/5)', en: 'International Labour Day (1 May)' }));
  out.push(fixed(year, 9, 2, { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' }));
  return out.sort((a, b) => a.day - b.day);
}

/**
 * Compensatory days: a holiday on Saturday or Sunday gives a day off on the next weekday that
 * is not itself a holiday or another compensatory day.
 */
function compensatory(holidays: Holiday[]): { day: number; for: Holiday }[] {
  const taken = new Set(holidays.map((h) => h.day));
  const out: { day: number; for: Holiday }[] = [];
  for (const h of holidays) {
    if (isoWeekday(h.day) <= 5) continue;
    let d = h.day + 1;
    while (isoWeekday(d) > 5 || taken.has(d)) d++;
    taken.add(d);
    out.push({ day: d, for: h });
  }
  return out;
}

/** Length of the run of days off around `day`. */
function breakLength(day: number, holidays: Holiday[]): number {
  const off = new Set([...holidays.map((h) => h.day), ...compensatory(holidays).map((c) => c.day)]);
  const isOff = (d: number) => off.has(d) || isoWeekday(d) > 5;
  let a = day;
  let b = day;
  while (isOff(a - 1)) a--;
  while (isOff(b + 1)) b++;
  return b - a + 1;
}

/**
 * The non-working days of `year` derived from the law: statutory holidays by the labour code
 * in force, Tết and the day beside Quốc khánh by a stated guess, and nghỉ bù. Weekends are not
 * listed. Each day carries its legal basis; all are provisional.
 *
 * @example `statutoryDays(2027).map((d) => d.date)` // [..., '2027-02-05', ...]
 */
export function statutoryDays(year: number): DerivedDay[] {
  let holidays = baseHolidays(year);
  if (year >= 2021) {
    const qk = daysFromCivil(year, 9, 2);
    const beside = (day: number): Holiday => ({
      day,
      kind: 'holiday',
      name: { vi: 'Quốc khánh (ngày liền kề 2/9)', en: 'National Day (the day beside 2 September)' },
      doc: LC2019,
      note: GUESS_QK,
    });
    const before = [...holidays, beside(qk - 1)].sort((a, b) => a.day - b.day);
    const after = [...holidays, beside(qk + 1)].sort((a, b) => a.day - b.day);
    // Longer break first; on a tie, a weekday (no nghỉ bù needed) over a weekend day; then the day before.
    const score = (list: Holiday[], day: number) => breakLength(qk, list) * 2 + (isoWeekday(day) <= 5 ? 1 : 0);
    holidays = score(after, qk + 1) > score(before, qk - 1) ? after : before;
  }
  const days: DerivedDay[] = holidays.map((h) => ({
    date: formatDay(h.day),
    off: true,
    reason: { kind: h.kind, name: h.name, documents: [h.doc], sources: [], ...(h.note ? { note: h.note.en } : {}) },
  }));
  for (const c of compensatory(holidays)) {
    days.push({
      date: formatDay(c.day),
      off: true,
      reason: {
        kind: 'nghiBu',
        name: { vi: `Nghỉ bù ${c.for.name.vi}`, en: `Compensatory day off for ${c.for.name.en}` },
        documents: [c.for.doc],
        sources: [],
        pairedWith: formatDay(c.for.day),
      },
    });
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : 1));
}
