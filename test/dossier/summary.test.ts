/**
 * The on-time table against a model written here: a day is in the period when the instant's
 * text compares between the period's first day and the end of its last one, as strings (what
 * the table does by day numbers when the text starts with `YYYY-MM-DD`). Texts near the
 * period's bounds, and texts that are not instants at all, in every status.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DossierSummary, reportingPeriod, type SummaryRow } from '../../src/dossier/index.js';
import type { DossierOutcome } from '../../src/dossier/batch.js';

const STATUSES = ['early', 'onTime', 'late', 'open', 'overdue', 'suspended', 'stopped'] as const;

/** Instants and other texts around a period's bounds. */
const text = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('2024-12-14', '2024-12-15', '2025-01-31', '2025-03-14', '2025-03-15', '2023-03-14', '2025-3-14', '2O25-03-14'),
      fc.constantFrom('T00:00:00+07:00', 'T23:59:59.999+07:00', '', 'T', 'x', ' ', '\uffff', 'T\uffff'),
    )
    .map(([d, t]) => d + t),
  fc.string({ maxLength: 14 }),
  fc.stringMatching(/^[0-9-]{4,11}[T0-9:+]{0,6}$/),
);

/** An outcome as `add` reads it: the status, the instants' texts, the unit and procedure. */
interface Case {
  status: (typeof STATUSES)[number];
  receivedAt: string;
  resolvedAt: string | null;
  unit: string | null;
  procedure: string;
}
const outcome: fc.Arbitrary<Case> = fc.record({
  status: fc.constantFrom(...STATUSES),
  receivedAt: text,
  resolvedAt: fc.option(text, { nil: null }),
  unit: fc.option(fc.constantFrom('A', 'B'), { nil: null }),
  procedure: fc.constantFrom('p/1', 'p/2'),
});

const asOutcome = (c: Case): DossierOutcome =>
  ({
    line: 1,
    id: null,
    unit: c.unit,
    procedure: c.procedure,
    status: c.status,
    verdict: { status: c.status, resolvedAt: c.resolvedAt, deadline: { receivedAt: c.receivedAt, procedure: c.procedure } },
    error: null,
  }) as unknown as DossierOutcome;

const zero = (): SummaryRow => ({ received: 0, early: 0, onTime: 0, late: 0, openOnTime: 0, openOverdue: 0, onTimeRate: null });

/** The counters of the model: string comparisons only. */
function model(cases: Case[], period: string): Record<string, SummaryRow> {
  const { from, to } = reportingPeriod(period);
  const inPeriod = (s: string) => s >= from && s < to + '\uffff';
  const rows: Record<string, SummaryRow> = {};
  const bump = (key: string, c: Case) => {
    const r = (rows[key] ??= zero());
    if (inPeriod(c.receivedAt)) r.received++;
    if (c.resolvedAt !== null && inPeriod(c.resolvedAt) && (c.status === 'early' || c.status === 'onTime' || c.status === 'late')) r[c.status]++;
    if (c.resolvedAt === null && c.status !== 'stopped' && c.receivedAt < to + '\uffff') r[c.status === 'overdue' ? 'openOverdue' : 'openOnTime']++;
  };
  for (const c of cases) {
    bump('total', c);
    bump(`unit:${c.unit ?? '—'}`, c);
    bump(`procedure:${c.procedure}`, c);
  }
  return rows;
}

const counters = ({ received, early, onTime, late, openOnTime, openOverdue }: SummaryRow) => ({ received, early, onTime, late, openOnTime, openOverdue });

describe('DossierSummary counts by the texts of the instants', () => {
  it('the same counters as string comparisons, on instants at the bounds and on texts that are not instants', () => {
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 30 }), (cases) => {
        const s = new DossierSummary('2025-Q1');
        for (const c of cases) s.add(asOutcome(c));
        const j = s.toJSON();
        const want = model(cases, '2025-Q1');
        expect(counters(j.total)).toEqual(counters(want.total ?? zero()));
        for (const [k, r] of Object.entries(j.byUnit)) expect(counters(r)).toEqual(counters(want[`unit:${k}`]));
        for (const [k, r] of Object.entries(j.byProcedure)) expect(counters(r)).toEqual(counters(want[`procedure:${k}`]));
      }),
      { numRuns: 500 },
    );
  });

  it('counts the first and last days of the period and nothing beyond', () => {
    const s = new DossierSummary('2025-Q1');
    const add = (receivedAt: string, resolvedAt: string | null, status: (typeof STATUSES)[number]) =>
      s.add(asOutcome({ status, receivedAt, resolvedAt, unit: 'A', procedure: 'p/1' }));
    add('2024-12-15T00:00:00+07:00', '2025-03-14T23:59:59.999+07:00', 'late'); // received and resolved in the period
    add('2024-12-14T23:59:59+07:00', '2025-03-15T00:00:00+07:00', 'onTime'); // neither
    add('2025-03-14T10:00:00+07:00', null, 'overdue'); // received, open overdue
    add('2025-03-15T08:00:00+07:00', null, 'open'); // after the period: not open in it
    add('2025-03-14', '2025-03-14', 'early'); // days: in the period
    add('2025-03-14x', null, 'open'); // not an instant, compared as text: within the last day
    expect(counters(s.toJSON().total)).toEqual({ received: 4, early: 1, onTime: 0, late: 1, openOnTime: 1, openOverdue: 1 });
  });
});
