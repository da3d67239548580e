/**
 * `checkMany`: verdicts for a stream of records, one result per record, in order. A bad record
 * (unknown rule, bad date, missing fact) gives an error result and the run goes on.
 */
import { invalidArgument } from '../core/args.js';
import { RecordChecker, type CheckManyOptions, type RecordOutcome } from './records.js';

function isAsync(x: unknown): x is AsyncIterable<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
}

/**
 * Checks records one by one and yields exactly one {@link RecordOutcome} per record, in order:
 * its verdicts (one per rule it names), or `status: 'error'` with the field and message when it
 * cannot be checked — nothing is dropped and nothing throws for bad data. The day of the check
 * (`asOf`, for acts not done yet) is fixed once for the run. Feed the outcomes to a
 * {@link CheckSummary} for counts by status and by rule.
 *
 * A record is `{ rule, actual, id?, title?, …facts }` (or `{ rule, actual, facts: { … } }`);
 * `rule` may name several rules separated by `|` (or be an array): the readings of the same act.
 * Records are numbered from 1 (`line`).
 *
 * @param records - an iterable (array, generator) or an async iterable (a stream of objects) of
 *   `CheckRecord`s; any other value in it is a bad record, reported in its outcome
 * @param options - `calendar`, `rules` (a RuleSet), `asOf` (default: today in Vietnam),
 *   `whatIf` (`'pending'` or a Calendar: each reading gets `whatIfPending`, and the outcome
 *   `changedIfPending`)
 * @returns a generator for an iterable; an async generator for an async iterable
 * @throws VnDeadlinesError `invalid_date` or `out_of_coverage` for a bad `asOf`,
 *   `invalid_argument` for a bad `whatIf`, options of the wrong type, or records that are not a
 *   list (`null`, a string, a number) — before the first record; never for a record
 * @example
 * ```ts
 * const summary = new CheckSummary();
 * for (const r of checkMany([
 *   { id: 'A', rule: 'hp-2025/central-tthc-list', ministryDecisionDate: '2025-01-20', actual: '2025-02-11' },
 *   { id: 'B', rule: 'no/such-rule', actual: '2025-02-11' },
 * ])) summary.add(r);
 * summary.byStatus.late;  // 1
 * summary.byStatus.error; // 1
 * ```
 */
export function checkMany(records: Iterable<unknown>, options?: CheckManyOptions): Generator<RecordOutcome, void, undefined>;
export function checkMany(records: AsyncIterable<unknown>, options?: CheckManyOptions): AsyncGenerator<RecordOutcome, void, undefined>;
export function checkMany(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options?: CheckManyOptions,
): Generator<RecordOutcome, void, undefined> | AsyncGenerator<RecordOutcome, void, undefined> {
  const checker = new RecordChecker(options, 'checkMany');
  // A string is iterable, one record per character: refused with the rest that is not a list of records.
  const iterable = typeof records === 'object' && records !== null && typeof (records as Iterable<unknown>)[Symbol.iterator] === 'function';
  if (!iterable && !isAsync(records)) {
    throw invalidArgument('checkMany', 'records', 'an iterable (an array, a generator) or an async iterable of records', records);
  }
  if (isAsync(records)) {
    return (async function* () {
      let line = 0;
      for await (const r of records) yield checker.check(r, ++line);
    })();
  }
  return (function* () {
    let line = 0;
    for (const r of records) yield checker.check(r, ++line);
  })();
}
