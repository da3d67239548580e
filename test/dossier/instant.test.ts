/** Instants: the fast `+07:00` reader agrees with the general ISO reader; bad timestamps are refused. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tryParseIsoInstant } from '../../src/core/days.js';
import { formatInstant, toInstant } from '../../src/dossier/instant.js';

describe('instants', () => {
  it('formatInstant then toInstant gives the instant back, as the general reader does', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2000-01-01T00:00:00Z') / 1000, max: Date.parse('2099-12-31T00:00:00Z') / 1000 }), (s) => {
        const text = formatInstant(s * 1000);
        expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
        expect(toInstant(text, 'f', 'x')).toBe(s * 1000);
        expect(tryParseIsoInstant(text)).toBe(s * 1000);
      }),
      { numRuns: 500 },
    );
  });
  it('known values, and refusals', () => {
    expect(formatInstant(Date.parse('2025-01-24T09:45:00Z'))).toBe('2025-01-24T16:45:00+07:00');
    expect(formatInstant(Date.parse('2025-01-24T16:59:59.250Z'))).toBe('2025-01-24T23:59:59.250+07:00');
    for (const bad of [
      '2025-02-30T09:00:00+07:00',
      '2025-02-10T24:00:00+07:00',
      '2025-02-10T09:60:00+07:00',
      '2025-02-10 09:00:00+07:00',
      '2025-02-10T09:00:00',
      'x'.repeat(25),
    ])
      expect(() => toInstant(bad, 'f', 'x'), bad).toThrow(/ISO timestamp/);
  });
});
