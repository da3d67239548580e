import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDay, tryParseIsoDay } from '../src/core/days.js';
import { addWorkingDays, createCalendar, getDefaultCalendar, isWorkingDay, roll, workingDaysBetween } from '../src/index.js';
import { dayIn, offset } from './support/arbitraries.js';
import { parseOverlay } from '../src/validate.js';
import { GOLDEN_FIRST, GOLDEN_LAST, modelAdd, modelIsWorking } from './support/golden.js';
import { firstProvisionalYear, shippedOfficialYears } from './support/years.js';

const official = dayIn(2016, 2026);
/** Days far enough from the ends that a roll never leaves the range. */
const inner = fc.integer({ min: GOLDEN_FIRST + 30, max: GOLDEN_LAST - 30 });
const inRange = (iso: string | undefined) => iso !== undefined;

describe('working-day arithmetic (properties, official years 2016–2026)', () => {
  it('agrees with a slow day-by-day model built from the golden list', () => {
    fc.assert(
      fc.property(
        official,
        offset.filter((n) => n !== 0),
        (d, n) => {
          const expected = modelAdd(d, n);
          fc.pre(inRange(expected));
          expect(addWorkingDays(formatDay(d), n)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('isWorkingDay agrees with the model on every day 2016–2026', () => {
    for (let d = GOLDEN_FIRST; d <= GOLDEN_LAST; d++) {
      if (isWorkingDay(formatDay(d)) !== modelIsWorking(d)) expect.fail(`${formatDay(d)} differs from the golden list`);
    }
  });

  it('addWorkingDays lands on a working day, in the right direction', () => {
    fc.assert(
      fc.property(
        official,
        offset.filter((n) => n !== 0),
        (d, n) => {
          fc.pre(inRange(modelAdd(d, n)));
          const r = addWorkingDays(formatDay(d), n);
          expect(isWorkingDay(r)).toBe(true);
          expect(Math.sign(tryParseIsoDay(r)! - d)).toBe(Math.sign(n));
        },
      ),
    );
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n', () => {
    fc.assert(
      fc.property(official, offset, (d, n) => {
        fc.pre(inRange(modelAdd(d, n)));
        fc.pre(n !== 0 || modelIsWorking(d));
        const iso = formatDay(d);
        expect(workingDaysBetween(iso, addWorkingDays(iso, n))).toBe(n);
      }),
    );
  });

  it('is monotonic in n', () => {
    fc.assert(
      fc.property(official, offset, offset, (d, a, b) => {
        fc.pre(a !== 0 && b !== 0 && a < b && inRange(modelAdd(d, a)) && inRange(modelAdd(d, b)));
        const iso = formatDay(d);
        expect(addWorkingDays(iso, a) < addWorkingDays(iso, b)).toBe(true);
      }),
    );
  });

  it('add then subtract returns to a working start; to roll(preceding) of a day off', () => {
    fc.assert(
      fc.property(inner, fc.integer({ min: 1, max: 300 }), (d, n) => {
        fc.pre(inRange(modelAdd(d, n)));
        const iso = formatDay(d);
        const back = addWorkingDays(addWorkingDays(iso, n), -n);
        expect(back).toBe(modelIsWorking(d) ? iso : roll(iso, 'preceding'));
      }),
    );
  });

  it('workingDaysBetween equals a day-by-day count in both directions', () => {
    fc.assert(
      fc.property(official, official, (a, b) => {
        let count = 0;
        if (a <= b) for (let d = a + 1; d <= b; d++) count += modelIsWorking(d) ? 1 : 0;
        else for (let d = b; d < a; d++) count -= modelIsWorking(d) ? 1 : 0;
        expect(workingDaysBetween(formatDay(a), formatDay(b))).toBe(count);
      }),
      { numRuns: 300 },
    );
  });

  it('roll: following/preceding give the nearest working day on that side', () => {
    fc.assert(
      fc.property(inner, (d) => {
        const iso = formatDay(d);
        const f = roll(iso, 'following');
        const p = roll(iso, 'preceding');
        expect(isWorkingDay(f) && isWorkingDay(p)).toBe(true);
        for (let x = d; x < tryParseIsoDay(f)!; x++) expect(modelIsWorking(x)).toBe(false);
        for (let x = d; x > tryParseIsoDay(p)!; x--) expect(modelIsWorking(x)).toBe(false);
        for (const c of ['modifiedFollowing', 'modifiedPreceding'] as const) {
          const r = roll(iso, c);
          expect([f, p]).toContain(r);
          if (r !== iso) expect(r.slice(0, 7) === iso.slice(0, 7) || (f.slice(0, 7) !== iso.slice(0, 7) && p.slice(0, 7) !== iso.slice(0, 7))).toBe(true);
        }
      }),
    );
  });

  it('the dependency mask of a span (fast path for the longest clean run) agrees with its days one by one', () => {
    const cal = getDefaultCalendar();
    // Spans around the edges of the clean run (the first official year … 2026-11-23), the end of the
    // official data and anywhere in 2013–2100.
    const Y = firstProvisionalYear();
    const edges = [`${shippedOfficialYears[0] - 1}-12-20`, `${shippedOfficialYears[0]}-01-01`, '2026-11-23', '2026-11-24', `${Y - 1}-12-31`, `${Y}-01-01`].map(
      (d) => tryParseIsoDay(d)!,
    );
    const near = fc.tuple(fc.constantFrom(...edges), fc.integer({ min: -15, max: 15 })).map(([e, k]) => e + k);
    const anywhere = fc.integer({ min: tryParseIsoDay('2013-01-01')!, max: tryParseIsoDay('2100-12-31')! });
    const day = fc.oneof(near, official, anywhere);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), (lo, len) => {
        const hi = Math.min(lo + len, tryParseIsoDay('2100-12-31')!);
        let provisional = false;
        let pending = false;
        for (let d = lo; d <= hi; d++) {
          const one = cal.dependencies(formatDay(d), formatDay(d));
          provisional ||= one.provisional;
          pending ||= one.pending.length > 0;
        }
        expect(cal.dayDependencyMask(lo, hi, 'test')).toBe((provisional ? 1 : 0) | (pending ? 2 : 0));
      }),
      { numRuns: 1000 },
    );
  });

  it('overlays never change the base calendar', () => {
    const base = getDefaultCalendar();
    fc.assert(
      fc.property(fc.uniqueArray(official, { minLength: 1, maxLength: 5 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (days, offs) => {
        const before = days.map((d) => base.isWorkingDay(formatDay(d)));
        const overlay = {
          name: { vi: 'thử' },
          entries: days.map((d, i) => ({ date: formatDay(d), kind: offs[i] ? 'dayOff' : 'workingDay', name: { vi: 'thử' } })),
        };
        const cal = createCalendar({ overlays: [parseOverlay(overlay)] });
        days.forEach((d, i) => expect(cal.isWorkingDay(formatDay(d))).toBe(!offs[i]));
        expect(days.map((d) => base.isWorkingDay(formatDay(d)))).toEqual(before);
        expect(days.map((d) => isWorkingDay(formatDay(d)))).toEqual(before);
      }),
      { numRuns: 30 },
    );
  });
});
