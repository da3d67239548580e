/**
 * The CommonJS and ES module builds are two copies of the library in one program (a CJS
 * dependency and the ESM app both load it): an error thrown by one is recognised by the other,
 * through the Symbol.for brand, both by isVnDeadlinesError and by instanceof.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('errors across the CommonJS and ES module builds', async () => {
  const esm = await import(`${root}dist/index.js`);
  const cjs = require(`${root}dist/index.cjs`);
  const cjsCalendar = require(`${root}dist/calendar.cjs`);
  const fromCjs = caught(() => cjs.addWorkingDays('2025-02-29', 1)) as { code: string };

  it('the two builds have distinct classes (the situation being tested)', () => {
    expect(cjs.VnDeadlinesError).not.toBe(esm.VnDeadlinesError);
    expect(fromCjs.code).toBe('invalid_date');
  });

  it('the ESM isVnDeadlinesError recognises an error thrown by the CJS build, and the reverse', () => {
    expect(esm.isVnDeadlinesError(fromCjs)).toBe(true);
    expect(cjs.isVnDeadlinesError(caught(() => esm.addWorkingDays('2025-02-29', 1)))).toBe(true);
    expect(esm.isVnDeadlinesError(caught(() => cjsCalendar.isWorkingDay('2101-01-02')))).toBe(true);
  });

  it('instanceof holds across the builds too', () => {
    expect(fromCjs instanceof esm.VnDeadlinesError).toBe(true);
    expect(fromCjs instanceof Error).toBe(true);
  });

  it('nothing else is taken for one: a plain Error, a look-alike object, null, a string', () => {
    const lookAlike = Object.assign(new Error('x'), { name: 'VnDeadlinesError', code: 'invalid_date', details: {} });
    for (const v of [new Error('x'), lookAlike, { code: 'invalid_date' }, null, undefined, 'VnDeadlinesError']) {
      expect(esm.isVnDeadlinesError(v)).toBe(false);
      expect(v instanceof esm.VnDeadlinesError).toBe(false);
    }
  });

  it('the brand stays out of JSON and of the own keys', () => {
    expect(Object.keys(fromCjs)).not.toContainEqual(expect.stringMatching(/brand/));
    expect(Object.getOwnPropertySymbols(fromCjs)).toEqual([]);
    expect((fromCjs as Record<symbol, unknown>)[Symbol.for('vn-deadlines.error')]).toBe(true);
  });
});
