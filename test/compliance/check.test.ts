/**
 * checkCompliance: hand-computed verdicts at the edges, against the official calendar (holidays/,
 * checked against the official notices it cites): Tết Ất Tỵ 2025 = Mon 27/01–Fri 31/01 off; Quốc khánh
 * 2025 = Mon 01/09 + Tue 02/09 off; Sat 26/04/2025 a make-up working day; 2026-11-24 pending.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/create.js';
import { checkCompliance, COMPLIANCE_STATUSES, type ComplianceResult } from '../../src/compliance/index.js';
import { thrown } from '../support/errors.js';
import { firstProvisionalYear } from '../support/years.js';

const central = (actual: unknown, asOf?: string) =>
  checkCompliance({ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-01-20' }, actual: actual as string, asOf });
const lastLine = (s: string) => s.split('\n').pop()!;

describe('the due day itself and the next working day (10 working days after Mon 20/01/2025, Tết 27–31/01 skipped: due Mon 10/02)', () => {
  it('done on the due day: on time, 0 days either way (a period ends at 24:00 of its last day)', () => {
    const v = central('2025-02-10');
    expect(v).toMatchObject({
      status: 'onTime',
      due: '2025-02-10',
      actual: '2025-02-10',
      calendarDays: 0,
      workingDays: 0,
      workingDaysLate: 0,
      variant: 'ten-working-days',
    });
    expect(lastLine(v.explanation.vi)).toMatch(/^Kết luận kiểm tra: đúng hạn/);
    expect(lastLine(v.explanation.en)).toBe('Verdict: on time — done on 2025-02-10 (Mon), the last day of the period');
  });

  it('done on Tue 11/02, the next working day: late by 1 working day and 1 calendar day', () => {
    const v = central('2025-02-11');
    expect(v).toMatchObject({ status: 'late', calendarDays: 1, workingDays: 1, workingDaysLate: 1 });
    // Written by hand: an official's sentence, dates as dd/mm/yyyy with the weekday.
    expect(lastLine(v.explanation.vi)).toBe(
      'Kết luận kiểm tra: trễ hạn, chậm 1 ngày làm việc (1 ngày theo lịch) — thực hiện ngày Thứ Ba, 11/02/2025; hạn chót Thứ Hai, 10/02/2025',
    );
    expect(lastLine(v.explanation.en)).toBe('Verdict: late by 1 working day (1 calendar day) — done on 2025-02-11 (Tue), due 2025-02-10 (Mon)');
    // The explanation is the dueDate explanation, then the verdict.
    expect(v.explanation.vi.startsWith(v.dueResult!.explanation.vi + '\n')).toBe(true);
  });

  it('done on Fri 07/02: on time with a margin of 3 calendar days, 1 working day (Sat and Sun not counted)', () => {
    expect(central('2025-02-07')).toMatchObject({ status: 'onTime', calendarDays: -3, workingDays: -1, workingDaysLate: 0 });
  });

  it('done on Mon 17/02, a week late: 7 calendar days, 5 working days', () => {
    expect(central('2025-02-17')).toMatchObject({ status: 'late', calendarDays: 7, workingDays: 5, workingDaysLate: 5 });
  });
});

describe('a due day rolled over Tết (hp-2025/local-tthc-publication: 5 days before effect on Mon 03/02/2025 = Wed 29/01, Tết, rolled back to Fri 24/01)', () => {
  const publish = (actual: string) =>
    checkCompliance({ rule: 'hp-2025/local-tthc-publication', facts: { effectiveOnSigning: false, effectiveDate: '2025-02-03' }, actual });

  it('Fri 24/01 is the due day: on time', () => {
    expect(publish('2025-01-24')).toMatchObject({ status: 'onTime', due: '2025-01-24', variant: 'before-effect', workingDays: 0 });
  });

  it('Tue 28/01, inside Tết: late by 4 calendar days but 0 working days (no working day passed since the due day)', () => {
    expect(publish('2025-01-28')).toMatchObject({ status: 'late', calendarDays: 4, workingDays: 0, workingDaysLate: 0 });
  });

  it('Mon 03/02, the first working day after Tết: late by 1 working day, 10 calendar days', () => {
    expect(publish('2025-02-03')).toMatchObject({ status: 'late', calendarDays: 10, workingDays: 1, workingDaysLate: 1 });
  });
});

describe('instants are taken in Vietnam, UTC+7 (hp-2025/national-database-entry: 5 working days after Thu 28/08/2025, 01–02/09 off: due Mon 08/09)', () => {
  const entry = (actual: unknown) =>
    checkCompliance({ rule: 'hp-2025/national-database-entry', facts: { chairmanDecisionDate: '2025-08-28' }, actual: actual as string });

  it('23:30 on 08/09 in UTC+7 is still 08/09: on time', () => {
    expect(entry('2025-09-08T23:30:00+07:00')).toMatchObject({ status: 'onTime', actual: '2025-09-08', due: '2025-09-08' });
  });

  it('23:30 UTC on 08/09 is 06:30 on Tue 09/09 in Vietnam: late by 1 working day', () => {
    expect(entry('2025-09-08T23:30:00Z')).toMatchObject({ status: 'late', actual: '2025-09-09', workingDaysLate: 1 });
  });

  it('a JS Date and a luxon DateTime are instants too, whatever the host zone', () => {
    expect(entry(new Date('2025-09-08T16:30:00Z'))).toMatchObject({ status: 'onTime', actual: '2025-09-08' });
    expect(entry(new Date('2025-09-08T17:00:00Z'))).toMatchObject({ status: 'late', actual: '2025-09-09' });
    expect(entry(DateTime.fromISO('2025-09-08T23:59:59', { zone: 'Asia/Ho_Chi_Minh' }))).toMatchObject({ status: 'onTime' });
    expect(entry(DateTime.fromISO('2025-09-08T23:59:59', { zone: 'UTC' }))).toMatchObject({ status: 'late' });
  });
});

describe('not done yet: open, then overdue (10 working days after Mon 10/03/2025: due Mon 24/03)', () => {
  const pending = (asOf: string) => checkCompliance({ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-03-10' }, asOf });

  it('as of Thu 20/03: open, 2 working days left (Thu 20 and Fri 21 count, the weekend does not)', () => {
    const v = pending('2025-03-20');
    expect(v).toMatchObject({ status: 'open', actual: null, asOf: '2025-03-20', calendarDays: -4, workingDays: -2, workingDaysLate: 0 });
    expect(lastLine(v.explanation.vi)).toBe(
      'Kết luận kiểm tra: chưa đến hạn — tính đến ngày Thứ Năm, 20/03/2025 chưa thực hiện; còn 2 ngày làm việc (4 ngày theo lịch) đến hạn chót Thứ Hai, 24/03/2025',
    );
  });

  it('as of the due day: still open', () => {
    expect(pending('2025-03-24')).toMatchObject({ status: 'open', calendarDays: 0, workingDaysLate: 0 });
  });

  it('as of the next day: overdue by 1 working day', () => {
    const v = pending('2025-03-25');
    expect(v).toMatchObject({ status: 'overdue', calendarDays: 1, workingDaysLate: 1 });
    expect(lastLine(v.explanation.vi)).toMatch(/quá hạn/);
  });

  it('actual null is not done; asOf defaults to today in Vietnam', () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const v = checkCompliance({ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-03-10' }, actual: null });
    expect([today, new Date(Date.now() + 7 * 3_600_000 - 60_000).toISOString().slice(0, 10)]).toContain(v.asOf);
    expect(v.status).toBe(v.asOf > '2025-03-24' ? 'overdue' : 'open');
  });
});

describe('lower bounds: tooEarly', () => {
  const centre = (actual: string) => checkCompliance({ rule: 'hp-2025/public-service-centre-project', facts: { pilotReviewDate: '2025-06-10' }, actual });

  it('a window that opens on an event (after the pilot review of Tue 10/06/2025): before 11/06 is too early', () => {
    expect(centre('2025-06-05')).toMatchObject({ status: 'tooEarly', windowStart: '2025-06-11', due: '2025-12-31' });
    expect(centre('2025-06-11')).toMatchObject({ status: 'onTime' });
    expect(lastLine(centre('2025-06-05').explanation.en)).toMatch(/^Verdict: too early — done on 2025-06-05 \(Thu\), before the window opens on 2025-06-11/);
  });

  it('after the window closes (Wed 31/12/2025; 01–02/01/2026 off): Mon 05/01/2026 is late by 1 working day', () => {
    expect(centre('2026-01-05')).toMatchObject({ status: 'late', calendarDays: 5, workingDaysLate: 1 });
  });

  it('a report due after its data period ends (fee exemptions 2024–2025, window from 01/01/2026): December 2025 is too early', () => {
    const v = checkCompliance({ rule: 'hp-2025/fee-exemption-report', actual: '2025-12-20' });
    expect(v).toMatchObject({ status: 'tooEarly', windowStart: '2026-01-01', due: '2026-01-14' });
  });

  it('a calendar window has two ends ("trong tháng 02/2025"): January is too early, February on time, after it late', () => {
    expect(checkCompliance({ rule: 'hp-2025/unit-plan', actual: '2025-01-28' })).toMatchObject({
      status: 'tooEarly',
      windowStart: '2025-02-01',
      due: '2025-02-28',
    });
    expect(checkCompliance({ rule: 'hp-2025/unit-plan', actual: '2025-01-31' }).status).toBe('tooEarly');
    expect(checkCompliance({ rule: 'hp-2025/unit-plan', actual: '2025-02-01' }).status).toBe('onTime');
    expect(checkCompliance({ rule: 'hp-2025/unit-plan', actual: '2025-02-28' }).status).toBe('onTime');
    expect(checkCompliance({ rule: 'hp-2025/unit-plan', actual: '2025-03-03' })).toMatchObject({ status: 'late', workingDaysLate: 1 });
  });

  it('"trong năm 2025" (study tours, I.5): a tour done on Mon 30/12/2024 is too early, not on time; the verdict names the window\'s first day', () => {
    const v = checkCompliance({ rule: 'hp-2025/study-tours', actual: '2024-12-30' });
    expect(v).toMatchObject({ status: 'tooEarly', windowStart: '2025-01-01', due: '2025-12-31', workingDaysLate: 0 });
    expect(lastLine(v.explanation.vi)).toMatch(
      /^Kết luận kiểm tra: quá sớm — thực hiện ngày Thứ Hai, 30\/12\/2024, trước thời gian thực hiện \(từ Thứ Tư, 01\/01\/2025 đến hết/,
    );
    expect(lastLine(v.explanation.en)).toMatch(/^Verdict: too early — done on 2024-12-30 \(Mon\), before the window opens on 2025-01-01/);
    expect(checkCompliance({ rule: 'hp-2025/study-tours', actual: '2025-01-01' }).status).toBe('onTime');
    expect(checkCompliance({ rule: 'hp-2025/inspection', actual: '2024-12-31' }).status).toBe('tooEarly');
  });

  it('a rule that is not a deadline (earliest effective date, local, signed Fri 02/05/2025: earliest Mon 12/05): on or after is on time, before is too early', () => {
    const eff = (actual?: string) =>
      checkCompliance({ rule: 'luat-64-2025/earliest-effective-date', facts: { signedDate: '2025-05-02', level: 'local' }, actual });
    expect(eff('2025-05-12')).toMatchObject({ status: 'onTime', isDeadline: false, due: '2025-05-12', workingDaysLate: 0 });
    expect(eff('2025-06-01')).toMatchObject({ status: 'onTime', calendarDays: 20 });
    expect(eff('2025-05-09')).toMatchObject({ status: 'tooEarly', calendarDays: -3, workingDaysLate: 0 });
    expect(lastLine(eff('2025-05-09').explanation.vi)).toMatch(
      /quá sớm — ngày Thứ Sáu, 09\/05\/2025 sớm 3 ngày so với ngày sớm nhất được phép là Thứ Hai, 12\/05\/2025$/,
    );
    expect(eff()).toMatchObject({ status: 'open', actual: null });
  });
});

describe('notApplicable, with why', () => {
  it('a rule without a due day (ongoing)', () => {
    const v = checkCompliance({ rule: 'hp-2025/tthc-disclosure', actual: '2025-03-01' });
    expect(v).toMatchObject({ status: 'notApplicable', due: null, calendarDays: null, workingDays: null, workingDaysLate: 0, variant: 'ongoing' });
    expect(v.reason!.en).toMatch(/no due day/);
    expect(lastLine(v.explanation.vi)).toMatch(/^Kết luận kiểm tra: không áp dụng — Thường xuyên: không có hạn cụ thể để đối chiếu/);
  });

  it('no variant applies (Luật 64/2025 governs documents signed from 01/04/2025): the conditions are named', () => {
    const v = checkCompliance({ rule: 'luat-64-2025/earliest-effective-date', facts: { signedDate: '2025-03-01', level: 'local' }, actual: '2025-03-20' });
    expect(v).toMatchObject({ status: 'notApplicable', variant: null, due: null, dueResult: null });
    // The conditions in words, by the facts' names for people, not their ids ("level", "signedDate").
    expect(v.reason!.vi).toBe(
      'không có trường hợp nào của quy định áp dụng cho các dữ kiện đã cho (điều kiện: ' +
        'Cấp ban hành = cơ quan nhà nước ở trung ương và Ngày thông qua hoặc ký ban hành văn bản QPPL ≥ 01/04/2025; ' +
        'Cấp ban hành = chính quyền địa phương và Ngày thông qua hoặc ký ban hành văn bản QPPL ≥ 01/04/2025)',
    );
    expect(v.reason!.en).toMatch(/^no case of the rule applies to the facts given \(conditions: Issuing level = central state body and /);
    expect(v.explanation.en.split('\n')[0]).toMatch(/\[luat-64-2025\/earliest-effective-date\]$/);
  });
});

describe('two readings of the same act (the plan\'s "05 ngày" and NĐ 63/2010\'s "05 ngày làm việc" before effect on Mon 10/02/2025)', () => {
  const both = (actual: string) =>
    checkCompliance({
      rules: ['hp-2025/local-tthc-publication', 'nd63/local-publication-before-effect'],
      facts: { effectiveOnSigning: false, effectiveDate: '2025-02-10' },
      actual,
    });

  it('Tue 04/02: on time by the plan (due Wed 05/02), late by NĐ 63 (5th working day before: Mon 03/02)', () => {
    const r = both('2025-02-04');
    expect(r.readings.map((x) => [x.rule, x.status, x.due, x.workingDaysLate])).toEqual([
      ['hp-2025/local-tthc-publication', 'onTime', '2025-02-05', 0],
      ['nd63/local-publication-before-effect', 'late', '2025-02-03', 1],
    ]);
    expect(r).toMatchObject({ status: 'late', agree: false });
    expect(r.governing.rule).toBe('nd63/local-publication-before-effect');
    expect(lastLine(r.explanation.vi)).toBe(
      'Đối chiếu theo 2 quy định, kết quả khác nhau: hp-2025/local-tthc-publication: đúng hạn; nd63/local-publication-before-effect: trễ hạn (chậm 1 ngày làm việc)',
    );
  });

  it('Mon 03/02: both on time; they agree', () => {
    expect(both('2025-02-03')).toMatchObject({ status: 'onTime', agree: true });
  });
});

describe('what if the pending swap (Mon 23/11/2026 off, Sat 28/11/2026 worked) were decided', () => {
  // 10 working days after Tue 24/11/2026 (itself a holiday, Ngày Văn hóa Việt Nam): 25, 26, 27, 30/11,
  // 1, 2, 3, 4, 7, 8/12 → Tue 08/12; with Sat 28/11 worked: Mon 07/12.
  const proc = (actual: string, whatIf = true) =>
    checkCompliance({ rule: 'hp-2025/internal-procedure', facts: { chairmanDecisionDate: '2026-11-24' }, actual }, whatIf ? { whatIf: 'pending' } : {});

  it('done on Tue 08/12: on time today, late by 1 working day if the swap were decided', () => {
    const v = proc('2026-12-08');
    expect(v).toMatchObject({ status: 'onTime', due: '2026-12-08', workingDaysLate: 0 });
    expect(v.pending.map((p) => p.date)).toEqual(['2026-11-28']);
    expect(v.whatIfPending).toMatchObject({ status: 'late', due: '2026-12-07', workingDaysLate: 1, changed: ['status', 'due', 'workingDaysLate'] });
    expect(lastLine(v.explanation.vi)).toMatch(/Thứ Bảy, 28\/11\/2026: .* \(đang chờ công bố, chưa tính vào kết quả\)\)$/);
  });

  it('nothing changes for an act away from the pending days: whatIfPending is null; without whatIf it is absent', () => {
    expect(central('2025-02-11', undefined)).not.toHaveProperty('whatIfPending');
    expect(
      checkCompliance({ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-01-20' }, actual: '2025-02-11' }, { whatIf: 'pending' })
        .whatIfPending,
    ).toBeNull();
  });

  it('a delay counted over 23/11 changes with it (due Fri 20/11/2026, done Fri 27/11: 4 working days late — 23, 25, 26, 27 — 3 if 23/11 were off)', () => {
    const v = checkCompliance({ rule: 'hp-2025/simplification-approval', actual: '2025-10-06' }, { whatIf: 'pending' });
    expect(v.whatIfPending).toBeNull();
    const w = checkCompliance(
      { rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2026-11-06' }, actual: '2026-11-27' },
      { whatIf: 'pending' },
    );
    expect(w).toMatchObject({ status: 'late', due: '2026-11-20', workingDaysLate: 4 });
    expect(w.whatIfPending).toMatchObject({ status: 'late', due: '2026-11-20', workingDaysLate: 3, changed: ['workingDaysLate'] });
  });

  it("'pending' needs the default calendar; a calendar of one's own is compared as given", () => {
    const own = createCalendar({ includePending: true });
    expect(thrown(() => checkCompliance({ rule: 'hp-2025/unit-plan', actual: '2025-02-01' }, { calendar: own, whatIf: 'pending' })).code).toBe(
      'invalid_argument',
    );
    expect(proc('2026-12-08', false)).not.toHaveProperty('whatIfPending');
    const v = checkCompliance({ rule: 'hp-2025/internal-procedure', facts: { chairmanDecisionDate: '2026-11-24' }, actual: '2026-12-08' }, { whatIf: own });
    expect(v.whatIfPending).toMatchObject({ status: 'late' });
  });
});

describe('bad input throws (a late act never does)', () => {
  it('unknown rule, bad actual, missing fact, rule and rules both or neither', () => {
    expect(thrown(() => checkCompliance({ rule: 'no/such', actual: '2025-01-01' })).code).toBe('unknown_rule');
    expect(thrown(() => central('2025-02-30')).code).toBe('invalid_date');
    expect(thrown(() => central('2025-02-10', '10/02/2025')).code).toBe('invalid_date');
    expect(thrown(() => checkCompliance({ rule: 'hp-2025/central-tthc-list', facts: {}, actual: '2025-02-10' })).code).toBe('missing_fact');
    expect(thrown(() => checkCompliance({ rule: 'hp-2025/unit-plan', rules: ['hp-2025/unit-plan'] } as never)).code).toBe('invalid_argument');
    expect(thrown(() => checkCompliance({ facts: {} } as never)).code).toBe('invalid_argument');
    expect(thrown(() => checkCompliance({ rules: [] })).code).toBe('invalid_argument');
    expect(thrown(() => central('2101-01-02')).code).toBe('out_of_coverage');
  });
});

describe('results as data', () => {
  it('toJSON has every field, the explanation and the verdict, and no dueResult; statuses are listed most severe first', () => {
    const json = JSON.parse(JSON.stringify(central('2025-02-11'))) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(
      [
        'actual',
        'asOf',
        'calendarDays',
        'dependsOnProvisional',
        'due',
        'explanation',
        'isDeadline',
        'lastWorkingDay',
        'pending',
        'reason',
        'rule',
        'status',
        'title',
        'variant',
        'verdict',
        'windowStart',
        'workingDays',
        'workingDaysLate',
      ].sort(),
    );
    expect(COMPLIANCE_STATUSES).toEqual(['overdue', 'late', 'tooEarly', 'open', 'onTime', 'notApplicable']);
  });

  it(`a provisional year is said (${firstProvisionalYear()}, the first year without official arrangements)`, () => {
    const Y = firstProvisionalYear();
    const v: ComplianceResult = checkCompliance({ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: `${Y}-03-01` }, actual: `${Y}-03-20` });
    expect(v.dependsOnProvisional).toBe(true);
    expect(lastLine(v.explanation.en)).toMatch(/\(note: rests on provisional days\)$/);
  });
});
