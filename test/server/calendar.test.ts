/**
 * The calendar over HTTP gives the library's answers. Expected values worked out by hand from the
 * 2025 notice (CV 8726/VPCP-KGVX): Tết Ất Tỵ off Sat 25/01 – Sun 02/02/2025 (Mon 27/01 – Fri
 * 31/01 weekdays off); 10 working days after Mon 20/01: 21, 22, 23, 24 (4), then 03, 04, 05,
 * 06, 07 (9), 10/02 (10) → 2025-02-10.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testService, type TestService } from './support.js';

let s: TestService;
beforeAll(async () => (s = await testService()));
afterAll(() => s.close());

describe('GET /v1/add, /v1/between, /v1/days', () => {
  it('adds 10 working days to 2025-01-20 across Tết: 2025-02-10', async () => {
    const r = await s.get('/v1/add?date=2025-01-20&n=10');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await r.json()).toMatchObject({ date: '2025-01-20', n: 10, result: '2025-02-10', provisional: false, pending: [] });
  });

  it('counts backwards with n < 0: 10 working days before 2025-02-10 is 2025-01-20', async () => {
    expect(await (await s.get('/v1/add?date=2025-02-10&n=-10')).json()).toMatchObject({ result: '2025-01-20' });
  });

  it('counts the working days between 2025-01-20 and 2025-02-10: 10', async () => {
    expect(await (await s.get('/v1/between?from=2025-01-20&to=2025-02-10')).json()).toMatchObject({ workingDays: 10 });
  });

  it('explains a day: Mon 27/01/2025 is Tết, off', async () => {
    const day = (await (await s.get('/v1/days/2025-01-27')).json()) as { working: boolean; weekday: number; reasons: { kind: string }[] };
    expect(day.working).toBe(false);
    expect(day.weekday).toBe(1);
    expect(day.reasons.map((x) => x.kind)).toEqual(['tet']);
  });

  it('a make-up Saturday is a working day: Sat 26/04/2025', async () => {
    expect(await (await s.get('/v1/days/2025-04-26')).json()).toMatchObject({ working: true, weekday: 6 });
  });

  it('lists the days off of 25/01 – 02/02/2025: all nine', async () => {
    const r = (await (await s.get('/v1/days?from=2025-01-25&to=2025-02-02')).json()) as { nonWorkingDays: { date: string }[] };
    expect(r.nonWorkingDays.map((d) => d.date)).toEqual(
      ['25', '26', '27', '28', '29', '30', '31'].map((d) => `2025-01-${d}`).concat(['2025-02-01', '2025-02-02']),
    );
  });
});

describe('GET /v1/calendar/{year} and the feeds', () => {
  it('gives the year as JSON: 30/04 and 01/05/2025 off, Sat 26/04 a working day', async () => {
    const y = (await (await s.get('/v1/calendar/2025')).json()) as { year: number; nonWorkingDays: { date: string }[]; makeUpWorkingDays: { date: string }[] };
    expect(y.year).toBe(2025);
    const off = y.nonWorkingDays.map((d) => d.date);
    expect(off).toContain('2025-04-30');
    expect(off).toContain('2025-05-02');
    expect(y.makeUpWorkingDays.map((d) => d.date)).toEqual(['2025-04-26']);
  });

  it('serves the year as an iCalendar feed with stable UIDs', async () => {
    const a = await s.get('/v1/calendar/2025.ics');
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await a.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('DTSTART;VALUE=DATE:20250127');
    const uids = (t: string) => [...t.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
    expect(uids(text).length).toBeGreaterThan(10);
    expect(uids(await (await s.get('/v1/calendar/2025.ics')).text())).toEqual(uids(text));
  });

  it("serves a unit's agenda as a feed: Sở Tư pháp's March 2025 has the monthly report due Mon 17/03", async () => {
    const r = await s.get(`/v1/agenda.ics?unit=${encodeURIComponent('Sở Tư pháp')}&from=2025-03-01&to=2025-03-31&lang=en`);
    expect(r.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await r.text()).toContain('DTSTART;VALUE=DATE:20250317');
  });

  it('gives the versions', async () => {
    expect(await (await s.get('/v1/version')).json()).toMatchObject({
      name: 'vn-deadlines',
      version: '0.0.0-test',
      officialYears: expect.arrayContaining([2025]) as unknown,
    });
  });

  it('logs one structured line per request', async () => {
    const before = s.logs.filter((l) => l.msg === 'request').length;
    await (await s.get('/healthz')).text();
    await (await s.get('/nope')).text();
    // The same question twice: the second answer is one kept, and is logged as well.
    const body = JSON.stringify({ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-01-21' } });
    for (let i = 0; i < 2; i++) await (await fetch(s.url + '/v1/due', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text();
    // The line is written when the response has ended: wait for the log, not for a clock.
    await expect.poll(() => s.logs.filter((l) => l.msg === 'request').length).toBe(before + 4);
    expect(s.logs.filter((l) => l.msg === 'request').slice(-4)).toMatchObject([
      { method: 'GET', path: '/healthz', status: 200 },
      { method: 'GET', path: '/nope', status: 404 },
      { method: 'POST', path: '/v1/due', status: 200 },
      { method: 'POST', path: '/v1/due', status: 200 },
    ]);
  });
});
