/**
 * checkMany and the summary: one outcome per record, in order, bad records as results with
 * their field and message, records as files give them (text cells, `|` lists, nested facts).
 */
import { describe, expect, it } from 'vitest';
import { checkMany, CheckSummary, type RecordOutcome } from '../../src/compliance/index.js';

const ASOF = '2025-03-31';
const all = (records: unknown[], options = {}) => [...checkMany(records, { asOf: ASOF, ...options })];

describe('checkMany', () => {
  it('one outcome per record, in order, numbered from 1, ids carried; the run goes on past bad records', () => {
    const out = all([
      { id: 'A', rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-02-11' },
      { id: 7, rule: 'no/such-rule', actual: '2025-02-11' },
      'not a record',
      { rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-02-10' },
    ]);
    expect(out.map((o) => [o.line, o.id, o.status])).toEqual([
      [1, 'A', 'late'],
      [2, 7, 'error'],
      [3, null, 'error'],
      [4, null, 'onTime'],
    ]);
    expect(out[0]).toMatchObject({ due: '2025-02-10', workingDaysLate: 1, error: null });
    expect(out[1].error).toEqual({ code: 'unknown_rule', field: 'rule', message: expect.stringMatching(/^no rule "no\/such-rule"/) });
    expect(out[2].error).toMatchObject({ code: 'invalid_data', field: 'record' });
  });

  it('errors name their field: the bad date (with the ISO form of a DD/MM/YYYY one), the missing fact, the bad fact, a missing rule', () => {
    const [a, b, c, d, e] = all([
      { rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '11/02/2025' },
      { rule: 'hp-2025/central-tthc-list', actual: '2025-02-11' },
      { rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '20/01/2025', actual: '2025-02-11' },
      { actual: '2025-02-11' },
      { rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2101-01-03' },
    ]);
    expect(a.error).toMatchObject({
      code: 'invalid_date',
      field: 'actual',
      message: expect.stringContaining('write 2025-02-11 if you mean day 11 of month 2'),
    });
    expect(b.error).toMatchObject({ code: 'missing_fact', field: 'ministryDecisionDate' });
    expect(b.error!.message).not.toMatch(/^dueDate:/);
    expect(c.error).toMatchObject({
      code: 'invalid_fact',
      field: 'ministryDecisionDate',
      message: expect.stringContaining('write 2025-01-20 if you mean day 20 of month 1'),
    });
    expect(d.error).toMatchObject({ code: 'invalid_argument', field: 'rule' });
    expect(e.error).toMatchObject({ code: 'out_of_coverage', field: 'actual' });
  });

  it('records as a spreadsheet gives them: every value text, empty cells absent, TRUE/false for booleans, extra columns ignored', () => {
    const [o] = all([
      {
        id: 'X',
        title: 'Quyết định, số 1',
        rule: 'hp-2025/local-tthc-publication',
        effectiveOnSigning: 'FALSE',
        effectiveDate: '2025-02-03',
        signedDate: '',
        ghi_chu: 'x',
        actual: '2025-01-24',
      },
    ]);
    expect(o).toMatchObject({ status: 'onTime', due: '2025-01-24', title: 'Quyết định, số 1' });
    const [p] = all([{ rule: 'hp-2025/local-tthc-publication', effectiveOnSigning: 'true', signedDate: '2025-04-25', actual: '' }]);
    expect(p).toMatchObject({ status: 'open', due: '2025-04-26', governing: { actual: null } }); // as of 31/03: not yet due
  });

  it('several rules, as a | list or an array, give one outcome with a reading each and the most severe status; facts may be nested', () => {
    const facts = { effectiveOnSigning: false, effectiveDate: '2025-02-10' };
    const [a, b] = all([
      { rule: 'hp-2025/local-tthc-publication | nd63/local-publication-before-effect', ...facts, actual: '2025-02-04' },
      { rule: ['hp-2025/local-tthc-publication', 'nd63/local-publication-before-effect'], facts, actual: '2025-02-04' },
    ]);
    for (const o of [a, b]) {
      expect(o.readings.map((r) => r.status)).toEqual(['onTime', 'late']);
      expect(o).toMatchObject({ status: 'late', due: '2025-02-03', workingDaysLate: 1, agree: false });
    }
    expect(a.rule).toBe('hp-2025/local-tthc-publication | nd63/local-publication-before-effect');
  });

  it('takes async iterables too, and fixes the day of the check once', async () => {
    // eslint-disable-next-line @typescript-eslint/require-await -- an async iterable that yields at once, on purpose
    async function* gen() {
      yield { rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-03-10' };
      yield { rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-03-25' };
    }
    const out: RecordOutcome[] = [];
    for await (const o of checkMany(gen(), { asOf: ASOF })) out.push(o);
    expect(out.map((o) => [o.status, o.due, o.governing!.asOf])).toEqual([
      ['overdue', '2025-03-24', ASOF],
      ['open', '2025-04-09', ASOF],
    ]);
  });

  it('with whatIf: pending, the outcomes that would change are marked', () => {
    const [a, b] = all(
      [
        // due Tue 08/12/2026; Mon 07/12 if the pending swap (Sat 28/11 worked) were decided
        { rule: 'hp-2025/internal-procedure', chairmanDecisionDate: '2026-11-24', actual: '2026-12-08' },
        { rule: 'hp-2025/internal-procedure', chairmanDecisionDate: '2025-11-20', actual: '2025-12-07' },
      ],
      { whatIf: 'pending' },
    );
    expect(a.changedIfPending).toBe(true);
    expect(a.governing!.whatIfPending).toMatchObject({ status: 'late', due: '2026-12-07' });
    expect(b.changedIfPending).toBe(false);
  });

  it('a bad asOf throws at the call, before any record', () => {
    expect(() => checkMany([], { asOf: 'tomorrow' })).toThrow(/asOf/);
  });
});

describe('CheckSummary', () => {
  it('counts records by status (once per record, by its most severe reading) and readings by rule', () => {
    const summary = new CheckSummary();
    for (const o of all(
      [
        { rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-02-11' },
        { rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-02-10' },
        {
          rule: 'hp-2025/local-tthc-publication|nd63/local-publication-before-effect',
          effectiveOnSigning: false,
          effectiveDate: '2025-02-10',
          actual: '2025-02-04',
        },
        { rule: 'no/such', actual: '2025-01-01' },
        { rule: 'hp-2025/internal-procedure', chairmanDecisionDate: '2026-11-24', actual: '2026-12-09' },
      ],
      { whatIf: 'pending' },
    ))
      summary.add(o);
    expect(summary.toJSON()).toEqual({
      records: 5,
      byStatus: { onTime: 1, late: 3, overdue: 0, tooEarly: 0, open: 0, notApplicable: 0, error: 1 },
      byRule: {
        'hp-2025/central-tthc-list': { onTime: 1, late: 1, overdue: 0, tooEarly: 0, open: 0, notApplicable: 0, error: 0 },
        'hp-2025/internal-procedure': { onTime: 0, late: 1, overdue: 0, tooEarly: 0, open: 0, notApplicable: 0, error: 0 },
        'hp-2025/local-tthc-publication': { onTime: 1, late: 0, overdue: 0, tooEarly: 0, open: 0, notApplicable: 0, error: 0 },
        'nd63/local-publication-before-effect': { onTime: 0, late: 1, overdue: 0, tooEarly: 0, open: 0, notApplicable: 0, error: 0 },
        'no/such': { onTime: 0, late: 0, overdue: 0, tooEarly: 0, open: 0, notApplicable: 0, error: 1 },
      },
      changedIfPending: 1,
    });
    expect(summary.toText('en', true).split('\n')[0]).toBe('Summary: 5 records — on time 1 · late 3 · error 1');
    expect(summary.toText('vi', true)).toMatch(/Nếu các ngày nghỉ đang chờ công bố trở thành chính thức: 1 bản ghi thay đổi/);
    const merged = new CheckSummary();
    merged.absorb(summary.toJSON());
    merged.absorb(summary.toJSON());
    expect(merged.byStatus.late).toBe(6);
    expect(merged.byRule['no/such'].error).toBe(2);
  });
});
