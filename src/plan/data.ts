/**
 * The shipped plan, QĐ 257/QĐ-UBND (Hải Phòng, 24/01/2025), read from
 * `plans/hp-2025.plan.json` and validated against {@link planSchema} once, on first use.
 */
import planJson from '../../plans/hp-2025.plan.json';
import { errorIn } from '../core/errors.js';
import { invalidArgument } from '../core/args.js';
import { issueLines } from '../core/zod-issues.js';
import { planSchema, type Plan } from './schema.js';

const FILE = 'plans/hp-2025.plan.json';
let cached: Plan | undefined;

/**
 * Validates a plan file, as parsed JSON, against the plan schema (`plans/schema.json`)
 * and its cross-checks.
 *
 * @param value - the parsed JSON
 * @param where - how to name it in errors, e.g. its file name
 * @returns the plan, typed and deeply frozen
 * @throws VnDeadlinesError `invalid_data`, naming the file, the path inside it and what was expected
 * @example
 * ```ts
 * // not run: reads the user's my.plan.json
 * import { readFileSync } from 'node:fs';
 * const plan = parsePlan(JSON.parse(readFileSync('my.plan.json', 'utf8')), 'my.plan.json');
 * plan.rows.length;
 * ```
 */
export function parsePlan(value: unknown, where = 'plan'): Plan {
  if (typeof where !== 'string') throw invalidArgument('parsePlan', 'where', 'text naming the plan, e.g. its file name', where);
  const parsed = planSchema.safeParse(value);
  if (!parsed.success) {
    throw errorIn('parsePlan', 'invalid_data', issueLines(parsed.error.issues, where).join('; '), { file: where, issues: parsed.error.issues });
  }
  return deepFreeze(parsed.data);
}

/**
 * The shipped plan: QĐ 257/QĐ-UBND of Hải Phòng, 24/01/2025 (kiểm soát TTHC và cơ chế một
 * cửa, một cửa liên thông năm 2025) — its units, every row of its table and its indicator
 * targets. Validated on the first call; later calls return the same frozen object.
 *
 * @returns the plan
 * @throws VnDeadlinesError `invalid_data` if the shipped file is broken (a packaging bug)
 * @example
 * ```ts
 * const plan = getPlan();
 * plan.plan.document;                                    // '257/QĐ-UBND'
 * plan.rows.find((r) => r.number === 'II.3.2')?.timeText; // 'Trước 30/8/2025'
 * ```
 */
export function getPlan(): Plan {
  cached ??= parsePlan(planJson, FILE);
  return cached;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
