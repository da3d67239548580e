/**
 * iCalendar export (src/ics, made with ical-generator) read back with another library, ical.js:
 * events, all-day dates, text with its diacritics. The suite runs under three host time zones;
 * all-day dates must not move in any of them.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/create.js';
import { agendaToIcs, nonWorkingDaysToIcs } from '../../src/ics/index.js';
import { agenda } from '../../src/plan/agenda.js';
import { planSchedule } from '../../src/plan/schedule.js';
import { firstProvisionalYear } from '../support/years.js';

const STAMP = '2025-03-01T08:00:00+07:00';

interface Parsed {
  name: string | null;
  description: string | null;
  method: string | null;
  events: { uid: string; start: string; end: string; isDate: boolean; summary: string; description: string; transp: string }[];
}

function parse(text: string): Parsed {
  const cal = new ICAL.Component(ICAL.parse(text));
  return {
    name: cal.getFirstPropertyValue('x-wr-calname') as string | null,
    description: cal.getFirstPropertyValue('x-wr-caldesc') as string | null,
    method: cal.getFirstPropertyValue('method') as string | null,
    events: cal.getAllSubcomponents('vevent').map((c) => {
      const e = new ICAL.Event(c);
      return {
        uid: e.uid,
        start: e.startDate.toString(),
        end: e.endDate.toString(),
        isDate: e.startDate.isDate && e.endDate.isDate,
        summary: e.summary,
        description: e.description,
        transp: c.getFirstPropertyValue('transp') as string,
      };
    }),
  };
}

const march = agenda({ unit: 'so tu phap', from: '2025-03-01', to: '2025-03-31', asOf: '2025-03-20' });

describe('agendaToIcs', () => {
  const text = agendaToIcs(march, { stamp: STAMP });
  const cal = parse(text);

  it('one all-day event per due day of the agenda (undated items left out), DTEND the next day', () => {
    const dated = march.items.filter((i) => i.due !== null);
    expect(dated).toHaveLength(3);
    expect(cal.events.map((e) => [e.start, e.end, e.isDate])).toEqual([
      ['2025-03-17', '2025-03-18', true],
      ['2025-03-25', '2025-03-26', true],
      ['2025-12-31', '2026-01-01', true],
    ]);
    // Written as dates, not date-times: no time zone can move them.
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20250317\r\nDTEND;VALUE=DATE:20250318\r\n');
    expect(cal.events.every((e) => e.transp === 'TRANSPARENT')).toBe(true);
    expect(cal.method).toBe('PUBLISH');
  });

  it('SUMMARY: row number, task (Vietnamese, diacritics intact) and period', () => {
    expect(cal.events[0].summary).toBe(
      'II.6.2 — Báo cáo tình hình, kết quả thực hiện công tác cải cách TTHC hàng tháng theo chỉ đạo của Văn phòng Chính phủ tại Văn bản số 5633/VPCP-KSTT ngày 25/7/2023 (kỳ tháng 03/2025)',
    );
    expect(cal.events[0].summary).toBe(cal.events[0].summary.normalize('NFC'));
  });

  it("DESCRIPTION: due day, data period, units, role, the plan's words, rule id and legal basis", () => {
    const lines = cal.events[0].description.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'Hạn chót: Thứ Hai, 17/03/2025',
      'Kỳ báo cáo: tháng 03/2025; số liệu từ 15/02/2025 đến hết 14/03/2025',
      'Chủ trì: Các sở, ban, ngành; UBND cấp huyện',
      'Phối hợp: Văn phòng UBND thành phố',
      'Vai trò của Sở Tư pháp: chủ trì (thuộc Các sở, ban, ngành)',
      'Kế hoạch ghi: “Báo cáo gửi Văn phòng UBND thành phố trước ngày 18 hàng tháng (số liệu tính từ ngày 15 của tháng trước đến hết ngày 14 của tháng sau)”',
      'Quy định: hp-2025/monthly-report',
      'Căn cứ: QĐ 257/QĐ-UBND (mục II.6.2); CV 5633/VPCP-KSTT; NĐ 09/2019/NĐ-CP (Điều 12 khoản 1)',
    ]);
    expect(cal.events[2].description).toContain('Thời gian thực hiện: 01/01/2025 – 31/12/2025');
    expect(cal.events[2].description).toContain('Vai trò của Sở Tư pháp: phối hợp (thuộc Các sở, ban, ngành)');
    // A unit the row names itself: no group to mention.
    const office = parse(agendaToIcs(agenda({ unit: 'city-office', from: '2025-03-01', to: '2025-03-31', asOf: '2025-03-20' }), { stamp: STAMP }));
    expect(office.events[0].description.split('\n')).toContain('Vai trò của Văn phòng UBND thành phố: phối hợp');
  });

  it('the calendar is named after the plan, the unit and the period; lines are folded at 75 octets and end with CRLF', () => {
    expect(cal.name).toBe('257/QĐ-UBND — Sở Tư pháp — 2025-03-01 … 2025-03-31');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it("UIDs are the occurrences' keys: stable across exports, so a re-import updates", () => {
    expect(cal.events.map((e) => e.uid)).toEqual([
      'II.6.2|hp-2025/monthly-report|2025-03|2025-03-17@vn-deadlines',
      'II.6.1|hp-2025/quarterly-report|2025-Q1|2025-03-25@vn-deadlines',
      'II.5.1|hp-2025/inspection|-|2025-12-31@vn-deadlines',
    ]);
    const later = parse(
      agendaToIcs(agenda({ unit: 'justice-department', from: '2025-03-01', to: '2025-03-31', asOf: '2025-04-02' }), { stamp: '2025-04-02T00:00:00Z' }),
    );
    expect(later.events.map((e) => e.uid)).toEqual(cal.events.map((e) => e.uid));
  });

  it('same input, same stamp: the same bytes', () => {
    expect(agendaToIcs(march, { stamp: new Date('2025-03-01T01:00:00Z') })).toBe(text);
  });

  it('in English', () => {
    const en = parse(agendaToIcs(march, { lang: 'en', stamp: STAMP }));
    expect(en.events[0].summary).toBe(
      'II.6.2 — Monthly report on procedure reform, as directed by Government Office letter 5633/VPCP-KSTT of 25/7/2023 (period 2025-03)',
    );
    expect(en.events[0].description).toContain("Lead: City departments and agencies (sở, ban, ngành); District-level People's Committees");
    expect(en.name).toBe('257/QĐ-UBND — Department of Justice — 2025-03-01 … 2025-03-31');
  });

  it('the 2025 schedule: twelve monthly reports; Saturday 17/05 says its last working day, Fri 16/05', () => {
    const monthly = planSchedule({ undated: false }).filter((o) => o.ruleId === 'hp-2025/monthly-report');
    const cal2 = parse(agendaToIcs(monthly, { stamp: STAMP }));
    expect(cal2.events.map((e) => e.start)).toEqual(monthly.map((o) => o.due));
    expect(cal2.events[4].description.split('\n')[0]).toBe('Hạn chót: Thứ Bảy, 17/05/2025; ngày làm việc cuối cùng trước hạn: Thứ Sáu, 16/05/2025');
    expect(cal2.name).toBe('vn-deadlines — Thời hạn');
  });

  it('events and the pending swap 23/11/2026 appear in the description', () => {
    const list = planSchedule({
      from: '2026-11-01',
      to: '2026-12-31',
      undated: false,
      events: [
        {
          rule: 'hp-2025/internal-procedure',
          facts: { chairmanDecisionDate: '2026-11-20' },
          label: { vi: 'QĐ 2345/QĐ-UBND công bố TTHC', en: 'Decision 2345/QĐ-UBND' },
        },
      ],
    });
    const e = parse(agendaToIcs(list, { stamp: STAMP })).events.find((x) => x.summary.startsWith('III.2'))!;
    // Fri 20/11 + 10 working days, Tue 24/11 (Ngày Văn hóa Việt Nam) skipped: Mon 07/12
    expect(e.start).toBe('2026-12-07');
    expect(e.description).toContain('Sự kiện: QĐ 2345/QĐ-UBND công bố TTHC');
    expect(e.description).toContain('Tính từ: 20/11/2026');
    expect(e.description).toContain('Lưu ý, đang chờ công bố: 23/11/2026 Đề xuất nghỉ hoán đổi');
  });

  it('escapes a name with commas and semicolons as RFC 5545 TEXT', () => {
    const t = agendaToIcs([], { name: 'Sở, ban; ngành', stamp: STAMP });
    expect(t).toContain('\r\nNAME:Sở\\, ban\\; ngành\r\n');
    expect(parse(t).events).toEqual([]);
  });

  it('errors', () => {
    expect(() => agendaToIcs({} as never)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => agendaToIcs(march, { lang: 'fr' as never })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => agendaToIcs(march, { stamp: '2025-03-01' })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => agendaToIcs(march, { stamp: new Date(NaN) })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});

describe('nonWorkingDaysToIcs', () => {
  // reference/vn-civil-service-calendar.md, the list.
  const OFF_2025 = ['01-01', '01-27', '01-28', '01-29', '01-30', '01-31', '04-07', '04-30', '05-01', '05-02', '09-01', '09-02'].map((d) => `2025-${d}`);
  const OFF_2026 = ['01-01', '01-02', '02-16', '02-17', '02-18', '02-19', '02-20', '04-27', '04-30', '05-01', '08-31', '09-01', '09-02', '11-24'].map(
    (d) => `2026-${d}`,
  );

  it('2025: one event per weekday off, then the make-up Saturday 26/04, clearly named', () => {
    const cal = parse(nonWorkingDaysToIcs(2025, { stamp: STAMP }));
    const off = cal.events.filter((e) => e.summary.startsWith('Ngày nghỉ: '));
    const work = cal.events.filter((e) => e.summary.startsWith('Ngày làm việc (thứ Bảy làm bù): '));
    expect(off.map((e) => e.start)).toEqual(OFF_2025);
    expect(work.map((e) => e.start)).toEqual(['2025-04-26']);
    expect(cal.events).toHaveLength(OFF_2025.length + 1);
    expect(cal.events.every((e) => e.isDate && e.transp === 'TRANSPARENT')).toBe(true);
    expect(off[1]).toMatchObject({ start: '2025-01-27', end: '2025-01-28', summary: 'Ngày nghỉ: Tết Nguyên đán Ất Tỵ (28 tháng Chạp năm Giáp Thìn)' });
    expect(off[1].description).toContain('Văn bản: CV 8726/VPCP-KGVX — Công văn 8726/VPCP-KGVX');
    expect(work[0].summary).toBe('Ngày làm việc (thứ Bảy làm bù): Ngày làm bù (cho Thứ Sáu 02/05/2025 nghỉ dịp 30/4 – 1/5)');
    expect(work[0].description).toContain('Ngày hoán đổi: Thứ Sáu, 02/05/2025');
    expect(cal.name).toBe('Lịch nghỉ của cơ quan nhà nước 2025');
    expect(new Set(cal.events.map((e) => e.uid)).size).toBe(cal.events.length);
    expect(cal.events[0].uid).toBe('day-off|2025-01-01@vn-deadlines');
  });

  it('2026: two make-up Saturdays, 24/11 off, the pending swap 23/11 ↔ 28/11 as notices; applied when the calendar includes it', () => {
    const cal = parse(nonWorkingDaysToIcs(2026, { stamp: STAMP, lang: 'en' }));
    expect(cal.events.filter((e) => e.summary.startsWith('Day off: ')).map((e) => e.start)).toEqual(OFF_2026);
    expect(cal.events.filter((e) => e.summary.startsWith('Working day (make-up Saturday): ')).map((e) => e.start)).toEqual(['2026-01-10', '2026-08-22']);
    const pending = cal.events.filter((e) => e.summary.startsWith('Pending: '));
    expect(pending.map((e) => [e.start, e.summary])).toEqual([
      ['2026-11-23', 'Pending: Proposed swapped day off for Vietnamese Culture Day (Mon 23/11, worked back on Sat 28/11)'],
      ['2026-11-28', 'Pending: Proposed make-up working Saturday 28/11 (for Mon 23/11)'],
    ]);
    expect(pending[0].description).toContain('Not a day off yet');
    expect(pending[1].description).toContain('Not a working day yet');
    expect(cal.events.map((e) => e.start)).toEqual([...cal.events.map((e) => e.start)].sort());

    const applied = parse(nonWorkingDaysToIcs(2026, { stamp: STAMP, calendar: createCalendar({ includePending: true }) }));
    expect(applied.events.filter((e) => e.summary.startsWith('Ngày nghỉ: ')).map((e) => e.start)).toEqual([
      ...OFF_2026.slice(0, -1),
      '2026-11-23',
      '2026-11-24',
    ]);
    expect(applied.events.filter((e) => e.summary.startsWith('Ngày làm việc (thứ Bảy làm bù)')).map((e) => e.start)).toContain('2026-11-28');
    expect(applied.events.some((e) => e.summary.startsWith('Chờ công bố: '))).toBe(false);
  });

  it('options: no make-up days, no pending notices', () => {
    const cal = parse(nonWorkingDaysToIcs(2026, { stamp: STAMP, makeUpDays: false, pending: false }));
    expect(cal.events.map((e) => e.start)).toEqual(OFF_2026);
  });

  it('a provisional year says so in every summary', () => {
    const cal = parse(nonWorkingDaysToIcs(firstProvisionalYear(), { stamp: STAMP }));
    expect(cal.events.length).toBeGreaterThan(5);
    expect(cal.events.every((e) => e.summary.endsWith(' [tạm tính]'))).toBe(true);
    expect(cal.events[0].description).toContain('Tạm tính: năm chưa có thông báo chính thức');
  });

  it('errors: not an integer, outside the calendar', () => {
    expect(() => nonWorkingDaysToIcs(2025.5)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => nonWorkingDaysToIcs(2101)).toThrow(expect.objectContaining({ code: 'out_of_coverage' }));
    expect(() => nonWorkingDaysToIcs(2025, { lang: 'de' as never })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});
