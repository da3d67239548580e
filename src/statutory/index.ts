/**
 * The statutory layer (layers 2–3 of docs/domain.md#the-working-day-calendar-of-the-civil-service): the non-working days of a year derived from the
 * law alone, for years without official arrangements. Every such day is provisional: the Prime
 * Minister fixes the Tết block and the day beside Quốc khánh each year, and may swap days; here
 * those choices are a stated best guess.
 */
import { daysFromCivil, formatDay, isoWeekday } from '../core/days.js';
import { lunarToDay, lunarYearMonths } from '../lunar/index.js';
import type { DayReason, DerivedDay, LocalizedText } from '../calendar/types.js';

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

/**
 * Ngày Văn hóa Việt Nam (24/11): a paid day off from 2026. The number and the date in force are
 * as reported (see holidays/2026.json, document "NQ 28/2026/QH16", for what was and was not
 * verified).
 */
const NQ28: Doc = {
  id: 'NQ 28/2026/QH16',
  title: {
    vi:
      'Nghị quyết 28/2026/QH16 của Quốc hội về phát triển văn hóa Việt Nam (hiệu lực 01/7/2026): ' +
      'ngày 24/11 hằng năm là Ngày Văn hóa Việt Nam, người lao động được nghỉ làm việc, hưởng nguyên lương',
    en:
      'National Assembly Resolution 28/2026/QH16 on developing Vietnamese culture (in force 1 July 2026): ' +
      '24 November each year is Vietnamese Culture Day, a paid day off',
  },
  evidence: 'S',
  links: [],
};

/** First year with 24/11 as a day off (the resolution is in force from 01/07/2026). */
const CULTURE_DAY_FIRST_YEAR = 2026;

/** The code in force on a day. */
function codeOn(day: number): Doc {
  if (day < daysFromCivil(2013, 5, 1)) return LC1994;
  if (day < daysFromCivil(2021, 1, 1)) return LC2012;
  return LC2019;
}

const STEMS = ['Canh', 'Tân', 'Nhâm', 'Quý', 'Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ'];
const BRANCHES = ['Thân', 'Dậu', 'Tuất', 'Hợi', 'Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi'];

/** The sexagenary name of a lunar year, e.g. 2025 → "Ất Tỵ". */
function canChi(year: number): string {
  return `${STEMS[((year % 10) + 10) % 10]} ${BRANCHES[((year % 12) + 12) % 12]}`;
}

const GUESS_TET: LocalizedText = {
  vi:
    'Tạm tính: Thủ tướng quyết định các ngày nghỉ Tết hằng năm; giả định ngày cuối năm âm lịch và mùng 1–4 ' +
    '(mùng 1–3 trước 01/5/2013), ngày rơi vào thứ Bảy chuyển sang ngày làm việc liền trước kỳ nghỉ, ' +
    'ngày rơi vào Chủ nhật chuyển sang ngày làm việc liền sau (khớp 11/11 năm chính thức 2016–2026).',
  en:
    'Provisional: the Prime Minister fixes the Tết days each year; assumed to be the last day of the lunar year ' +
    'and days 1–4 of the new one (1–3 before 1 May 2013), a day on Saturday moved to the weekday before the break ' +
    'and one on Sunday to the weekday after (reproduces 11 of 11 official years 2016–2026).',
};
const GUESS_QK: LocalizedText = {
  vi:
    'Tạm tính: Thủ tướng chọn ngày liền kề (trước hoặc sau) 2/9; giả định ngày tạo kỳ nghỉ dài nhất; ' +
    'nếu bằng nhau, chọn ngày thường (không phát sinh nghỉ bù), rồi ngày trước.',
  en:
    'Provisional: the Prime Minister picks the day before or after 2 September; assumed to be the one that makes the longer break; ' +
    'on a tie, a weekday (no compensatory day needed), then the day before.',
};

interface Holiday {
  day: number;
  kind: 'holiday' | 'tet';
  name: LocalizedText;
  doc: Doc;
  note?: LocalizedText;
  /** A Tết day placed on a weekday for a weekend one: the weekend day. */
  pairedWith?: number;
  /** A weekend Tết day already placed on a weekday (no nghỉ bù of its own). */
  placed?: boolean;
}

/** How the forecast places the Tết days (the Prime Minister's choice each year). */
type TetPlacement =
  /** A Tết day on Saturday moves to the weekday before the break, one on Sunday to the weekday after (the default; python-holidays' rule). */
  | 'saturdayBeforeSundayAfter'
  /**
   * Every Tết day on a weekend gives a day off after the break, as a nghỉ bù (the forecast rule
   * used before the back-test of 2026; kept for comparison).
   */
  | 'weekendAfter';

/** How the forecast picks the day beside Quốc khánh (2/9). */
type QuocKhanhPlacement =
  /** The day that makes the longer break; on a tie a weekday, then the day before (the default). */
  | 'longestBreak'
  /** python-holidays' table by the weekday of 2/9: Mon +1, Tue −1, Wed −1, Thu +1, Fri −1, Sat −1, Sun +1. */
  | 'weekdayTable';

/** The forecast rules for the Prime Minister's choices in a year without official data. */
export interface ForecastRules {
  tet: TetPlacement;
  quocKhanh: QuocKhanhPlacement;
}

/** The forecast rules the calendar uses: those that best reproduce the official years (see the README's back-test). */
const DEFAULT_FORECAST: Readonly<ForecastRules> = Object.freeze({ tet: 'saturdayBeforeSundayAfter', quocKhanh: 'longestBreak' });

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
  out.push({
    day: gioTo,
    kind: 'holiday',
    name: { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: "Hùng Kings' Commemoration (10th of the 3rd lunar month)" },
    doc: codeOn(gioTo),
  });
  out.push(fixed(year, 4, 30, { vi: 'Ngày Chiến thắng (30/4)', en: 'Reunification Day (30 April)' }));
  out.push(fixed(year, 5, 1, { vi: 'Ngày Quốc tế lao động (1/5)', en: 'International Labour Day (1 May)' }));
  out.push(fixed(year, 9, 2, { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' }));
  if (year >= CULTURE_DAY_FIRST_YEAR) {
    out.push({
      day: daysFromCivil(year, 11, 24),
      kind: 'holiday',
      name: { vi: 'Ngày Văn hóa Việt Nam (24/11)', en: 'Vietnamese Culture Day (24 November)' },
      doc: NQ28,
    });
  }
  return out.sort((a, b) => a.day - b.day);
}

/**
 * Tết days on a weekend, placed by the forecast rule 'saturdayBeforeSundayAfter': a Saturday one
 * on the last weekday before the break, a Sunday one on the first weekday after it (days already
 * off skipped). With 'weekendAfter' the list is returned as is (weekend days get nghỉ bù).
 */
function placeTet(holidays: Holiday[], rule: TetPlacement): Holiday[] {
  if (rule === 'weekendAfter') return holidays;
  const taken = new Set(holidays.map((h) => h.day));
  const out = holidays.map((h) => ({ ...h }));
  for (const h of out.filter((x) => x.kind === 'tet')) {
    const wd = isoWeekday(h.day);
    if (wd <= 5) continue;
    const step = wd === 6 ? -1 : 1;
    let d = h.day + step;
    while (isoWeekday(d) > 5 || taken.has(d)) d += step;
    taken.add(d);
    h.placed = true;
    const iso = formatDay(h.day);
    const when = `${iso.slice(8)}/${iso.slice(5, 7)}`;
    out.push({
      day: d,
      kind: 'tet',
      name: {
        vi: `${h.name.vi}, nghỉ vào ngày này thay cho ${wd === 6 ? 'thứ Bảy' : 'Chủ nhật'} ${when}`,
        en: `${h.name.en}, taken on this day for ${wd === 6 ? 'Saturday' : 'Sunday'} ${when}`,
      },
      doc: h.doc,
      note: GUESS_TET,
      pairedWith: h.day,
    });
  }
  return out.sort((a, b) => a.day - b.day);
}

/**
 * Compensatory days: a holiday on Saturday or Sunday gives a day off on the next weekday that
 * is not itself a holiday or another compensatory day (a weekend Tết day already placed on a
 * weekday gives none).
 */
function compensatory(holidays: Holiday[]): { day: number; for: Holiday }[] {
  const taken = new Set(holidays.map((h) => h.day));
  const out: { day: number; for: Holiday }[] = [];
  for (const h of holidays) {
    if (isoWeekday(h.day) <= 5 || h.placed) continue;
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

/** python-holidays' choice of the day beside 2/9, by the ISO weekday of 2/9 (index 1–7). */
const QK_TABLE = [0, 1, -1, -1, 1, -1, -1, 1];

/**
 * The non-working days of `year` derived from the law: statutory holidays by the labour code
 * in force (and Ngày Văn hóa Việt Nam from 2026), Tết and the day beside Quốc khánh by a stated
 * forecast rule, and nghỉ bù. Weekends are not listed. Each day carries its legal basis; all are
 * provisional, and the forecast days say so in their note.
 *
 * @param year - the year
 * @param rules - the forecast rules (default {@link DEFAULT_FORECAST}); the others are kept for the back-test
 * @example `statutoryDays(2027).map((d) => d.date)` // [..., '2027-02-04', '2027-02-05', ...]
 */
export function statutoryDays(year: number, rules: Readonly<ForecastRules> = DEFAULT_FORECAST): DerivedDay[] {
  let holidays = placeTet(baseHolidays(year), rules.tet);
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
    if (rules.quocKhanh === 'weekdayTable') {
      holidays = QK_TABLE[isoWeekday(qk)] > 0 ? after : before;
    } else {
      // Longer break first; on a tie, a weekday (no nghỉ bù needed) over a weekend day; then the day before.
      const score = (list: Holiday[], day: number) => breakLength(qk, list) * 2 + (isoWeekday(day) <= 5 ? 1 : 0);
      holidays = score(after, qk + 1) > score(before, qk - 1) ? after : before;
    }
  }
  const days: DerivedDay[] = holidays.map((h) => ({
    date: formatDay(h.day),
    off: true,
    reason: {
      kind: h.kind,
      name: h.name,
      documents: [h.doc],
      sources: [],
      ...(h.pairedWith !== undefined ? { pairedWith: formatDay(h.pairedWith) } : {}),
      ...(h.note ? { note: h.note.en } : {}),
    },
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
        ...(c.for.kind === 'tet' ? { note: GUESS_TET.en } : {}),
      },
    });
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
