/**
 * Every shipped rule, with examples computed by hand from the official calendar
 * (the official notices cited in holidays/<year>.json), the reasoning in the test name.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/create.js';
import { dueDate, occurrences, shippedRules } from '../../src/rules/index.js';
import { firstProvisionalYear, lastMondayOfDecember, newYearOff, plainAdd } from '../support/years.js';

const due = (id: string, facts: Record<string, unknown>) => dueDate(id, facts);
const tested = new Set<string>();
const track = (id: string) => {
  tested.add(id);
  return id;
};

describe('QĐ 257/QĐ-UBND Hải Phòng 2025 — working-day offsets', () => {
  it('II.2.1 central list: ministry decision Mon 2025-01-20 → Mon 2025-02-10 (Tue 21–Fri 24 = 4; Tết break Sat 25/01–Sun 02/02 skipped; 03–07/02 = 9; Mon 10/02 = 10)', () => {
    const r = due(track('hp-2025/central-tthc-list'), { ministryDecisionDate: '2025-01-20' });
    expect(r.due).toBe('2025-02-10');
    expect(r.lastWorkingDay).toBe('2025-02-10');
    expect(r.kind).toBe('offset');
    expect(r.from).toBe('2025-01-20');
    expect(r.windowStart).toBeNull();
    const skipped = r.steps.filter((s) => s.kind === 'skip').map((s) => s.date);
    expect(skipped).toEqual(['2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-08', '2025-02-09']);
    expect(r.steps.find((s) => s.date === '2025-01-29')!.reasons!.some((x) => x.kind === 'tet')).toBe(true);
  });

  it('II.2.1 central list: Fri 2025-08-22 → Tue 2025-09-09 (25–29/08 = 5; Sat 30, Sun 31, Quốc khánh Mon 01/09 + Tue 02/09 skipped; 03–05/09 = 8; Mon 08 = 9; Tue 09 = 10)', () => {
    expect(due('hp-2025/central-tthc-list', { ministryDecisionDate: '2025-08-22' }).due).toBe('2025-09-09');
  });

  it('II.2.1 central list: instant 2025-01-20T20:00Z is Tue 2025-01-21 in Vietnam (UTC+7) → Tue 2025-02-11, whatever the host zone', () => {
    const r = due('hp-2025/central-tthc-list', { ministryDecisionDate: '2025-01-20T20:00:00Z' });
    expect(r.facts).toEqual({ ministryDecisionDate: '2025-01-21' });
    expect(r.due).toBe('2025-02-11');
    expect(due('hp-2025/central-tthc-list', { ministryDecisionDate: new Date('2025-01-20T10:00:00+07:00') }).due).toBe('2025-02-10');
  });

  it('II.2.2 national database: chairman decision Fri 2025-04-25 → Tue 2025-05-06 (make-up Sat 26/04 = 1; Mon 28 = 2; Tue 29 = 3; 30/04, 01/05, swapped Fri 02/05 and the weekend skipped; Mon 05 = 4; Tue 06 = 5)', () => {
    const r = due(track('hp-2025/national-database-entry'), { chairmanDecisionDate: '2025-04-25' });
    expect(r.due).toBe('2025-05-06');
    const counted = r.steps.filter((s) => s.kind === 'count').map((s) => s.date);
    expect(counted).toEqual(['2025-04-26', '2025-04-28', '2025-04-29', '2025-05-05', '2025-05-06']);
  });

  it('II.2.2 national database: Tue 2026-02-10 → Tue 2026-02-24 (11, 12, 13/02 = 3; Sat 14 – Sun 22 with Tết 16–20/02 skipped; Mon 23 = 4; Tue 24 = 5)', () => {
    expect(due('hp-2025/national-database-entry', { chairmanDecisionDate: '2026-02-10' }).due).toBe('2026-02-24');
  });

  it('III.2 internal procedure: Mon 2025-12-29 → Tue 2026-01-13 (30, 31/12 = 2; 01/01 and swapped Fri 02/01 skipped; 05–09/01 = 7; make-up Sat 10/01 = 8; Mon 12 = 9; Tue 13 = 10)', () => {
    const r = due(track('hp-2025/internal-procedure'), { chairmanDecisionDate: '2025-12-29' });
    expect(r.due).toBe('2026-01-13');
    expect(r.steps.find((s) => s.date === '2026-01-10')!.kind).toBe('count');
    expect(r.steps.find((s) => s.date === '2026-01-02')!.kind).toBe('skip');
  });

  it('III.2 internal procedure: Fri 2026-11-20 → Mon 2026-12-07, Tue 2026-11-24 (Ngày Văn hóa Việt Nam) skipped, flagging the pending swap 23/11 ↔ 28/11; with it applied still Mon 2026-12-07', () => {
    // 23 (1), [24 off], 25, 26, 27, 30/11, 1, 2, 3, 4/12 (9), 7/12 (10). Swap applied: 25, 26, 27, Sat 28, 30, 1, 2, 3, 4, 7.
    const r = due('hp-2025/internal-procedure', { chairmanDecisionDate: '2026-11-20' });
    expect(r.due).toBe('2026-12-07');
    expect(r.pending.map((p) => p.date)).toEqual(['2026-11-23', '2026-11-28']);
    expect(r.pending[0].applied).toBe(false);
    expect(r.dependsOnProvisional).toBe(false);
    expect(r.explanation.en).toContain('2026-11-23');
    const withPending = dueDate('hp-2025/internal-procedure', { chairmanDecisionDate: '2026-11-20' }, { calendar: createCalendar({ includePending: true }) });
    expect(withPending.due).toBe('2026-12-07');
    expect(withPending.pending[0].applied).toBe(true);
  });

  it('III.2 internal procedure: a decision on 24/11/2026 itself (a holiday) counts from Wed 25: → Tue 2026-12-08; with the swap applied (Sat 28 worked) → Mon 2026-12-07', () => {
    const r = due('hp-2025/internal-procedure', { chairmanDecisionDate: '2026-11-24' });
    expect([r.due, r.pending.map((p) => p.date)]).toEqual(['2026-12-08', ['2026-11-28']]);
    const withPending = dueDate('hp-2025/internal-procedure', { chairmanDecisionDate: '2026-11-24' }, { calendar: createCalendar({ includePending: true }) });
    expect(withPending.due).toBe('2026-12-07');
  });

  it('II.2.1 central list into 2027 (no official data yet): Mon 2026-12-28 → 29, 30, 31/12 = 3; Fri 01/01/2027 (Tết Dương lịch) and the weekend skipped; 04–08/01 = 8; Mon 11 = 9; Tue 2027-01-12 = 10 — provisional', () => {
    // The worked example is for 2027, the first year without official data when it was written;
    // the same rule is checked below against whatever year is the first provisional one now.
    const r = dueDate('hp-2025/central-tthc-list', { ministryDecisionDate: '2026-12-28' }, { calendar: createCalendar({ officialData: false }) });
    expect([r.due, r.dependsOnProvisional]).toEqual(['2027-01-12', true]);
    expect(r.explanation.en).toContain('provisional');
    const Y = firstProvisionalYear();
    const from = lastMondayOfDecember(Y - 1);
    const now = due('hp-2025/central-tthc-list', { ministryDecisionDate: from });
    expect([now.due, now.dependsOnProvisional]).toEqual([plainAdd(from, 10, [newYearOff(Y)]), true]);
    expect(due('hp-2025/central-tthc-list', { ministryDecisionDate: `${Y - 1}-12-01` }).dependsOnProvisional).toBe(false);
  });

  it('III.2 internal procedure: a decision well before 24/11/2026 (Mon 2025-03-03 → Mon 2025-03-17) depends on no pending day', () => {
    const r = due('hp-2025/internal-procedure', { chairmanDecisionDate: '2025-03-03' });
    expect(r.due).toBe('2025-03-17');
    expect(r.pending).toEqual([]);
  });
});

describe('QĐ 257/QĐ-UBND II.2.1 — local procedures: 5 days before effect, or right after signing', () => {
  const id = track('hp-2025/local-tthc-publication');

  it('effective Sat 2025-02-01 → 5 days before is Mon 27/01 (Tết) → rolled back over Sun 26, Sat 25 to Fri 2025-01-24', () => {
    const r = due(id, { effectiveDate: '2025-02-01' });
    expect(r.variant).toBe('before-effect');
    expect(r.due).toBe('2025-01-24');
    expect(r.interpretation!.en).toContain('previous working day');
    expect(r.steps.filter((s) => s.kind === 'skip').map((s) => s.date)).toEqual(['2025-01-27', '2025-01-26', '2025-01-25']);
  });

  it('effective Tue 2025-05-06 → Thu 01/05 (Labour Day) → back over Wed 30/04 to Tue 2025-04-29', () => {
    expect(due(id, { effectiveDate: '2025-05-06', effectiveOnSigning: false }).due).toBe('2025-04-29');
  });

  it('effective Sat 2025-03-15 → Mon 2025-03-10, a working day, kept', () => {
    expect(due(id, { effectiveDate: '2025-03-15' }).due).toBe('2025-03-10');
  });

  it('effective on signing, signed Fri 2025-01-24 → first working day after: Mon 2025-02-03 (after the Tết break)', () => {
    const r = due(id, { effectiveOnSigning: true, signedDate: '2025-01-24' });
    expect(r.variant).toBe('on-signing');
    expect(r.kind).toBe('immediatelyAfter');
    expect(r.due).toBe('2025-02-03');
    expect(r.interpretation!.vi).toContain('ngày làm việc đầu tiên');
  });

  it('effective on signing, signed Fri 2025-04-25 → Sat 2025-04-26, a make-up working Saturday, and the explanation says why (CV 8726/VPCP-KGVX)', () => {
    const r = due(id, { effectiveOnSigning: true, signedDate: '2025-04-25' });
    expect(r.due).toBe('2025-04-26');
    const last = r.steps.find((s) => s.kind === 'lastWorkingDay')!;
    expect(last.text.vi).toMatch(/^Thứ Bảy, 26\/04\/2025 là ngày làm việc — Ngày làm bù .*CV 8726\/VPCP-KGVX/);
    expect(last.text.en).toMatch(/^2025-04-26 \(Sat\) is a working day — Make-up working Saturday/);
    expect(r.explanation.en).toContain('is a working day — Make-up working Saturday');
  });

  it('a counted make-up Saturday is explained once, in its count step: II.2.2 from Mon 2025-04-21 → Tue 22 (1), Wed 23 (2), Thu 24 (3), Fri 25 (4), make-up Sat 2025-04-26 (5)', () => {
    const r = due('hp-2025/national-database-entry', { chairmanDecisionDate: '2025-04-21' });
    expect(r.due).toBe('2025-04-26');
    expect(r.steps.filter((s) => s.text.vi.includes('Ngày làm bù')).map((s) => s.kind)).toEqual(['count']);
    expect(r.steps.find((s) => s.kind === 'lastWorkingDay')!.text.vi).toBe('Thứ Bảy, 26/04/2025 là ngày làm việc');
  });
});

describe('NĐ 63/2010/NĐ-CP', () => {
  it('Điều 15 local: effective Mon 2025-02-03 → 5 working days strictly before: Fri 24 (1) … Mon 2025-01-20 (5), the Tết break skipped', () => {
    const r = due(track('nd63/local-publication-before-effect'), { effectiveDate: '2025-02-03' });
    expect(r.due).toBe('2025-01-20');
  });

  it('Điều 15 local: effective Tue 2025-05-06 → Mon 05/05 (1); holidays 30/04–02/05 skipped; Tue 29 (2), Mon 28 (3), make-up Sat 26 (4), Fri 2025-04-25 (5)', () => {
    expect(due('nd63/local-publication-before-effect', { effectiveDate: '2025-05-06' }).due).toBe('2025-04-25');
  });

  it('Điều 15 ministry, text in force (NĐ 92/2017): effective Sat 2025-03-01 − 20 days = Sun 09/02, not a working day → back to Fri 2025-02-07', () => {
    const r = due(track('nd63/ministry-publication-before-effect'), { effectiveDate: '2025-03-01' });
    expect(r).toMatchObject({ variant: 'twenty-days-before', due: '2025-02-07' });
  });

  it('Điều 15 ministry, superseded text (NĐ 48/2013, history): effective Mon 2016-11-21 → 20 working days before: the weekdays of 24/10–18/11 → Mon 2016-10-24', () => {
    expect(due('nd63/ministry-publication-before-effect', { effectiveDate: '2016-11-21' })).toMatchObject({ variant: 'twenty-working-days-before', due: '2016-10-24' });
  });

  it('Điều 24: decision Wed 2025-12-31 → 01/01, swapped Fri 02/01 and the weekend skipped → Mon 05 (1) … Fri 2026-01-09 (5)', () => {
    expect(due(track('nd63/national-database-entry'), { publicationDecisionDate: '2025-12-31' }).due).toBe('2026-01-09');
  });
});

describe('Earliest effective dates (not deadlines)', () => {
  const l64 = track('luat-64-2025/earliest-effective-date');
  const l80 = track('luat-80-2015/earliest-effective-date');

  it('Luật 64/2025 central: signed Tue 2025-04-01 + 45 days = Fri 2025-05-16', () => {
    const r = due(l64, { signedDate: '2025-04-01', level: 'central' });
    expect(r.due).toBe('2025-05-16');
    expect(r.isDeadline).toBe(false);
    expect(r.variant).toBe('central');
  });

  it('Luật 64/2025 local: signed Mon 2025-04-21 + 10 days = Thu 2025-05-01, a holiday, not rolled; last working day Tue 2025-04-29', () => {
    const r = due(l64, { signedDate: '2025-04-21', level: 'local' });
    expect(r.due).toBe('2025-05-01');
    expect(r.lastWorkingDay).toBe('2025-04-29');
    expect(r.explanation.en).toContain('not a deadline');
  });

  it('Luật 64/2025 central: signed Fri 2026-01-02 + 45 days = Mon 2026-02-16, in Tết, not rolled; last working day Fri 2026-02-13', () => {
    const r = due(l64, { signedDate: '2026-01-02', level: 'central' });
    expect([r.due, r.lastWorkingDay]).toEqual(['2026-02-16', '2026-02-13']);
  });

  it('Luật 80/2015 provincial: signed Wed 2024-02-07 + 10 = Sat 2024-02-17; last working day Fri 2024-02-16 (Tết ended Wed 14/02)', () => {
    const r = due(l80, { signedDate: '2024-02-07', level: 'provincial' });
    expect([r.due, r.lastWorkingDay, r.variant]).toEqual(['2024-02-17', '2024-02-16', 'provincial']);
  });

  it('Luật 80/2015 district: signed Tue 2024-04-23 + 7 = Tue 2024-04-30 (holiday); 29/04 swapped off → last working day Fri 2024-04-26', () => {
    const r = due(l80, { signedDate: '2024-04-23', level: 'district' });
    expect([r.due, r.lastWorkingDay, r.variant]).toEqual(['2024-04-30', '2024-04-26', 'district-commune']);
  });
});

describe('Periodic reports', () => {
  it('II.6.2 monthly 2025-05: due before the 18th → Sat 2025-05-17, last working day Fri 2025-05-16; data 15/04–14/05', () => {
    const r = due(track('hp-2025/monthly-report'), { month: '2025-05' });
    expect([r.due, r.lastWorkingDay, r.period]).toEqual(['2025-05-17', '2025-05-16', '2025-05']);
    expect(r.dataPeriod).toEqual({ from: '2025-04-15', to: '2025-05-14' });
    expect(r.kind).toBe('periodic');
  });

  it('II.6.2 monthly 2025-01: Fri 2025-01-17, a working day; data 2024-12-15 … 2025-01-14 (across the year)', () => {
    const r = due('hp-2025/monthly-report', { month: '2025-01' });
    expect([r.due, r.lastWorkingDay]).toEqual(['2025-01-17', '2025-01-17']);
    expect(r.dataPeriod).toEqual({ from: '2024-12-15', to: '2025-01-14' });
  });

  it('II.6.2 monthly 2026-02: Tue 2026-02-17 is mùng 1 Tết → last working day Fri 2026-02-13', () => {
    expect(due('hp-2025/monthly-report', { month: '2026-02' }).lastWorkingDay).toBe('2026-02-13');
  });

  it('II.6.1 quarterly 2025-Q3: data 15/06–14/09 (NĐ 09/2019), due Thu 2025-09-25', () => {
    const r = due(track('hp-2025/quarterly-report'), { quarter: '2025-Q3' });
    expect([r.due, r.lastWorkingDay]).toEqual(['2025-09-25', '2025-09-25']);
    expect(r.dataPeriod).toEqual({ from: '2025-06-15', to: '2025-09-14' });
  });

  it('II.6.1 annual 2025: data 2024-12-15 … 2025-12-14, due Thu 2025-12-25', () => {
    const r = due(track('hp-2025/annual-report'), { year: '2025' });
    expect([r.due, r.dataPeriod]).toEqual(['2025-12-25', { from: '2024-12-15', to: '2025-12-14' }]);
    expect(due('hp-2025/annual-report', { year: 2025 }).facts).toEqual({ year: '2025' });
  });

  it('NĐ 09/2019 monthly 2020-01: due Sat 2020-01-25 (mùng 1 Tết Canh Tý) → last working day Wed 2020-01-22 (Thu 23, Fri 24 are Tết)', () => {
    const r = due(track('nd09/monthly-report'), { month: '2020-01' });
    expect([r.due, r.lastWorkingDay]).toEqual(['2020-01-25', '2020-01-22']);
    expect(r.dataPeriod).toEqual({ from: '2019-12-15', to: '2020-01-14' });
  });

  it('NĐ 09/2019 quarterly 2025-Q1: data 2024-12-15 … 2025-03-14, due Tue 2025-03-25', () => {
    const r = due(track('nd09/quarterly-report'), { quarter: '2025-Q1' });
    expect([r.due, r.dataPeriod]).toEqual(['2025-03-25', { from: '2024-12-15', to: '2025-03-14' }]);
  });

  it('NĐ 09/2019 half-year: H1 2025 data 15/12/2024–14/06/2025 due Wed 2025-06-25; H2 data 15/06–14/12 due Thu 2025-12-25', () => {
    const h1 = due(track('nd09/half-year-report'), { half: '2025-H1' });
    const h2 = due('nd09/half-year-report', { half: '2025-H2' });
    expect([h1.due, h1.dataPeriod]).toEqual(['2025-06-25', { from: '2024-12-15', to: '2025-06-14' }]);
    expect([h2.due, h2.dataPeriod]).toEqual(['2025-12-25', { from: '2025-06-15', to: '2025-12-14' }]);
  });

  it('NĐ 09/2019 annual 2021: due Sat 2021-12-25 → last working day Fri 2021-12-24', () => {
    const r = due(track('nd09/annual-report'), { year: '2021' });
    expect([r.due, r.lastWorkingDay, r.dataPeriod]).toEqual(['2021-12-25', '2021-12-24', { from: '2020-12-15', to: '2021-12-14' }]);
  });

  it('occurrences: NĐ 09/2019 quarters of 2025 are due 25/03, 25/06, 25/09, 25/12', () => {
    expect(occurrences('nd09/quarterly-report', '2025-01-01', '2025-12-31').map((o) => [o.period, o.due])).toEqual([
      ['2025-Q1', '2025-03-25'],
      ['2025-Q2', '2025-06-25'],
      ['2025-Q3', '2025-09-25'],
      ['2025-Q4', '2025-12-25'],
    ]);
  });

  it('occurrences: the plan quarterly report exists only for the quarters of 2025, even over 2024–2026', () => {
    expect(occurrences('hp-2025/quarterly-report', '2024-01-01', '2026-12-31').map((o) => o.period)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
  });

  it('occurrences: monthly reports due in May–June 2025 are those of 2025-05 (Sat 17/05) and 2025-06 (Tue 17/06), at the calendar edge too', () => {
    expect(occurrences('hp-2025/monthly-report', '2025-05-01', '2025-06-30').map((o) => [o.period, o.due, o.lastWorkingDay])).toEqual([
      ['2025-05', '2025-05-17', '2025-05-16'],
      ['2025-06', '2025-06-17', '2025-06-17'],
    ]);
    expect(occurrences('nd09/monthly-report', '2019-01-01', '2019-02-28').map((o) => o.due)).toEqual(['2019-01-25', '2019-02-25']);
  });
});

describe('Fixed dates and windows', () => {
  it('II.3.2 “Trước 30/8/2025” → Fri 2025-08-29', () => {
    const r = due(track('hp-2025/simplification-proposal'), {});
    expect([r.kind, r.due, r.lastWorkingDay]).toEqual(['fixed', '2025-08-29', '2025-08-29']);
  });

  it('II.3.3 “Trước ngày 30/9/2025” → Mon 2025-09-29', () => {
    expect(due(track('hp-2025/simplification-approval'), {}).due).toBe('2025-09-29');
  });

  it('III.3.9 after the period 01/01/2024–31/12/2025, “trước ngày 15/01/2026” → window 2026-01-01 … Wed 2026-01-14', () => {
    const r = due(track('hp-2025/fee-exemption-report'), {});
    expect([r.windowStart, r.due, r.lastWorkingDay]).toEqual(['2026-01-01', '2026-01-14', '2026-01-14']);
    expect(r.dataPeriod).toEqual({ from: '2024-01-01', to: '2025-12-31' });
  });

  for (const id of ['hp-2025/unit-plan', 'hp-2025/reform-plan', 'hp-2025/review-plan']) {
    it(`${id}: “Trong tháng 02/2025” → window 2025-02-01 … Fri 2025-02-28`, () => {
      const r = due(track(id), {});
      expect([r.kind, r.windowStart, r.due, r.lastWorkingDay]).toEqual(['window', '2025-02-01', '2025-02-28', '2025-02-28']);
    });
  }

  for (const id of ['hp-2025/study-tours', 'hp-2025/inspection']) {
    it(`${id}: “Trong năm 2025” → window 2025-01-01 … Wed 2025-12-31`, () => {
      const r = due(track(id), {});
      expect([r.windowStart, r.due, r.lastWorkingDay]).toEqual(['2025-01-01', '2025-12-31', '2025-12-31']);
    });
  }

  it('III.6 after the pilot review of Mon 2025-06-30 → window Tue 2025-07-01 … Wed 2025-12-31; a review in 2026 leaves an empty window', () => {
    const r = due(track('hp-2025/public-service-centre-project'), { pilotReviewDate: '2025-06-30' });
    expect([r.from, r.windowStart, r.due]).toEqual(['2025-06-30', '2025-07-01', '2025-12-31']);
    const late = due('hp-2025/public-service-centre-project', { pilotReviewDate: '2026-01-05' });
    expect(late.windowStart! > late.due!).toBe(true);
    expect(late.explanation.en).toContain('empty');
  });
});

describe('No due day: ongoing, on occurrence, until superseded', () => {
  it('III.5 until QĐ 1291/QĐ-TTg is replaced: no due day, the note says what ends it', () => {
    const r = due(track('hp-2025/vertical-tthc-reception'), {});
    expect([r.kind, r.due, r.lastWorkingDay, r.windowStart]).toEqual(['untilSuperseded', null, null, null]);
    expect(r.note!.vi).toContain('Quyết định thay thế Quyết định số 1291/QĐ-TTg');
    expect(JSON.parse(JSON.stringify(r)).due).toBeNull();
  });

  for (const id of ['hp-2025/impact-assessment', 'hp-2025/regulation-comments']) {
    it(`${id}: “Khi có phát sinh” → on occurrence, no due day`, () => {
      const r = due(track(id), {});
      expect([r.kind, r.due]).toEqual(['onOccurrence', null]);
      expect(r.note!.vi).toMatch(/^Khi có phát sinh/);
    });
  }

  it('every “Thường xuyên” row is ongoing with no due day', () => {
    const ongoing = shippedRules()
      .list()
      .filter((r) => r.kinds.includes('ongoing'));
    expect(ongoing.length).toBe(12);
    for (const rule of ongoing) {
      const r = due(track(rule.id), {});
      expect([r.kind, r.due]).toEqual(['ongoing', null]);
      expect(rule.source.text).toBe('Thường xuyên');
    }
  });
});

describe('coverage of this file', () => {
  it('every shipped rule has at least one hand-computed example above', () => {
    const missing = shippedRules()
      .ids()
      .filter((id) => !tested.has(id));
    expect(missing).toEqual([]);
  });
});
