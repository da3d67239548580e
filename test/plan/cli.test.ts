/**
 * The `plan` and `agenda` commands and `calendarIcs` (the `--ics` form of `calendar`), run
 * in-process the way run.ts runs a command: parseArgs with the command's options, then `run`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.js';
import { calendarIcs, parseEventOption, planCommands } from '../../src/cli/commands/plan.js';
import { VnDeadlinesError } from '../../src/core/errors.js';

async function cli(name: string, ...args: string[]): Promise<{ code: number; out: string; lines: string[] }> {
  const command = planCommands[name];
  const { positionals, values } = parseArgs({ args, options: command.options, allowPositionals: true, strict: true });
  const lines: string[] = [];
  const code = await command.run(positionals, values, { out: (s) => lines.push(s), err: (s) => lines.push(`ERR ${s}`) });
  // What main.ts writes: each io.out call plus '\n'.
  return { code, out: lines.map((l) => `${l}\n`).join(''), lines: lines.join('\n').split('\n') };
}

const MARCH = ['--from', '2025-03-01', '--to', '2025-03-31', '--as-of', '2025-03-20'];

describe('vn-deadlines agenda', () => {
  it("prints a unit's dated items by due day (day, weekday, row, role, status; task; period and data), then the undated rows", async () => {
    const { code, lines } = await cli('agenda', '--unit', 'Sở Tư pháp', ...MARCH);
    expect(code).toBe(0);
    expect(lines.slice(0, 13)).toEqual([
      'Sở Tư pháp — Kế hoạch ban hành kèm theo QĐ 257/QĐ-UBND — từ 01/03/2025 đến 31/03/2025 (tính đến ngày 20/03/2025)',
      'Gồm việc giao cho: Sở Tư pháp; Các sở, ban, ngành; Các sở, ngành (trừ Ban Quản lý Khu Kinh tế Hải Phòng)',
      '',
      'Thứ Hai, 17/03/2025  II.6.2  chủ trì  quá hạn',
      '    Báo cáo tình hình, kết quả thực hiện công tác cải cách TTHC hàng tháng theo chỉ đạo của Văn phòng Chính phủ tại Văn bản số 5633/VPCP-KSTT ngày 25/7/2023',
      '    kỳ tháng 03/2025 · số liệu từ 15/02/2025 đến hết 14/03/2025 · hp-2025/monthly-report',
      'Thứ Ba, 25/03/2025  II.6.1  chủ trì  chưa đến hạn',
      '    Báo cáo kết quả công tác kiểm soát TTHC và thực hiện cơ chế một cửa, cơ chế một cửa liên thông trong giải quyết TTHC trên phần mềm Hệ thống thông tin báo cáo Chính phủ',
      '    kỳ quý I/2025 · số liệu từ 15/12/2024 đến hết 14/03/2025 · hp-2025/quarterly-report',
      'Thứ Tư, 31/12/2025  II.5.1  phối hợp  chưa đến hạn',
      '    Tổ chức kiểm tra việc thực hiện công tác cải cách, kiểm soát TTHC, cơ chế một cửa, một cửa liên thông trong giải quyết TTHC',
      '    thời gian thực hiện từ 01/01/2025 đến hết 31/12/2025 · hp-2025/inspection',
      '',
    ]);
    expect(lines[13]).toMatch(/^Không có hạn cụ thể \(\d+\):$/);
    expect(lines).toContain(
      '  II.1.1  phối hợp  Khi có phát sinh: khi xây dựng đề nghị hoặc dự thảo văn bản QPPL có quy định TTHC — Thực hiện đánh giá tác động của TTHC trong đề nghị xây dựng văn bản quy phạm pháp luật và dự thảo văn bản quy phạm pháp luật theo quy định',
    );
  });

  it('--lang en --dated-only, with an event given by --event, and the last working day of a weekend due day', async () => {
    const { lines } = await cli(
      'agenda',
      '--unit',
      'so tu phap',
      '--from',
      '2025-05-01',
      '--to',
      '2025-05-31',
      '--as-of',
      '2025-05-02',
      '--lang',
      'en',
      '--dated-only',
      '--event',
      'hp-2025/central-tthc-list:ministryDecisionDate=2025-05-05',
    );
    // Sorted by due day: Sat 17/05 (its last working day said) before Mon 19/05 (10 working days after Mon 05/05).
    expect(lines.slice(3)).toEqual([
      '2025-05-17 Sat  II.6.2  lead  open',
      '    Monthly report on procedure reform, as directed by Government Office letter 5633/VPCP-KSTT of 25/7/2023',
      '    period 2025-05 · data 2025-04-15 – 2025-05-14 · last working day 2025-05-16 Fri · hp-2025/monthly-report',
      '2025-05-19 Mon  II.2.1 (central)  lead  open',
      '    Procedures enacted centrally: review and submit the list of procedures (localised) for publication',
      '    event: counted from 2025-05-05 · hp-2025/central-tthc-list',
      '2025-12-31 Wed  II.5.1  cooperating  open',
      '    Inspect procedure reform and control and the one-stop mechanism',
      '    window 2025-01-01 – 2025-12-31 · hp-2025/inspection',
    ]);
    expect(lines.some((l) => l.startsWith('No due day'))).toBe(false);
  });

  it('--json prints the agenda object', async () => {
    const a = JSON.parse((await cli('agenda', '--unit', 'justice-department', ...MARCH, '--json', '--dated-only')).out);
    expect(a).toMatchObject({ from: '2025-03-01', to: '2025-03-31', asOf: '2025-03-20', role: 'any', plan: { document: '257/QĐ-UBND' } });
    expect(a.items.map((i: { row: string; due: string; status: string; role: string }) => [i.row, i.due, i.status, i.role])).toEqual([
      ['II.6.2', '2025-03-17', 'overdue', 'lead'],
      ['II.6.1', '2025-03-25', 'open', 'lead'],
      ['II.5.1', '2025-12-31', 'open', 'cooperating'],
    ]);
    expect(a.items[0].dataPeriod).toEqual({ from: '2025-02-15', to: '2025-03-14' });
    expect(a.items[0].lead[0]).toEqual({ id: 'all-departments', name: { vi: 'Các sở, ban, ngành', en: 'City departments and agencies (sở, ban, ngành)' } });
  });

  it('--ics prints an iCalendar file (CRLF lines, the last one completed by the newline of io.out) that ical.js reads', async () => {
    const { out } = await cli('agenda', '--unit', 'Sở Tư pháp', ...MARCH, '--ics');
    expect(out.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    const cal = new ICAL.Component(ICAL.parse(out));
    const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => [e.startDate.toString(), e.summary.slice(0, 6)])).toEqual([
      ['2025-03-17', 'II.6.2'],
      ['2025-03-25', 'II.6.1'],
      ['2025-12-31', 'II.5.1'],
    ]);
    expect(events[0].description).toContain('Chủ trì: Các sở, ban, ngành; UBND cấp huyện');
  });

  it('--events and --completed read JSON files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vn-agenda-'));
    const events = join(dir, 'events.json');
    const completed = join(dir, 'completed.json');
    writeFileSync(events, JSON.stringify([{ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-03-03' }, id: 'QĐ 512/QĐ-BTP' }]));
    writeFileSync(
      completed,
      JSON.stringify([
        { row: 'II.6.2', period: '2025-03', date: '2025-03-18' },
        { row: 'II.2.1', item: 'central', event: 'QĐ 512/QĐ-BTP' },
      ]),
    );
    const { lines } = await cli('agenda', '--unit', 'Sở Tư pháp', ...MARCH, '--dated-only', '--events', events, '--completed', completed);
    expect(lines.filter((l) => /^(Thứ|Chủ nhật)[^,]*, \d{2}\/\d{2}\/\d{4} /.test(l))).toEqual([
      'Thứ Hai, 17/03/2025  II.2.1 (gạch đầu dòng thứ hai)  chủ trì  đã hoàn thành',
      'Thứ Hai, 17/03/2025  II.6.2  chủ trì  đã hoàn thành (hoàn thành ngày 18/03/2025, trễ hạn)',
      'Thứ Ba, 25/03/2025  II.6.1  chủ trì  chưa đến hạn',
      'Thứ Tư, 31/12/2025  II.5.1  phối hợp  chưa đến hạn',
    ]);
    expect(lines).toContain('    sự kiện: QĐ 512/QĐ-BTP · hp-2025/central-tthc-list');
  });

  it('--role and the agenda of every unit', async () => {
    const lead = await cli('agenda', '--unit', 'Sở Tư pháp', ...MARCH, '--role', 'cooperating', '--dated-only');
    expect(lead.lines.filter((l) => /^(Thứ|Chủ nhật)[^,]*, \d{2}\/\d{2}\/\d{4} /.test(l))).toEqual(['Thứ Tư, 31/12/2025  II.5.1  phối hợp  chưa đến hạn']);
    const all = await cli('agenda', ...MARCH, '--dated-only');
    expect(all.lines[0]).toBe('Tất cả đơn vị — Kế hoạch ban hành kèm theo QĐ 257/QĐ-UBND — từ 01/03/2025 đến 31/03/2025 (tính đến ngày 20/03/2025)');
    expect(all.lines.filter((l) => /^(Thứ|Chủ nhật)[^,]*, \d{2}\/\d{2}\/\d{4} /.test(l))).toEqual([
      'Thứ Hai, 17/03/2025  II.6.2  quá hạn',
      'Thứ Ba, 25/03/2025  II.6.1  chưa đến hạn',
      'Thứ Tư, 31/12/2025  I.5  chưa đến hạn',
      'Thứ Tư, 31/12/2025  II.5.1  chưa đến hạn',
    ]);
  });

  it('an empty period says so', async () => {
    const { lines } = await cli('agenda', '--unit', 'Sở Tư pháp', '--from', '2026-03-01', '--to', '2026-03-10', '--dated-only');
    expect(lines.slice(3)).toEqual(['Không có việc nào trong khoảng thời gian này.']);
  });

  it('usage errors', async () => {
    await expect(cli('agenda', '--unit', 'Sở Tư pháp', '--to', '2025-03-31')).rejects.toThrow('--from <YYYY-MM-DD> is required');
    await expect(cli('agenda', '--from', '2025-03-01', '--to', '31/13/2025')).rejects.toThrow(/--to must be a date YYYY-MM-DD/); // day first: there is no month 13
    await expect(cli('agenda', ...MARCH, '--json', '--ics')).rejects.toThrow(/--json or --ics, not both/);
    await expect(cli('agenda', ...MARCH, '--unit', 'x', '--role', 'boss')).rejects.toThrow(/--role must be lead, cooperating or any/);
    await expect(cli('agenda', ...MARCH, '--role', 'lead')).rejects.toThrow(/--role needs --unit/);
    await expect(cli('agenda', ...MARCH, '--event', 'hp-2025/central-tthc-list')).rejects.toThrow(/--event expects/);
    await expect(cli('agenda', ...MARCH, '--event', 'nope/x:a=b')).rejects.toThrow(/no rule "nope\/x"/);
    await expect(cli('agenda', ...MARCH, '--event', 'hp-2025/central-tthc-list:decision=2025-03-03')).rejects.toThrow(/has no fact "decision"/);
    await expect(cli('agenda', ...MARCH, '--events', '/nonexistent/events.json')).rejects.toThrow(/--events: cannot read/);
    await expect(cli('agenda', 'extra', ...MARCH)).rejects.toThrow(UsageError);
  });

  it('library errors keep their code: a unit that matches nothing, an event with a bad fact', async () => {
    const e = await cli('agenda', '--unit', 'Bộ Ngoại giao', ...MARCH).catch((x) => x);
    expect(e).toBeInstanceOf(VnDeadlinesError);
    expect(e.code).toBe('invalid_argument');
    await expect(cli('agenda', ...MARCH, '--event', 'hp-2025/central-tthc-list:ministryDecisionDate=2025-02-30')).rejects.toMatchObject({
      code: 'invalid_fact',
    });
  });

  it("parseEventOption types booleans by the rule's facts", () => {
    expect(parseEventOption('hp-2025/local-tthc-publication:effectiveOnSigning=true,signedDate=2025-03-03')).toEqual({
      rule: 'hp-2025/local-tthc-publication',
      facts: { effectiveOnSigning: true, signedDate: '2025-03-03' },
    });
  });
});

describe('vn-deadlines plan', () => {
  it('prints every row: number and task, time, units, rules', async () => {
    const { code, lines } = await cli('plan');
    expect(code).toBe(0);
    expect(lines[0]).toBe('257/QĐ-UBND (24/01/2025) — Kế hoạch kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông năm 2025');
    expect(lines.filter((l) => /^(I|II|III)\.\d/.test(l))).toHaveLength(38);
    const i = lines.indexOf(
      'II.6.2  Báo cáo tình hình, kết quả thực hiện công tác cải cách TTHC hàng tháng theo chỉ đạo của Văn phòng Chính phủ tại Văn bản số 5633/VPCP-KSTT ngày 25/7/2023',
    );
    expect(lines.slice(i + 1, i + 4)).toEqual([
      '    Thời gian: Định kỳ hàng tháng',
      '    Chủ trì / phối hợp: Các sở, ban, ngành; UBND cấp huyện / Văn phòng UBND thành phố',
      '    Quy tắc: hp-2025/monthly-report',
    ]);
    expect(lines).toContain(
      '    - central: Đối với TTHC thuộc thẩm quyền ban hành của Trung ương: Rà soát, trình công bố danh mục TTHC (địa phương hóa) theo quy định [hp-2025/central-tthc-list]',
    );
  });

  it("--json prints the plan's rows with its units; --unit keeps a unit's rows", async () => {
    const all = JSON.parse((await cli('plan', '--json')).out);
    expect(all.rows).toHaveLength(38);
    expect(all.plan.document).toBe('257/QĐ-UBND');
    expect(all.units.find((u: { id: string }) => u.id === 'justice-department').name.vi).toBe('Sở Tư pháp');
    const lead = JSON.parse((await cli('plan', '--unit', 'VP UBND TP', '--role', 'lead', '--json', '--lang', 'en')).out);
    expect(lead.rows.map((r: { number: string }) => r.number)).toContain('I.5');
    expect(lead.rows.every((r: { lead: string[] }) => r.lead.includes('city-office'))).toBe(true);
    const en = await cli('plan', '--lang', 'en', '--unit', 'ict-department', '--role', 'lead');
    expect(en.lines).toContain("III.3.5  Share of the city's dossier-handling results fully synchronised to the National Public Service Portal: 100%");
  });
});

describe('calendarIcs (vn-deadlines calendar <year> --ics)', () => {
  it("prints the year's days off as iCalendar, the final CRLF completed by io.out", () => {
    const text = `${calendarIcs(2025, {})}\n`;
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(13);
    expect(events[0].summary).toBe('Ngày nghỉ: Tết Dương lịch');
    const en = new ICAL.Component(ICAL.parse(calendarIcs(2025, { lang: 'en' })));
    expect(new ICAL.Event(en.getFirstSubcomponent('vevent')!).summary).toBe("Day off: New Year's Day");
  });

  it('24/11/2026 is a day off; --include-pending applies the proposed swap 23/11', () => {
    expect(calendarIcs(2026, {})).toMatch(/SUMMARY:Ngày nghỉ: Ngày Văn hóa Việt Nam/);
    expect(calendarIcs(2026, {})).toMatch(/SUMMARY:Chờ công bố: Đề xuất nghỉ hoán đổi/);
    expect(calendarIcs(2026, { 'include-pending': true })).toMatch(/SUMMARY:Ngày nghỉ: Đề xuất nghỉ hoán đổi/);
  });

  it('refuses --month and --json with --ics', () => {
    expect(() => calendarIcs(2025, { month: '1' })).toThrow(UsageError);
    expect(() => calendarIcs(2025, { json: true })).toThrow(UsageError);
  });
});
