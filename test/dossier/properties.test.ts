/**
 * The dossier clock against a slow model written here: minute by minute through sessions of
 * working days, with the calendar asked day by day (`isWorkingDay`). Instants are whole
 * minutes of 2025–2026 in UTC+7.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../src/calendar/index.js';
import { dossierDeadline, parseOfficeHours, parseProcedure } from '../../src/dossier/index.js';

const src = { document: 'test', grade: 'D' as const };
const MIN = 60_000;
const T0 = Date.parse('2025-01-01T00:00:00+07:00');
const SPAN = 2 * 365 * 24 * 60 - 60 * 24 * 60; // minutes, leaving two months before the end of 2026

/** The Hải Dương sessions by month, in minutes, written out again (not read from the data). */
const winter = [450, 720, 780, 990];
const summer = [420, 690, 810, 1020];
const iso = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
const minuteOfDay = (ms: number) => Math.floor(((ms + 7 * 3_600_000) % 86_400_000) / MIN);
function sessions(ms: number, eight = false): number[] {
  if (!isWorkingDay(iso(ms))) return [];
  if (eight) return [480, 720, 780, 1020];
  const m = Number(iso(ms).slice(5, 7));
  return m >= 4 && m <= 10 ? summer : winter;
}
const inSession = (ms: number, eight = false) => {
  const s = sessions(ms, eight);
  const m = minuteOfDay(ms);
  return (s.length > 0 && m >= s[0] && m < s[1]) || (s.length > 0 && m >= s[2] && m < s[3]);
};
const startOfDay = (ms: number) => ms - ((ms + 7 * 3_600_000) % 86_400_000);

/** Slow: N working hours, minute by minute from the first minute inside a session. */
function slowHours(received: number, hours: number, eight = false): number {
  let t = received;
  while (!inSession(t, eight)) t += MIN;
  let left = hours * 60;
  if (left === 0) return t;
  for (;;) {
    if (inSession(t, eight)) left--;
    t += MIN;
    if (left === 0) return t;
  }
}

/** Slow: N working days after the day the clock starts, due at the end of its last session. */
function slowDays(received: number, days: number, eight = false): number {
  let t = received;
  while (!inSession(t, eight)) t += MIN;
  let day = startOfDay(t);
  for (let k = 0; k < days;) {
    day += 86_400_000;
    if (isWorkingDay(iso(day))) k++;
  }
  const s = sessions(day, eight);
  return day + s[3] * MIN;
}

const p = (amount: number, unit: 'workingDays' | 'workingHours', extra: object = {}) =>
  parseProcedure({ id: 'test/p', title: { vi: 'x', en: 'x' }, processing: { amount, unit, source: src }, ...extra });
const due = (r: ReturnType<typeof dossierDeadline>) => Date.parse(r.dueAt!);
const minute = fc.integer({ min: 0, max: SPAN }).map((m) => T0 + m * MIN);
const eightHours = parseOfficeHours({
  id: 'eight',
  title: { vi: 'x', en: 'x' },
  provisional: false,
  source: src,
  seasons: [
    {
      id: 'all',
      from: '01-01',
      to: '12-31',
      sessions: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
    },
  ],
});

describe('against the minute-by-minute model', () => {
  it('working hours', () => {
    fc.assert(
      fc.property(minute, fc.integer({ min: 0, max: 24 }), (r, n) => {
        expect(due(dossierDeadline({ procedure: p(n, 'workingHours'), receivedAt: new Date(r) }))).toBe(slowHours(r, n));
      }),
      { numRuns: 150 },
    );
  });
  it('working days', () => {
    fc.assert(
      fc.property(minute, fc.integer({ min: 0, max: 15 }), (r, n) => {
        expect(due(dossierDeadline({ procedure: p(n, 'workingDays'), receivedAt: new Date(r) }))).toBe(slowDays(r, n));
      }),
      { numRuns: 300 },
    );
  });
});

describe("the clock's cache of sessions", () => {
  it('keeps apart days 1024 days apart, which share its slots (a winter Tuesday of 2024, a summer Thursday of 2027)', () => {
    const a = Date.parse('2024-12-31T15:45:00+07:00');
    const b = a + 1024 * 86_400_000;
    for (const r of [a, b, a, b]) expect(due(dossierDeadline({ procedure: p(2, 'workingHours'), receivedAt: new Date(r) }))).toBe(slowHours(r, 2));
  });
});

describe('laws of the clock', () => {
  it('a later receipt never gives an earlier due instant', () => {
    fc.assert(
      fc.property(minute, fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 12 }), fc.boolean(), (r, d, n, hours) => {
        const proc = p(n, hours ? 'workingHours' : 'workingDays', { receipt: { cutoff: { time: '15:00', source: src } } });
        const a = due(dossierDeadline({ procedure: proc, receivedAt: new Date(r) }));
        const b = due(dossierDeadline({ procedure: proc, receivedAt: new Date(r + d * MIN) }));
        expect(b).toBeGreaterThanOrEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('pauses (and restarts) never shorten a deadline', () => {
    fc.assert(
      fc.property(
        minute,
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        fc.constantFrom('pause', 'restart'),
        (r, toRequest, toBack, n, hours, effect) => {
          const proc = p(n, hours ? 'workingHours' : 'workingDays', { supplement: { effect, source: src } });
          const plain = due(dossierDeadline({ procedure: proc, receivedAt: new Date(r) }));
          const req = r + toRequest * MIN;
          const events = [
            { kind: 'supplementRequested' as const, at: new Date(req) },
            { kind: 'supplementReceived' as const, at: new Date(req + toBack * MIN) },
          ];
          expect(due(dossierDeadline({ procedure: proc, receivedAt: new Date(r), events }))).toBeGreaterThanOrEqual(plain);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('with 8-hour days, N working days after a day = 8N working hours from the end of that day', () => {
    fc.assert(
      fc.property(minute, fc.integer({ min: 0, max: 10 }), (r, n) => {
        const days = dossierDeadline({ procedure: p(n, 'workingDays'), receivedAt: new Date(r), officeHours: eightHours });
        // The end of the day the clock starts on, 17:00: from there 8N hours end with the N-th working day after it.
        const start = Date.parse(days.clockStart);
        const endOfStartDay = startOfDay(start) + 1020 * MIN;
        const hours = dossierDeadline({
          procedure: p(8 * n, 'workingHours', { receipt: { outsideHours: 'asIs' } }),
          receivedAt: new Date(endOfStartDay),
          officeHours: eightHours,
        });
        expect(hours.dueAt).toBe(days.dueAt);
        // And from the start itself, 8N hours are never later than N days.
        const fromStart = dossierDeadline({ procedure: p(8 * n, 'workingHours'), receivedAt: new Date(r), officeHours: eightHours });
        expect(due(fromStart)).toBeLessThanOrEqual(due(days));
        expect(due(fromStart)).toBe(slowHours(r, 8 * n, true));
        expect(due(days)).toBe(slowDays(r, n, true));
      }),
      { numRuns: 100 },
    );
  });
});
