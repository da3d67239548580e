/**
 * The NDJSON report as bytes: what a ByteSink writes, in chunks across which lines are cut, is
 * the UTF-8 of JSON.stringify of each outcome's compact object, whatever the id and the unit
 * hold (Vietnamese, quotes, emoji, lone surrogates).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDossiers } from '../../src/dossier/index.js';
import { dossierReportWriter, outcomeObject } from '../../src/io/dossier-report.js';
import { ByteSink } from '../../src/io/sink.js';

const HOURS = 'example/kbnn-8-gio-lam-viec';

/** The report's bytes for `dossiers` through a ByteSink, and the expected bytes. */
function both(dossiers: Record<string, unknown>[]) {
  const outcomes = [...checkDossiers(dossiers, { asOf: '2025-07-01' })];
  const chunks: Uint8Array[] = [];
  // A small flush threshold: lines cross chunks.
  const sink = new ByteSink((c) => chunks.push(new Uint8Array(c)), 64);
  const w = dossierReportWriter('ndjson', sink, 'vi', () => '');
  w.begin();
  for (const o of outcomes) w.write(o);
  w.end(null);
  sink.flush();
  const got = Buffer.concat(chunks);
  const want = Buffer.from(outcomes.map((o) => JSON.stringify(outcomeObject(o, 'en', false)) + '\n').join(''));
  return { got, want, outcomes };
}

describe('NDJSON report bytes', () => {
  it('are the UTF-8 of the outcome objects, ASCII or not', () => {
    const { got, want, outcomes } = both([
      {
        id: 'HS-1',
        unit: 'UBND xã 1',
        procedure: 'example/ho-tich-3-ngay-lam-viec',
        receivedAt: '2025-02-10T09:00:00+07:00',
        resolvedAt: '2025-02-14T09:00:00+07:00',
      },
      { id: 'HS-ồ', unit: 'UBND phường Hồng Bàng', procedure: HOURS, receivedAt: '2025-02-10T09:00:00+07:00' },
      { id: 'HS-3', unit: 'Unit 3', procedure: HOURS, receivedAt: '2025-02-10T09:00:00+07:00', resolvedAt: '2025-02-11T09:00:00+07:00' },
      { id: 'HS-4', unit: 'Sở 😀', procedure: 'example/kbnn-8-gio-lam-viec', receivedAt: '2025-06-10T15:00:00+07:00' },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['late', 'overdue', 'onTime', 'overdue']);
    expect(got.toString('utf8')).toBe(want.toString('utf8'));
    expect(got.equals(want)).toBe(true);
  });

  it('are the UTF-8 of the outcome objects for any id and unit', () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.record({ id: text, unit: text, hours: fc.boolean() }), { minLength: 1, maxLength: 20 }), (rows) => {
        const { got, want } = both(
          rows.map((r) => ({
            id: r.id,
            unit: r.unit,
            procedure: r.hours ? HOURS : 'example/ho-tich-3-ngay-lam-viec',
            receivedAt: '2025-02-10T09:00:00+07:00',
          })),
        );
        expect(got.equals(want)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
