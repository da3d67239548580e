/**
 * Finding a plan's units by id or name, and the rows a unit leads or cooperates on.
 *
 * Matching, in three steps (all on folded text: case, diacritics and punctuation ignored,
 * `Ủy ban nhân dân` = `UBND`, see {@link foldUnitName}):
 *
 * 1. **Direct**: a unit matches when the query equals its id, its Vietnamese or English name or
 *    an alias; or the query is a run of whole words inside one of those (`"tư pháp"` finds Sở
 *    Tư pháp); or one of its names of two words or more is a run of whole words inside the query
 *    (`"Sở Tư pháp Hải Phòng"` finds Sở Tư pháp).
 * 2. **Groups**: a group also matches when a directly matched unit is one of its members (listed
 *    in `members`, or of a kind in `memberKinds`), or when the query starts with one of its
 *    `matchPrefixes` (`"UBND huyện Thủy Nguyên"` starts with `UBND huyện`, so it finds
 *    "UBND cấp huyện"; `"Sở Xây dựng"` starts with `Sở`, so it finds "Các sở, ban, ngành").
 * 3. **Exclusions**: a group never matches a query that directly matches one of its `excludes`
 *    (`"Ban Quản lý Khu Kinh tế Hải Phòng"` does not find "Các sở, ngành (trừ Ban Quản lý Khu
 *    Kinh tế Hải Phòng)").
 *
 * Districts, communes and departments the plan does not name are not listed one by one; the
 * prefixes stand for them.
 */
import { errorIn, VnDeadlinesError } from '../core/errors.js';
import { invalidArgument, show } from '../core/args.js';
import { getPlan } from './data.js';
import type { Plan, PlanRow, PlanUnit } from './schema.js';
import { foldUnitName } from './text.js';

/** Which column of a row a unit is looked for in: lead (chủ trì), cooperating (phối hợp), or either. */
export type UnitRole = 'lead' | 'cooperating' | 'any';

const UNIT_ROLES: readonly UnitRole[] = ['lead', 'cooperating', 'any'];

/** Whether `needle` is a run of whole words inside `haystack` (both folded). */
function containsWords(haystack: string, needle: string): boolean {
  return needle !== '' && ` ${haystack} `.includes(` ${needle} `);
}

function matchesDirectly(unit: PlanUnit, q: string): boolean {
  const names = [unit.name.vi, unit.name.en, ...unit.aliases].map(foldUnitName);
  if (foldUnitName(unit.id) === q) return true;
  return names.some((n) => n === q || containsWords(n, q) || (n.includes(' ') && containsWords(q, n)));
}

function membersOf(group: PlanUnit, units: readonly PlanUnit[]): Set<string> {
  const ids = new Set(group.members ?? []);
  for (const u of units) if (u.id !== group.id && group.memberKinds?.includes(u.kind)) ids.add(u.id);
  for (const x of group.excludes ?? []) ids.delete(x);
  return ids;
}

/**
 * Finds the units of the plan that a query names, by id, name or alias, case- and
 * diacritic-insensitively; groups that contain a matched unit, or whose prefixes the query
 * starts with, are included (see the module's description for the exact rules).
 *
 * @param query - a unit id (`'city-office'`), a name (`'Sở Tư pháp'`, `'so tu phap'`), or the
 *   name of a unit the plan does not list, such as a district (`'UBND huyện Thủy Nguyên'`)
 * @param plan - the plan to search; the shipped plan by default
 * @returns the matching units: direct matches first, then groups, each in the plan's order;
 *   empty when nothing matches
 * @throws VnDeadlinesError `invalid_argument` when the query is empty once folded
 * @example
 * ```ts
 * findUnits('so tu phap').map((u) => u.id);
 * // ['justice-department', 'all-departments', 'departments-except-economic-zone']
 * findUnits('UBND huyện Thủy Nguyên').map((u) => u.id); // ['district-people-committees']
 * ```
 */
export function findUnits(query: string, plan: Plan = getPlan()): PlanUnit[] {
  checkPlan(plan, 'findUnits');
  const q = typeof query === 'string' ? foldUnitName(query) : '';
  if (q === '') {
    throw errorIn('findUnits', 'invalid_argument', `${show(query)} names no unit; pass a unit id (e.g. "city-office") or a name (e.g. "Sở Tư pháp")`, {
      value: query,
    });
  }
  const direct = plan.units.filter((u) => matchesDirectly(u, q));
  const directIds = new Set(direct.map((u) => u.id));
  const groups = plan.units.filter((g) => {
    if (g.kind !== 'group' || directIds.has(g.id)) return false;
    const members = membersOf(g, plan.units);
    if (direct.some((u) => members.has(u.id))) return true;
    return (g.matchPrefixes ?? []).some((p) => {
      const prefix = foldUnitName(p);
      return q === prefix || q.startsWith(`${prefix} `);
    });
  });
  return [...direct, ...groups].filter((u) => !(u.excludes ?? []).some((x) => directIds.has(x)));
}

/** Refuses a plan argument that is not a plan (from getPlan() or parsePlan()). @internal */
function checkPlan(plan: unknown, fn: string): void {
  const p = plan as Plan;
  if (typeof p !== 'object' || p === null || !Array.isArray(p.units) || !Array.isArray(p.rows) || typeof p.plan !== 'object' || p.plan === null) {
    throw invalidArgument(fn, 'plan', 'a plan (from getPlan() or parsePlan())', plan);
  }
}

/**
 * The error for a query no unit of the plan matches, listing the ids. @internal
 */
export function noSuchUnit(fn: string, query: string, plan: Plan): VnDeadlinesError {
  return errorIn(
    fn,
    'invalid_argument',
    `no unit of the plan ${plan.plan.document} matches ${JSON.stringify(query)}; give a unit id (${plan.units
      .map((u) => u.id)
      .join(', ')}) or a name such as "Sở Tư pháp" or "UBND huyện Tiên Lãng"`,
    { value: query, document: plan.plan.document, units: plan.units.map((u) => u.id).join(', ') },
    undefined,
    'unknown_unit',
  );
}

/**
 * The rows of the plan in which a unit named by a query is a lead or cooperating unit,
 * directly or through a group that contains it (see {@link findUnits}). A row with items
 * (II.2.1, II.2.2) lists the units of all its items; look at `row.items` for which one applies.
 *
 * @param query - as for {@link findUnits}
 * @param role - `'lead'`, `'cooperating'` or `'any'` (default)
 * @param plan - the plan to search; the shipped plan by default
 * @returns the rows, in the plan's order; empty when the query names no unit or the unit has no row
 * @throws VnDeadlinesError `invalid_argument` when the query is empty or the role unknown
 * @example
 * ```ts
 * rowsForUnit('Sở Tư pháp', 'cooperating').map((r) => r.number); // includes 'II.1.1'
 * rowsForUnit('UBND phường Lê Chân', 'lead').some((r) => r.number === 'III.5'); // true
 * ```
 */
export function rowsForUnit(query: string, role: UnitRole = 'any', plan: Plan = getPlan()): PlanRow[] {
  checkPlan(plan, 'rowsForUnit');
  if (!UNIT_ROLES.includes(role)) {
    throw errorIn('rowsForUnit', 'invalid_argument', `role ${show(role)} is not one of 'lead', 'cooperating', 'any'`, {
      value: role,
    });
  }
  const ids = new Set(findUnits(query, plan).map((u) => u.id));
  return plan.rows.filter(
    (row) => (role !== 'cooperating' && row.lead.some((id) => ids.has(id))) || (role !== 'lead' && row.cooperating.some((id) => ids.has(id))),
  );
}
