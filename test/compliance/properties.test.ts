/**
 * Properties: an act on its due day is on time and one working day later is late by one working
 * day; a batch gives exactly one result per record, in order, for any mix of good and bad
 * records (through the API, and through the CLI from NDJSON and from CSV); the what-if shortcut
 * (recompute only verdicts that rest on a pending day) agrees with recomputing everything.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/commands/check.js';
import { createCalendar, getDefaultCalendar } from '../../src/calendar/create.js';
import { formatDay, tryParseIsoDay } from '../../src/core/days.js';
import { checkCompliance, checkMany } from '../../src/compliance/index.js';
import { isoIn } from '../support/arbitraries.js';
import { firstProvisionalYear } from '../support/years.js';
import { checkRunOf } from '../support/check-cli.js';

const cal = getDefaultCalendar();
const pendingCal = createCalendar({ includePending: true });

/** Rules with a due day counted from one date fact, and that fact. */
const DATED: [string, string][] = [
  ['hp-2025/central-tthc-list', 'ministryDecisionDate'],
  ['hp-2025/national-database-entry', 'chairmanDecisionDate'],
  ['hp-2025/internal-procedure', 'chairmanDecisionDate'],
  ['nd63/national-database-entry', 'publicationDecisionDate'],
  ['nd63/local-publication-before-effect', 'effectiveDate'],
  ['nd63/ministry-publication-before-effect', 'effectiveDate'],
  ['hp-2025/public-service-centre-project', 'pilotReviewDate'],
];
/**
 * A CSV field as RFC 4180 §2.6–2.7 writes it, independently of the library's writer: quoted when
 * it holds a double quote, a comma, CR or LF, with each double quote doubled; as is otherwise.
 */
const rfc4180 = (s: string) => (/["\r\n,]/.test(s) ? `"${s.split('"').join('""')}"` : s);

const dated = fc.tuple(fc.constantFrom(...DATED), isoIn(2019, firstProvisionalYear()));

describe('on the due day, and one working day after', () => {
  it('an act on its due day is on time with 0 working days; one working day later it is late by exactly 1', () => {
    fc.assert(
      fc.property(dated, ([[rule, fact], date]) => {
        const facts = { [fact]: date };
        const probe = checkCompliance({ rule, facts, asOf: '2025-01-01' });
        if (probe.due === null) return;
        const onDue = checkCompliance({ rule, facts, actual: probe.due });
        expect(onDue.status === 'onTime' || (onDue.status === 'tooEarly' && probe.windowStart! > probe.due)).toBe(true);
        expect(onDue.workingDays).toBe(0);
        expect(onDue.calendarDays).toBe(0);
        const next = cal.addWorkingDays(probe.due, 1);
        const late = checkCompliance({ rule, facts, actual: next });
        expect(late).toMatchObject({ status: 'late', workingDays: 1, workingDaysLate: 1 });
        expect(late.calendarDays).toBe(tryParseIsoDay(next)! - tryParseIsoDay(probe.due)!);
        // Not done: open on the due day, overdue by 1 on the next working day.
        expect(checkCompliance({ rule, facts, asOf: probe.due }).status).toBe('open');
        expect(checkCompliance({ rule, facts, asOf: next })).toMatchObject({ status: 'overdue', workingDaysLate: 1 });
      }),
      { numRuns: 300 },
    );
  });

  it('the calendar-day delay is the difference of the days; the working-day delay is workingDaysBetween', () => {
    fc.assert(
      fc.property(dated, fc.integer({ min: -40, max: 40 }), ([[rule, fact], date], shift) => {
        const probe = checkCompliance({ rule, facts: { [fact]: date }, asOf: '2025-01-01' });
        if (probe.due === null) return;
        const actual = formatDay(tryParseIsoDay(probe.due)! + shift);
        const v = checkCompliance({ rule, facts: { [fact]: date }, actual });
        expect(v.calendarDays).toBe(shift);
        expect(v.workingDays).toBe(cal.workingDaysBetween(probe.due, actual));
        expect(v.workingDaysLate).toBe(shift > 0 ? Math.max(0, v.workingDays!) : 0);
        if (shift > 0) expect(v.status).toBe('late');
      }),
      { numRuns: 300 },
    );
  });
});

describe('what if the pending days off became law', () => {
  it('recomputing only the verdicts that rest on a pending day gives what recomputing all of them gives', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATED), isoIn(2026, 2026), fc.integer({ min: -10, max: 30 }), fc.boolean(), ([rule, fact], date, shift, done) => {
        const facts = { [fact]: date };
        const asOf = '2026-12-31';
        const base = checkCompliance({ rule, facts, asOf });
        const actual = base.due === null || !done ? null : formatDay(tryParseIsoDay(base.due)! + shift);
        const v = checkCompliance({ rule, facts, actual, asOf }, { whatIf: 'pending' });
        const full = checkCompliance({ rule, facts, actual, asOf }, { calendar: pendingCal });
        const changed = full.status !== v.status || full.due !== v.due || full.workingDaysLate !== v.workingDaysLate;
        if (!changed) expect(v.whatIfPending).toBeNull();
        else expect(v.whatIfPending).toMatchObject({ status: full.status, due: full.due, workingDaysLate: full.workingDaysLate });
      }),
      { numRuns: 500 },
    );
  });
});

// --- Batches of good and bad records -----------------------------------------------------------

const goodRecord = fc
  .tuple(fc.constantFrom(...DATED), isoIn(2019, 2026), fc.option(isoIn(2019, firstProvisionalYear()), { nil: undefined }))
  .map(([[rule, fact], date, actual]) => ({
    rule,
    [fact]: date,
    ...(actual === undefined ? {} : { actual }),
  }));
const badRecord = fc.oneof(
  fc.constant({ rule: 'no/such-rule', actual: '2025-01-01' }),
  fc.constant({ rule: 'hp-2025/central-tthc-list', actual: '2025-01-01' }), // missing fact
  fc.constant({ rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-13-01' }),
  fc.constant({ rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '01/31/2025' }), // month first: refused by CSV's day-first dates too
  fc.constant({ actual: '2025-01-01' }),
  fc.string({ maxLength: 8 }).map((s) => ({ rule: s, actual: s })),
);
const withText = fc.tuple(
  fc.oneof(goodRecord, badRecord),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('Quyết định, số 1', 'Tiêu đề "a"', 'dòng\nhai', 'Sở Tư pháp'),
);
const batch = fc.array(withText, { maxLength: 25 }).map((list) => list.map(([r, note, title], i) => ({ id: `R${i}`, title, note, ...r })));

describe('a batch gives exactly one result per record, in order', () => {
  it('checkMany, for any mix of good and bad records', () => {
    fc.assert(
      fc.property(batch, fc.array(fc.oneof(fc.constant(null), fc.integer(), fc.constant('x')), { maxLength: 3 }), (records, junk) => {
        const input = [...records, ...junk];
        const out = [...checkMany(input, { asOf: '2025-06-30' })];
        expect(out.map((o) => o.line)).toEqual(input.map((_, i) => i + 1));
        out.forEach((o, i) => {
          if (i < records.length) expect(o.id).toBe(records[i].id);
          if (o.status === 'error') expect(o.error!.field.length).toBeGreaterThan(0);
          else expect(o.readings.length).toBeGreaterThan(0);
        });
      }),
      { numRuns: 200 },
    );
  });

  const dir = mkdtempSync(join(tmpdir(), 'vn-deadlines-prop-'));
  const COLUMNS = ['id', 'title', 'note', 'rule', 'actual', ...new Set(DATED.map(([, f]) => f)), 'ministryDecisionDate'];
  const runFile = async (file: string, format: 'csv' | 'ndjson', records: number) => {
    const out: string[] = [];
    const run = checkRunOf({ file, format, asOf: '2025-06-30' });
    // No record (a header alone, an empty file): nothing was checked, exit code 2.
    expect(await runCheck(run, { out: (s) => out.push(s), err: () => {}, errIsTTY: false })).toBe(records > 0 ? 0 : 2);
    return out
      .join('\n')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { line: number; id?: string; status: string });
  };

  it('the CLI, from NDJSON and from CSV (quoted commas, quotes, line breaks in cells), for any mix of good and bad records', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(batch, async (records) => {
        const base = join(dir, `b${n++}`);
        writeFileSync(`${base}.ndjson`, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
        const cols = [...new Set(COLUMNS)];
        const csv =
          [cols.join(','), ...records.map((r) => cols.map((c) => rfc4180((r as Record<string, string | undefined>)[c] ?? '')).join(','))].join('\r\n') + '\r\n';
        writeFileSync(`${base}.csv`, '\uFEFF' + csv);
        const fromNdjson = await runFile(`${base}.ndjson`, 'ndjson', records.length);
        const fromCsv = await runFile(`${base}.csv`, 'csv', records.length);
        expect(fromNdjson.map((o) => o.id)).toEqual(records.map((r) => r.id));
        expect(fromNdjson.map((o) => o.line)).toEqual(records.map((_, i) => i + 1));
        expect(fromCsv.map((o) => o.id)).toEqual(records.map((r) => r.id));
        // Same verdicts either way, apart from what CSV cannot say (a number, a missing field: all cells are text).
        const lines = fromCsv.map((o) => o.line);
        expect(lines).toEqual([...lines].sort((a, b) => a - b));
        fromCsv.forEach((o, i) => {
          const rule = (records[i] as { rule?: unknown }).rule;
          if (typeof rule === 'string' && /^[\x21-\x7e]+$/.test(rule)) expect(o.status).toBe(fromNdjson[i].status);
        });
      }),
      { numRuns: 60 },
    );
  });
});
