/**
 * The dossier clock on examples worked out by hand. The calendar of each is written out in a
 * comment; the default office hours are the provisional Hải Dương sessions: winter (1/11–31/3)
 * 07:30–12:00 and 13:00–16:30, summer (1/4–31/10) 07:00–11:30 and 13:30–17:00.
 */
import { describe, expect, it } from 'vitest';
import { dossierDeadline, dossierStatus, parseProcedure, type ProcedureData } from '../../src/dossier/index.js';
import { VnDeadlinesError } from '../../src/core/errors.js';

const src = { document: 'test', grade: 'D' as const };
const profile = (over: Partial<ProcedureData> & { amount?: number; unit?: 'workingDays' | 'workingHours' }) => {
  const { amount = 3, unit = 'workingDays', ...rest } = over;
  return parseProcedure({ id: 'test/p', title: { vi: 'Thử', en: 'Test' }, processing: { amount, unit, source: src }, ...rest });
};
const at = (s: string) => `${s}+07:00`;

describe('receipt and counting in working days', () => {
  it('Fri 24/01/2025 16:45 after a 15:00 cut-off, 3 working days across Tết 2025', () => {
    // Tết 2025: Sat 25/01 – Sun 02/02 off (Sat 25 and Sun 26 included). Receipt after the cut-off
    // → the first session of the next working day, Mon 03/02 07:30 (winter). Day 0 = Mon 03/02;
    // days 1–3: Tue 04/02, Wed 05/02, Thu 06/02; end of the last session 16:30.
    const p = profile({ receipt: { cutoff: { time: '15:00', source: src } } });
    const d = dossierDeadline({ procedure: p, receivedAt: '2025-01-24T16:45:00+07:00' });
    expect(d.clockStart).toBe('2025-02-03T07:30:00+07:00');
    expect(d.dueAt).toBe('2025-02-06T16:30:00+07:00');
    expect(d.dueDate).toBe('2025-02-06');
    expect(d.steps.map((s) => s.kind)).toEqual(['received', 'startMoved', 'counted', 'note']);
    expect(d.steps[1].text.en).toContain('after 15:00');
    expect(d.explanation.vi).toContain('ngày thứ 3 là 06/02/2025');
    expect(d.unverified).toEqual(['officeHours:hai-duong-provisional']);
  });

  it('the same dossier without a cut-off: outside hours (16:30 closed), same start', () => {
    const d = dossierDeadline({ procedure: 'example/ho-tich-3-ngay-lam-viec', receivedAt: '2025-01-24T16:45:00+07:00' });
    expect([d.clockStart, d.dueAt]).toEqual(['2025-02-03T07:30:00+07:00', '2025-02-06T16:30:00+07:00']);
    expect(d.unverified).toContain('procedure:example/ho-tich-3-ngay-lam-viec');
  });

  it('received inside a session counts from that day: Mon 10/02/2025 09:00 → Thu 13/02 16:30', () => {
    const d = dossierDeadline({ procedure: profile({}), receivedAt: at('2025-02-10T09:00:00') });
    expect([d.clockStart, d.dueAt]).toEqual([at('2025-02-10T09:00:00'), at('2025-02-13T16:30:00')]);
  });

  it('received online on Saturday night: from Monday 07:30; asIs: Saturday is day 0', () => {
    // Sat 15/03/2025 21:00. nextSession: Mon 17/03 07:30 is day 0 → Tue 18, Wed 19, Thu 20.
    // asIs: Sat 15 is day 0 → Mon 17, Tue 18, Wed 19.
    expect(dossierDeadline({ procedure: profile({}), receivedAt: at('2025-03-15T21:00:00') }).dueAt).toBe(at('2025-03-20T16:30:00'));
    const asIs = profile({ receipt: { outsideHours: 'asIs' } });
    const d = dossierDeadline({ procedure: asIs, receivedAt: at('2025-03-15T21:00:00') });
    expect([d.clockStart, d.dueAt]).toEqual([at('2025-03-15T21:00:00'), at('2025-03-19T16:30:00')]);
  });

  it('received at lunch counts from the afternoon session', () => {
    const d = dossierDeadline({ procedure: profile({ amount: 1 }), receivedAt: at('2025-03-11T12:10:00') });
    expect([d.clockStart, d.dueAt]).toEqual([at('2025-03-11T13:00:00'), at('2025-03-12T16:30:00')]);
  });

  it('a same-day procedure with the 15:00 cut-off ("sau 15 giờ": strictly after)', () => {
    const p = 'laocai/chung-thuc-ban-sao-tu-so-goc';
    expect(dossierDeadline({ procedure: p, receivedAt: at('2025-03-11T14:59:00') }).dueAt).toBe(at('2025-03-11T16:30:00'));
    expect(dossierDeadline({ procedure: p, receivedAt: at('2025-03-11T15:00:00') }).dueAt).toBe(at('2025-03-11T16:30:00'));
    expect(dossierDeadline({ procedure: p, receivedAt: at('2025-03-11T15:00:01') }).dueAt).toBe(at('2025-03-12T16:30:00'));
  });

  it('dayEnd endOfDay ends at 24:00 of the last day (the Civil Code)', () => {
    const d = dossierDeadline({ procedure: profile({ dayEnd: 'endOfDay' }), receivedAt: at('2025-02-10T09:00:00') });
    expect([d.dueAt, d.dueDate]).toEqual([at('2025-02-14T00:00:00'), '2025-02-13']);
  });

  it('instants are answered in UTC+7 whatever the input offset', () => {
    const d = dossierDeadline({ procedure: profile({}), receivedAt: '2025-02-10T02:00:00Z' });
    expect(d.receivedAt).toBe(at('2025-02-10T09:00:00'));
    expect(dossierDeadline({ procedure: profile({}), receivedAt: new Date('2025-02-10T02:00:00Z') }).dueAt).toBe(at('2025-02-13T16:30:00'));
  });
});

describe('working hours', () => {
  it('8 working hours from Tue 10/06/2025 15:00 (summer) → Wed 11/06 15:00', () => {
    // Tue 15:00–17:00 (2 h), Wed 07:00–11:30 (4.5 h), 13:30–15:00 (1.5 h).
    expect(dossierDeadline({ procedure: 'example/kbnn-8-gio-lam-viec', receivedAt: at('2025-06-10T15:00:00') }).dueAt).toBe(at('2025-06-11T15:00:00'));
  });

  it('8 working hours from Tue 07/01/2025 11:00 (winter) → Wed 08/01 11:00', () => {
    // Tue 11:00–12:00 (1 h), 13:00–16:30 (3.5 h), Wed 07:30–11:00 (3.5 h).
    expect(dossierDeadline({ procedure: 'example/kbnn-8-gio-lam-viec', receivedAt: at('2025-01-07T11:00:00') }).dueAt).toBe(at('2025-01-08T11:00:00'));
  });

  it('a time that ends exactly at a session end is due then, not at the next start', () => {
    // Tue 07/01/2025 13:00 + 3.5 h = 16:30.
    const p = profile({ amount: 0, unit: 'workingHours' });
    expect(dossierDeadline({ procedure: p, receivedAt: at('2025-01-07T13:00:00') }).dueAt).toBe(at('2025-01-07T13:00:00'));
  });
});

describe('supplements, extensions, re-appointments', () => {
  const request = { kind: 'supplementRequested' as const, at: at('2025-03-11T09:00:00') };
  const back = { kind: 'supplementReceived' as const, at: at('2025-03-17T10:00:00') };

  it('pause keeps the time used: 1 day used (Tue 11), 2 left from Mon 17 → Wed 19', () => {
    const p = profile({ supplement: { effect: 'pause', source: src } });
    const d = dossierDeadline({ procedure: p, receivedAt: at('2025-03-10T08:00:00'), events: [back, request] });
    expect(d.dueAt).toBe(at('2025-03-19T16:30:00'));
    expect(d.steps.map((s) => s.kind)).toEqual(['received', 'counted', 'supplementRequested', 'supplementReceived', 'counted', 'note']);
  });

  it('restart counts 3 days again from Mon 17 → Thu 20', () => {
    const d = dossierDeadline({ procedure: profile({}), receivedAt: at('2025-03-10T08:00:00'), events: [request, back] });
    expect(d.dueAt).toBe(at('2025-03-20T16:30:00'));
  });

  it('while awaiting supplements there is no due instant', () => {
    const d = dossierDeadline({ procedure: profile({}), receivedAt: at('2025-03-10T08:00:00'), events: [request] });
    expect([d.dueAt, d.suspended]).toEqual([null, true]);
  });

  it('an extension adds working days to the due day: Thu 13/02 + 2 → Mon 17/02', () => {
    const ext = { kind: 'extended' as const, at: at('2025-02-12T09:00:00'), amount: 2, reason: 'cần xác minh' };
    const d = dossierDeadline({ procedure: profile({}), receivedAt: at('2025-02-10T09:00:00'), events: [ext] });
    expect(d.dueAt).toBe(at('2025-02-17T16:30:00'));
    expect(d.explanation.vi).toContain('lý do: cần xác minh');
  });

  it('a re-appointment keeps both appointments; the verdict is against the original by default', () => {
    // Original: Thu 13/02 16:30. New: Tue 18/02. Resolved Mon 17/02 09:00: late by Fri 14, Mon 17 = 2.
    const re = { kind: 'reappointed' as const, at: at('2025-02-12T10:00:00'), dueAt: '2025-02-18', reason: 'chờ ý kiến' };
    const dossier = { procedure: profile({}), receivedAt: at('2025-02-10T09:00:00'), events: [re], resolvedAt: at('2025-02-17T09:00:00') };
    const v = dossierStatus(dossier, { asOf: '2025-03-01' });
    expect(v.deadline.appointments.map((a) => a.dueAt)).toEqual([at('2025-02-13T16:30:00'), at('2025-02-18T16:30:00')]);
    expect(v.deadline.dueAt).toBe(at('2025-02-18T16:30:00'));
    expect([v.status, v.lateBy, v.judgedAgainst]).toEqual(['late', 2, at('2025-02-13T16:30:00')]);
    expect(v.deadline.steps.some((s) => s.kind === 'warning')).toBe(false);
    const latest = dossierStatus({ ...dossier, procedure: profile({ reappointment: { judgeAgainst: 'latest' } }) }, { asOf: '2025-03-01' });
    expect(latest.status).toBe('early');
  });

  it('warns on an apology later than one working day before the due day, and on a second re-appointment', () => {
    const re = (day: string, due: string) => ({ kind: 'reappointed' as const, at: at(`${day}T10:00:00`), dueAt: due, reason: 'x' });
    const d = dossierDeadline({
      procedure: profile({}),
      receivedAt: at('2025-02-10T09:00:00'),
      events: [re('2025-02-13', '2025-02-18'), re('2025-02-17', '2025-02-20')],
    });
    const late = 'Warning: the apology letter came later than 1 working day before the due day (NĐ 118/2025/NĐ-CP Art. 19(6)).';
    // The first letter on the due day itself (Thu 13/02); the second is a second re-appointment, also late.
    const warnings = d.steps.filter((s) => s.kind === 'warning');
    expect(warnings.map((s) => s.text.en)).toEqual([late, 'Warning: re-appointed more than 1 time(s) (NĐ 118/2025/NĐ-CP Art. 19(6): at most once).', late]);
    expect(warnings.map((s) => s.documents)).toEqual(Array(3).fill(['NĐ 118/2025/NĐ-CP Điều 19 khoản 6']));
  });

  it('a profile without its own supplement rule restarts by NĐ 118/2025 Điều 19 khoản 5, and says so', () => {
    const d = dossierDeadline({ procedure: profile({}), receivedAt: at('2025-03-10T08:00:00'), events: [request, back] });
    const step = d.steps.find((s) => s.kind === 'supplementRequested');
    expect(step?.documents).toEqual(['NĐ 118/2025/NĐ-CP Điều 19 khoản 5']);
    expect(step?.text.vi).toContain('Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ (NĐ 118/2025/NĐ-CP Điều 19 khoản 5).');
  });

  it("a profile's own supplement rule is cited as the profile's", () => {
    const d = dossierDeadline({
      procedure: profile({ supplement: { effect: 'pause', source: src } }),
      receivedAt: at('2025-03-10T08:00:00'),
      events: [request, back],
    });
    const step = d.steps.find((s) => s.kind === 'supplementRequested');
    expect(step?.documents).toEqual([src.document]);
    expect(step?.text.vi).toContain('Theo hồ sơ thủ tục, thời hạn tạm dừng');
  });

  it('a second supplement request is counted but warned about: supplements are asked for once (NĐ 118/2025 Điều 11 khoản 2 điểm c)', () => {
    // Restart twice: the second complete dossier on Wed 19/03 09:00, + 3 working days → Mon 24/03 16:30.
    const again = { kind: 'supplementRequested' as const, at: at('2025-03-18T09:00:00') };
    const back2 = { kind: 'supplementReceived' as const, at: at('2025-03-19T09:00:00') };
    const d = dossierDeadline({ procedure: profile({}), receivedAt: at('2025-03-10T08:00:00'), events: [request, back, again, back2] });
    expect(d.dueAt).toBe(at('2025-03-24T16:30:00'));
    const warnings = d.steps.filter((s) => s.kind === 'warning');
    expect(warnings.map((s) => [s.at, s.documents])).toEqual([[at('2025-03-18T09:00:00'), ['NĐ 118/2025/NĐ-CP Điều 11 khoản 2 điểm c']]]);
    expect(warnings[0].text.vi).toBe(
      'Cảnh báo: yêu cầu bổ sung lần thứ 2; NĐ 118/2025/NĐ-CP Điều 11 khoản 2 điểm c: chỉ được yêu cầu sửa đổi, bổ sung một lần.',
    );
  });

  it('warns on a supplement request later than 3 working days after receipt (NĐ 118/2025 Điều 19 khoản 5), across Tết 2025', () => {
    // Received Fri 24/01/2025 10:00, inside a session. Tết 2025: Sat 25/01 – Sun 02/02 off. Working
    // days after the day of receipt: Mon 03/02 (1), Tue 04/02 (2), Wed 05/02 (3): the latest day
    // for a request is Wed 05/02; Thu 06/02 is late.
    const ask = (when: string) =>
      dossierDeadline({ procedure: profile({}), receivedAt: at('2025-01-24T10:00:00'), events: [{ kind: 'supplementRequested', at: at(when) }] });
    expect(ask('2025-02-05T16:00:00').steps.filter((s) => s.kind === 'warning')).toEqual([]);
    const late = ask('2025-02-06T08:00:00').steps.filter((s) => s.kind === 'warning');
    expect(late.map((s) => [s.at, s.documents])).toEqual([[at('2025-02-06T08:00:00'), ['NĐ 118/2025/NĐ-CP Điều 19 khoản 5']]]);
    expect(late[0].text.en).toBe(
      'Warning: supplements requested after 2025-02-05, more than 3 working days after the dossier was received on 2025-01-24 (NĐ 118/2025/NĐ-CP Art. 19(5), unless a sector law sets another time).',
    );
    expect(late[0].text.vi).toContain('quá 03 ngày làm việc kể từ ngày tiếp nhận hồ sơ');
  });
});

describe('a dossier whose supplements do not come', () => {
  it('is still suspended, and after 15 days from the request its verdict says the desk closes it (NĐ 118/2025 Điều 19 khoản 5)', () => {
    // Requested Mon 10/03/2025 09:00; 15 calendar days after it: 11/03 … 25/03 (day 15). On 25/03
    // the dossier waits; from 26/03 the desk closes it.
    const dossier = {
      procedure: profile({}),
      receivedAt: at('2025-03-10T08:00:00'),
      events: [{ kind: 'supplementRequested' as const, at: at('2025-03-10T09:00:00') }],
    };
    const waiting = dossierStatus(dossier, { asOf: '2025-03-25' });
    expect(waiting.status).toBe('suspended');
    expect(waiting.verdict.en).toBe('At 2025-03-25T23:59:59.999+07:00 the dossier awaits supplements: the clock is stopped.');
    const closing = dossierStatus(dossier, { asOf: '2025-03-26' });
    expect(closing.status).toBe('suspended');
    expect(closing.verdict.en).toBe(
      'At 2025-03-26T23:59:59.999+07:00 the dossier awaits supplements: the clock is stopped. More than 15 days have passed since the supplements were requested at 2025-03-10T09:00:00+07:00 (day 15 was 2025-03-25): the one-stop desk closes the dossier in the procedure system (NĐ 118/2025/NĐ-CP Art. 19(5), unless a sector law sets another time).',
    );
    expect(closing.verdict.vi).toContain('Đã quá 15 ngày kể từ khi thông báo bổ sung lúc 09:00 ngày 10/03/2025 (ngày thứ 15 là 25/03/2025)');
    // Supplements received: not waiting, no closure.
    const back = dossierStatus(
      { ...dossier, events: [...dossier.events, { kind: 'supplementReceived' as const, at: at('2025-03-12T09:00:00') }] },
      { asOf: '2025-03-31' },
    );
    expect(back.verdict.en).not.toContain('closes the dossier');
  });
});

describe('stop of processing', () => {
  it('a stopped dossier is neither late nor overdue; later events are refused', () => {
    const stop = { kind: 'stopped' as const, at: at('2025-02-12T10:00:00'), reason: 'người nộp rút hồ sơ' };
    const v = dossierStatus({ procedure: profile({}), receivedAt: at('2025-02-10T09:00:00'), events: [stop] }, { asOf: '2025-03-31' });
    expect([v.status, v.lateBy]).toEqual(['stopped', 0]);
    expect(v.verdict.en).toBe('Processing was stopped at 2025-02-12T10:00:00+07:00: not counted as early, on time or late.');
    expect(v.explanation.vi).toContain('lý do: người nộp rút hồ sơ');
    // Before the stop, the same dossier is open.
    expect(dossierStatus({ procedure: profile({}), receivedAt: at('2025-02-10T09:00:00'), events: [stop] }, { asOf: at('2025-02-11T10:00:00') }).status).toBe(
      'open',
    );
    const ext = { kind: 'extended' as const, at: at('2025-02-13T09:00:00'), amount: 1, reason: 'x' };
    expect(() => dossierDeadline({ procedure: profile({}), receivedAt: at('2025-02-10T09:00:00'), events: [stop, ext] })).toThrow(
      /after processing was stopped/,
    );
  });
});

describe('status', () => {
  const base = { procedure: 'example/kbnn-8-gio-lam-viec', receivedAt: at('2025-06-10T15:00:00') };
  it('open, then overdue by working hours (due Wed 11/06 15:00)', () => {
    expect(dossierStatus(base, { asOf: at('2025-06-11T15:00:00') }).status).toBe('open');
    const v = dossierStatus(base, { asOf: at('2025-06-12T08:30:00') });
    // Wed 15:00–17:00 (2 h) + Thu 07:00–08:30 (1.5 h).
    expect([v.status, v.lateBy]).toEqual(['overdue', 3.5]);
  });
  it('early is a day before the due day; on time the due day up to the due instant', () => {
    expect(dossierStatus({ ...base, resolvedAt: at('2025-06-10T16:00:00') }, { asOf: '2025-07-01' }).status).toBe('early');
    expect(dossierStatus({ ...base, resolvedAt: at('2025-06-11T14:00:00') }, { asOf: '2025-07-01' }).status).toBe('onTime');
  });
  it('a result after asOf is not seen', () => {
    expect(dossierStatus({ ...base, resolvedAt: at('2025-06-11T14:00:00') }, { asOf: '2025-06-10' }).status).toBe('open');
  });
});

describe('errors', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof VnDeadlinesError ? e.code : String(e);
    }
    return 'no error';
  };
  it('names what is wrong', () => {
    expect(code(() => dossierDeadline({ procedure: 'no/such', receivedAt: at('2025-03-10T08:00:00') }))).toBe('invalid_argument');
    expect(code(() => dossierDeadline({ procedure: profile({}), receivedAt: '2025-03-10T08:00:00' }))).toBe('invalid_argument');
    expect(
      code(() =>
        dossierDeadline({
          procedure: profile({}),
          receivedAt: at('2025-03-10T08:00:00'),
          events: [{ kind: 'supplementReceived', at: at('2025-03-11T08:00:00') }],
        }),
      ),
    ).toBe('invalid_argument');
    expect(
      code(() =>
        dossierDeadline({
          procedure: profile({}),
          receivedAt: at('2025-03-10T08:00:00'),
          events: [{ kind: 'supplementRequested', at: at('2025-03-09T08:00:00') }],
        }),
      ),
    ).toBe('invalid_argument');
    expect(code(() => parseProcedure({ id: 'x' }))).toBe('invalid_data');
    expect(code(() => dossierStatus({ procedure: profile({}), receivedAt: at('2025-03-10T08:00:00'), resolvedAt: at('2025-03-09T08:00:00') }))).toBe(
      'invalid_argument',
    );
  });
});
