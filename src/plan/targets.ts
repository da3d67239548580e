/**
 * The plan's indicator targets (III.3.1–III.3.8 of QĐ 257/QĐ-UBND) checked against measured
 * rates.
 */
import { errorIn } from '../core/errors.js';
import { getPlan } from './data.js';
import { invalidArgument } from '../core/args.js';
import type { Plan, PlanIndicator } from './schema.js';

/** One indicator's target, checked against a measured rate. */
export interface TargetResult {
  /** Indicator id, e.g. `'online-dossiers'`. */
  readonly id: string;
  /** The plan row that sets the target, e.g. `'III.3.3'`. */
  readonly row: string;
  /** What is measured, in Vietnamese (as the plan writes it) and English. */
  readonly description: PlanIndicator['description'];
  /** The target: `{ operator: '>=', percent: 60, wording: 'đạt 60%' }`. */
  readonly target: PlanIndicator['target'];
  /** The measured rate, in percent (0–100). */
  readonly measured: number;
  /** Whether the target is met: measured ≥ percent (`'>='`) or measured ≤ percent (`'<='`). */
  readonly met: boolean;
  /**
   * measured − target, in percentage points, rounded to 10 decimals to drop binary noise:
   * ≥ 0 means met for a `'>='` target, ≤ 0 for a `'<='` target.
   */
  readonly gap: number;
}

/**
 * Checks measured rates against the plan's indicator targets (III.3.1–III.3.8: 80 %, 60 %,
 * 60 %, 80 %, 100 %, 100 %, at least 50 %, at least 90 %). Every indicator must be measured;
 * a target is met at its threshold exactly.
 *
 * @param measured - rates in percent (0–100) by indicator id; the ids are those of
 *   `getPlan().indicators`: `full-online-services`, `online-payments`, `online-dossiers`,
 *   `digitised-dossiers`, `synced-results`, `electronic-results`, `data-reuse`, `satisfaction`
 * @param plan - the plan whose indicators to check; the shipped plan by default
 * @returns one result per indicator, in the plan's order
 * @throws VnDeadlinesError `missing_fact` when an indicator has no measured rate, naming it;
 *   `invalid_argument` when a rate is not a finite number in 0–100 or an id is unknown
 * @example
 * ```ts
 * const results = evaluateTargets({
 *   'full-online-services': 82.5, 'online-payments': 55, 'online-dossiers': 60, 'digitised-dossiers': 80,
 *   'synced-results': 100, 'electronic-results': 97, 'data-reuse': 50, satisfaction: 93,
 * });
 * results.filter((r) => !r.met).map((r) => `${r.row} ${r.gap}`); // ['III.3.2 -5', 'III.3.6 -3']
 * ```
 */
export function evaluateTargets(measured: Readonly<Record<string, number>>, plan: Plan = getPlan()): TargetResult[] {
  if (measured === null || typeof measured !== 'object' || Array.isArray(measured)) {
    throw errorIn('evaluateTargets', 'invalid_argument', `expected an object of rates by indicator id, got ${describe(measured)}`, {
      value: measured,
    });
  }
  if (typeof plan !== 'object' || plan === null || !Array.isArray(plan.indicators))
    throw invalidArgument('evaluateTargets', 'plan', 'a plan (from getPlan() or parsePlan())', plan);
  const known = plan.indicators.map((i) => i.id);
  for (const key of Object.keys(measured)) {
    if (!known.includes(key)) {
      throw errorIn('evaluateTargets', 'invalid_argument', `unknown indicator "${key}"; the plan's indicators are ${known.map((k) => `"${k}"`).join(', ')}`, {
        indicator: key,
        known,
      });
    }
  }
  return plan.indicators.map((ind) => {
    if (!Object.hasOwn(measured, ind.id) || measured[ind.id] === undefined) {
      throw errorIn(
        'evaluateTargets',
        'missing_fact',
        `no measured rate for "${ind.id}" (${ind.row}: ${ind.description.en}); pass measured["${ind.id}"] as a percentage 0–100`,
        { indicator: ind.id, row: ind.row },
      );
    }
    const value = measured[ind.id];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
      throw errorIn(
        'evaluateTargets',
        'invalid_argument',
        `"${ind.id}" (${ind.row}) is ${describe(value)}, not a rate; pass a percentage from 0 to 100, e.g. 62.5 for 62.5 %`,
        { indicator: ind.id, row: ind.row, value },
      );
    }
    const { operator, percent } = ind.target;
    return {
      id: ind.id,
      row: ind.row,
      description: ind.description,
      target: ind.target,
      measured: value,
      met: operator === '>=' ? value >= percent : value <= percent,
      gap: Math.round((value - percent) * 1e10) / 1e10 + 0, // + 0 turns -0 into 0
    };
  });
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
