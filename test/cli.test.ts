import { describe, expect, it } from 'vitest';
import { cli } from './support/cli.js';
import { firstProvisionalYear, lastMondayOfDecember, newYearOff, plainAdd } from './support/years.js';
import { daysFromCivil, formatDay, isoWeekday } from '../src/core/days.js';
import { lunarToSolar } from '../src/lunar/index.js';

describe('CLI: calendar commands', () => {
  it('day: a make-up Saturday, in text and JSON', async () => {
    const text = await cli('day', '2025-04-26', '--lang', 'en');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^2025-04-26 \(Sat\): working day — .*Make-up/);
    expect((await cli('day', '2025-04-26')).out).toMatch(/^Thứ Bảy, 26\/04\/2025: ngày làm việc — Ngày làm bù/);
    const json = JSON.parse((await cli('day', '2025-04-26', '--json')).out);
    expect(json).toMatchObject({ date: '2025-04-26', working: true, status: 'official', weekday: 6 });
  });

  it('add: 10 working days from 2025-01-20 skip Tết', async () => {
    const r = await cli('add', '2025-01-20', '10', '--lang', 'en');
    expect(r.out.split('\n')[0]).toBe('2025-02-10');
    expect(r.out).toContain('skipped 2025-01-29');
    expect(JSON.parse((await cli('add', '2025-01-20', '10', '--json')).out)).toMatchObject({ result: '2025-02-10', provisional: false, pending: [] });
    expect(JSON.parse((await cli('add', '2025-02-10', '-10', '--json')).out).result).toBe('2025-01-20');
  });

  it('add names the pending swap 23/11/2026 it crosses (24/11 is a holiday); --include-pending applies it', async () => {
    // Fri 20/11 + 2: Mon 23, [Tue 24 Ngày Văn hóa Việt Nam], Wed 25
    expect(JSON.parse((await cli('add', '2026-11-20', '2', '--json')).out)).toMatchObject({
      result: '2026-11-25',
      pending: [{ date: '2026-11-23', applied: false }],
    });
    expect(JSON.parse((await cli('add', '2026-11-20', '2', '--json', '--include-pending')).out).result).toBe('2026-11-26');
  });

  it(`says when an answer rests on provisional days (${firstProvisionalYear()}, the first year without official data)`, async () => {
    const Y = firstProvisionalYear();
    const from = lastMondayOfDecember(Y - 1);
    const r = await cli('add', from, '5', '--lang', 'en');
    expect(r.out.split('\n')[0]).toBe(plainAdd(from, 5, [newYearOff(Y)]));
    expect(r.out).toContain('note: this answer rests on provisional days');
    expect(JSON.parse((await cli('between', `${Y - 1}-12-24`, `${Y}-01-12`, '--json')).out)).toMatchObject({ provisional: true });
    // mùng 1 and the days after it: the first Monday–Friday among mùng 1–4 is a forecast Tết day
    const [ty, tm, td] = lunarToSolar(Y, 1, 1).split('-').map(Number);
    let t = daysFromCivil(ty, tm, td);
    while (isoWeekday(t) > 5) t++;
    expect((await cli('day', formatDay(t), '--lang', 'en')).out).toMatch(/day off \[provisional\] — Lunar New Year/);
    expect((await cli('calendar', String(Y), '--month', String(Number(formatDay(t).slice(5, 7))))).out).toMatch(
      new RegExp(`\\[${Number(formatDay(t).slice(8))}\\]~`),
    );
  });

  it('between', async () => {
    expect((await cli('between', '2025-01-20', '2025-02-10')).out).toBe('10');
    expect(JSON.parse((await cli('between', '2025-02-10', '2025-01-20', '--json')).out).workingDays).toBe(-10);
  });

  it('calendar: a month grid with the legend; JSON lists days off and make-up Saturdays', async () => {
    const r = await cli('calendar', '2025', '--month', '1', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('January 2025');
    expect(r.out).toMatch(/\[27\]\s+\[28\]\s+\[29\]\s+\[30\]\s+\[31\]/);
    expect(r.out).toContain('Legend:');
    const j = JSON.parse((await cli('calendar', '2025', '--json')).out);
    expect(j.makeUpWorkingDays.map((d: { date: string }) => d.date)).toEqual(['2025-04-26']);
    const weekdaysOff = j.nonWorkingDays.filter((d: { weekday: number }) => d.weekday <= 5).map((d: { date: string }) => d.date);
    expect(weekdaysOff).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
    ]);
  });

  it("demo: January 2025 and the plan's deadlines with what they skipped", async () => {
    const r = await cli('demo');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Tháng 1/2025');
    expect(r.out).toMatch(/\[hp-2025\/central-tthc-list\][\s\S]*?→ hạn chót: Thứ Hai, 10\/02\/2025\n\s+ngày nghỉ Thứ Hai, 27\/01\/2025: Tết/);
    // 5 days before Mon 05/05/2025 is Wed 30/04, a holiday: rolled back to Tue 29/04.
    expect(r.out).toMatch(/\[hp-2025\/local-tthc-publication\][\s\S]*?→ hạn chót: Thứ Ba, 29\/04\/2025/);
    // Facts by their names for people, values as a clerk writes them: no "effectiveOnSigning=false".
    expect(r.out).toContain(
      '  dữ kiện: Ngày văn bản QPPL có quy định về TTHC có hiệu lực thi hành: 05/05/2025; Văn bản QPPL có hiệu lực kể từ ngày ký ban hành: không\n',
    );
    expect(r.out).not.toMatch(/effectiveOnSigning|ministryDecisionDate=/);
    // 5 working days before 05/05: 02/05, 01/05, 30/04 off; 29, 28, Sat 26 (make-up), 25, 24/04.
    expect(r.out).toMatch(/\[nd63\/local-publication-before-effect\][\s\S]*?→ hạn chót: Thứ Năm, 24\/04\/2025/);
    expect(r.out).toMatch(/\[hp-2025\/monthly-report\][\s\S]*?→ hạn chót: Thứ Bảy, 17\/05\/2025 \(ngày làm việc cuối cùng: Thứ Sáu, 16\/05\/2025\)/);
    // A lower bound is an earliest allowed day, never a "hạn chót" nor a "last working day".
    expect(r.out).toMatch(/\[luat-64-2025\/earliest-effective-date\]\n.*\n.*\n {2}→ ngày sớm nhất được phép: Chủ nhật, 20\/04\/2025\n/);
  });

  it('agenda, plan and calendar --ics are wired in', async () => {
    const a = await cli('agenda', '--unit', 'so tu phap', '--from', '2025-03-01', '--to', '2025-03-31', '--as-of', '2025-03-20', '--dated-only', '--json');
    expect(a.code).toBe(0);
    // II.6.2 monthly report for March 2025: data 15/02–14/03, due Mon 17/03, overdue on 20/03.
    expect(JSON.parse(a.out).items[0]).toMatchObject({
      row: 'II.6.2',
      due: '2025-03-17',
      status: 'overdue',
      dataPeriod: { from: '2025-02-15', to: '2025-03-14' },
    });
    const plan = await cli('plan', '--json');
    expect(JSON.parse(plan.out).rows).toHaveLength(38);
    const ics = await cli('calendar', '2025', '--ics');
    expect(ics.out).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.out).toContain('DTSTART;VALUE=DATE:20250129');
    expect((await cli('calendar', '2025', '--ics', '--month', '1')).code).toBe(2);
  });

  it('--help on every command, exit 0', async () => {
    for (const c of ['day', 'add', 'between', 'calendar', 'demo', 'rules', 'due', 'agenda', 'plan', 'check', 'dossiers', 'holidays', 'export', 'serve']) {
      for (const lang of ['vi', 'en']) {
        const r = await cli(c, '--help', '--lang', lang);
        expect(r.code).toBe(0);
        expect(r.out).toMatch(new RegExp(`^vn-deadlines ${c}`));
        // The description under the synopsis, from the catalogue (an indented line).
        expect(r.out).toMatch(/\n {2}\S/);
      }
    }
    expect((await cli('--help')).out).toContain('Các lệnh:');
    expect((await cli('--help', '--lang', 'en')).out).toContain('Commands:');
    // A command's help in Vietnamese by default, in English with --lang en; the synopsis is the same.
    expect((await cli('day', '--help')).out).toBe(
      'vn-deadlines day <date> [--json] [--lang vi|en] [--include-pending] [--holidays year.json …]\n  Cho biết một ngày có phải là ngày làm việc không, và vì sao.',
    );
    expect((await cli('day', '--help', '--lang', 'en')).out).toBe(
      'vn-deadlines day <date> [--json] [--lang vi|en] [--include-pending] [--holidays year.json …]\n  Whether a day is a working day, and why.',
    );
  });

  it.each([
    [['day', '2025-02-29'], /is not a valid date/],
    [['day'], /expected 1 argument/],
    [['add', '2025-01-20', 'ten'], /whole number/],
    [['add', '2025-01-27', '0'], /2025-01-27 \(Mon\) is not a working day/],
    [['calendar', '25'], /four digits/],
    [['calendar', '2025', '--month', '13'], /--month/],
    [['day', '2025-01-01', '--bogus'], /bogus/],
    [['day', '2300-01-01'], /outside the calendar's range \(2013-01-01 to 2100-12-31\)/],
    [['nonsense'], /unknown command/],
  ])('bad input %j: one line on stderr, exit 2', async (argv, message) => {
    const r = await cli(...argv, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });

  // Written by hand: what a clerk reads, in Vietnamese by default and in English with --lang en.
  // The argument is named as typed (<date>, <n>, --fact …), never the library's function (dayInfo:) or a library (luxon).
  it.each([
    [
      ['day', '2025-02-30'],
      'vn-deadlines day: <date>: "2025-02-30" không phải là một ngày hợp lệ; hãy ghi ngày theo dạng năm-tháng-ngày YYYY-MM-DD, ví dụ 2025-01-20.',
    ],
    [['day'], 'vn-deadlines day: cần 1 đối số; cách dùng: vn-deadlines day <date> [--json] [--lang vi|en] [--include-pending] [--holidays year.json …]'],
    [['add', '2025-01-20', 'ten'], 'vn-deadlines add: <n> phải là một số nguyên, nhận được "ten"'],
    [
      ['add', '2025-01-27', '0'],
      'vn-deadlines add: Thứ Hai, 27/01/2025 không phải là ngày làm việc nên không thể cộng 0 ngày làm việc; hãy chọn dời sang ngày làm việc tiếp theo hoặc lùi về ngày làm việc liền trước.',
    ],
    [['day', '2300-01-01'], 'vn-deadlines day: Ngày 01/01/2300 nằm ngoài phạm vi của lịch (từ 01/01/2013 đến 31/12/2100).'],
    [['day', '2025-01-01', '--bogus'], "vn-deadlines day: không có tùy chọn --bogus; xem 'vn-deadlines day --help'"],
    [['day', '2025-01-01', '--lang', 'fr'], 'vn-deadlines day: --lang phải là vi hoặc en, nhận được fr'],
    [['nonsense'], 'vn-deadlines: không có lệnh "nonsense"; xem \'vn-deadlines --help\''],
    [
      ['due', 'hp-2025/central-tthc-list', '--fact', 'ministryDecisionDate=2025-13-01'],
      'vn-deadlines due: Dữ kiện --fact ministryDecisionDate của quy định hp-2025/central-tthc-list không hợp lệ: "2025-13-01" không phải là một ngày (YYYY-MM-DD).',
    ],
    [['day', '2025-02-30', '--lang', 'en'], 'vn-deadlines day: <date>: "2025-02-30" is not a valid date; write it as YYYY-MM-DD, e.g. 2025-01-20.'],
    [
      ['day', '--lang', 'en'],
      'vn-deadlines day: expected 1 argument; usage: vn-deadlines day <date> [--json] [--lang vi|en] [--include-pending] [--holidays year.json …]',
    ],
    [
      ['due', 'hp-2025/central-tthc-list', '--lang', 'en'],
      "vn-deadlines due: Rule hp-2025/central-tthc-list needs the fact --fact ministryDecisionDate (Day of the ministry's decision publishing the procedures), which was not given.",
    ],
  ])('the error of %j, word for word', async (argv, line) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toBe(line);
  });
});
