/**
 * The zod schema of a plan file (`plans/<plan>.plan.json`): the whole table of a plan such as
 * QĐ 257/QĐ-UBND (Hải Phòng, 2025) as data — its units, its rows with their lead and
 * cooperating units, expected results and schedules, and its indicator targets. The JSON
 * Schema for editors, `plans/schema.json`, is generated from it (`z.toJSONSchema`; the
 * test `test/plan/schema.test.ts` rewrites it with `UPDATE_SCHEMAS=1`), never written by hand.
 *
 * Beyond the shape, a plan is checked for consistency: every unit a row or a group names
 * exists; row numbers, unit ids and indicator ids are unique; no two units share a name once
 * folded; every row sits in a declared section and subsection; a row split into items agrees
 * with its items; an inherited cell agrees with the row it is inherited from; an indicator
 * names an existing row whose text is its description followed by its target's wording.
 *
 * Written with `zod/mini` (tree-shakable; the full `zod` costs ~50 ms to import).
 */
import * as z from 'zod/mini';
import { described, isoDateSchema } from '../holidays/schema.js';
import { foldUnitName } from './text.js';

const nonEmpty = () => z.string().check(z.minLength(1));
const text = z.strictObject({ vi: nonEmpty(), en: nonEmpty() }).check(z.describe('Text in Vietnamese and English'));

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const unitId = described(z.string().check(z.regex(KEBAB, 'expected a kebab-case unit id, e.g. "city-office"')), 'A unit id from the file\'s "units"');
const ruleId = described(
  z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)+$/, 'expected a rule id like "hp-2025/central-tthc-list"')),
  'The id of a rule in rules/*.json',
);
/**
 * Section numbers of a plan table.
 * @example `getPlan().rows.filter((r) => r.section === sectionIds[1]).length > 0 // true`
 */
export const sectionIds = ['I', 'II', 'III'] as const;
const ROW_NUMBER = /^(I|II|III)\.\d+(?:\.\d+)?$/;
const rowNumber = described(
  z.string().check(z.regex(ROW_NUMBER, 'expected a row number like "I.1", "II.2.1" or "III.3.9"')),
  'A row number as the plan writes it, prefixed by its section',
);

/**
 * Kinds of unit. A `group` stands for several units ("Các sở, ban, ngành", "UBND cấp huyện").
 * @example `unitKinds.includes(findUnits('Sở Tư pháp')[0].kind) // true`
 */
export const unitKinds = ['department', 'office', 'district', 'commune', 'group', 'other'] as const;
/** Kind of a unit: `department`, `office`, `district`, `commune`, `group` (several units) or `other`. */
export type UnitKind = (typeof unitKinds)[number];

const unitSchema = z.strictObject({
  id: unitId,
  kind: z.enum(unitKinds),
  name: described(text, 'The name as the plan writes it (vi) and in English'),
  aliases: z._default(described(z.array(nonEmpty()), 'Other spellings a query may use; matched case- and diacritic-insensitively'), []),
  members: z.optional(described(z.array(unitId), 'group: units it contains, by id')),
  memberKinds: z.optional(described(z.array(z.enum(unitKinds)), 'group: it contains every unit of these kinds')),
  excludes: z.optional(described(z.array(unitId), 'group: units it never contains, even by kind or prefix')),
  matchPrefixes: z.optional(
    described(z.array(nonEmpty()), 'group: a query that starts with one of these words (folded) names a member not listed, e.g. "UBND huyện" for any district'),
  ),
  note: z.optional(z.string()),
});

const ruleIds = z.array(ruleId);
/**
 * Kinds of schedule a row can have.
 * @example `getPlan().rows.filter((r) => r.schedule.type === 'ongoing').length > 0 // true`
 */
export const scheduleTypes = ['rule', 'ongoing', 'onOccurrence', 'untilSuperseded'] as const;

const scheduleSchema = z.discriminatedUnion('type', [
  z
    .strictObject({
      type: z.literal('rule'),
      ruleIds: described(ruleIds.check(z.minLength(1)), "The rules that compute the row's deadlines"),
      deadlineText: z.optional(described(nonEmpty(), "The plan's exact wording of the deadline when it is not in the time column (e.g. in the result column)")),
    })
    .check(z.describe('A dated row: its deadlines are computed by rules')),
  z.strictObject({ type: z.literal('ongoing'), ruleIds: z.optional(ruleIds) }).check(z.describe('"Thường xuyên": no due day')),
  z
    .strictObject({ type: z.literal('onOccurrence'), ruleIds: z.optional(ruleIds) })
    .check(z.describe('"Khi có phát sinh": done whenever the case arises; no due day')),
  z
    .strictObject({ type: z.literal('untilSuperseded'), until: described(text, 'What ends it'), ruleIds: z.optional(ruleIds) })
    .check(z.describe('Ongoing until a named event, e.g. a decision replaced')),
]);

const unitList = (description: string) => described(z.array(unitId), description);
const timeText = described(z.string(), 'The plan\'s exact wording in the time column ("" when the cell is empty)');

const itemSchema = z.strictObject({
  key: described(z.string().check(z.regex(KEBAB, 'expected a kebab-case key')), 'Names the item within its row, e.g. "local"'),
  content: text,
  timeText,
  schedule: scheduleSchema,
  lead: unitList('Lead units (Đơn vị chủ trì)').check(z.minLength(1)),
  cooperating: unitList('Cooperating units (Đơn vị phối hợp)'),
  expectedResult: text,
});

/**
 * Cells a row can inherit from a merged cell of an earlier row.
 * @example `inheritableFields.includes('lead') // true`
 */
export const inheritableFields = ['timeText', 'lead', 'cooperating', 'expectedResult'] as const;

const rowSchema = z.strictObject({
  number: rowNumber,
  section: z.enum(sectionIds),
  content: described(text, 'vi: the task exactly as the plan writes it; en: a summary'),
  timeText,
  schedule: scheduleSchema,
  lead: unitList('Lead units (Đơn vị chủ trì)').check(z.minLength(1)),
  cooperating: unitList('Cooperating units (Đơn vị phối hợp)'),
  expectedResult: described(text, 'Kết quả: vi exactly as the plan writes it; en: a summary'),
  items: z.optional(
    described(
      z.array(itemSchema).check(z.minLength(2)),
      "Bulleted sub-tasks with their own cells. The row's own cells then sum them up: lead, cooperating and rule ids are the union; " +
        "timeText and expectedResult.vi are the items' distinct texts, one a line",
    ),
  ),
  inheritedFrom: z.optional(
    described(
      z.strictObject({ row: rowNumber, fields: z.array(z.enum(inheritableFields)).check(z.minLength(1)) }),
      'Cells left empty in the plan because a merged cell of an earlier row spans them; their values are copied from that row',
    ),
  ),
  note: z.optional(described(z.string(), 'An interpretation or a doubt about the source text')),
});

const sectionSchema = z.strictObject({
  id: z.enum(sectionIds),
  heading: text,
  subsections: z._default(described(z.array(z.strictObject({ number: rowNumber, heading: text })), 'Numbered headings that group rows, e.g. II.2'), []),
});

const indicatorSchema = z.strictObject({
  id: described(z.string().check(z.regex(KEBAB, 'expected a kebab-case indicator id')), 'The key of this indicator in evaluateTargets(measured)'),
  row: rowNumber,
  description: described(text, 'vi: the row text before the target wording'),
  target: z.strictObject({
    operator: described(z.enum(['>=', '<=']), '">=": met when measured ≥ percent; "<=": met when measured ≤ percent'),
    percent: z.number().check(z.gte(0), z.lte(100)),
    wording: described(nonEmpty(), 'The plan\'s wording of the target, e.g. "đạt tối thiểu 50%"'),
  }),
});

const planMetaSchema = z.strictObject({
  document: described(nonEmpty(), 'Document number, e.g. "257/QĐ-UBND"'),
  date: described(isoDateSchema, 'Date the document was signed'),
  effective: z.optional(described(isoDateSchema, 'Date the document takes effect')),
  issuer: text,
  title: text,
  source: z.optional(described(z.string(), 'Where the text was read')),
  note: z.optional(z.string()),
});

type Path = (string | number)[];

const planObject = z.strictObject({
  $schema: z.optional(z.string()),
  plan: planMetaSchema,
  units: z.array(unitSchema).check(z.minLength(1)),
  sections: z.array(sectionSchema).check(z.minLength(1)),
  rows: z.array(rowSchema).check(z.minLength(1)),
  indicators: z._default(z.array(indicatorSchema), []),
});

type PlanFile = z.output<typeof planObject>;
type Row = PlanFile['rows'][number];

/** The cross-checks' shared tools: report an issue, check a list of unit ids, check a schedule. */
interface Check {
  /** A plain function (no `this`): the checks pass it around on its own. */
  readonly issue: (path: Path, message: string) => void;
  unitList(list: string[], path: Path): void;
  schedule(schedule: z.output<typeof scheduleSchema>, path: Path): void;
}

/** Units: unique ids, unique folded names, group-only fields, references. */
function checkUnits(file: PlanFile, issue: Check['issue']): ReadonlySet<string> {
  const units = new Set<string>();
  const names = new Map<string, string>();
  file.units.forEach((u, i) => {
    if (units.has(u.id)) issue(['units', i, 'id'], `unit "${u.id}" appears twice`);
    units.add(u.id);
    [u.name.vi, ...u.aliases].forEach((n, j) => {
      const folded = foldUnitName(n);
      const other = names.get(folded);
      if (other !== undefined && other !== u.id) issue(['units', i, j === 0 ? 'name' : 'aliases'], `"${n}" folds to "${folded}", already a name of "${other}"`);
      names.set(folded, u.id);
    });
    if (u.kind !== 'group' && (u.members || u.memberKinds || u.excludes || u.matchPrefixes))
      issue(['units', i, 'kind'], 'only a group has members, memberKinds, excludes or matchPrefixes');
  });
  const knownUnit = (id: string, path: Path) => {
    if (!units.has(id)) issue(path, `unknown unit "${id}"; declare it in "units"`);
  };
  file.units.forEach((u, i) => {
    u.members?.forEach((m, j) => knownUnit(m, ['units', i, 'members', j]));
    u.excludes?.forEach((m, j) => knownUnit(m, ['units', i, 'excludes', j]));
  });
  return units;
}

/** Sections and subsections: unique, and subsections numbered inside their section. */
function checkSections(file: PlanFile, issue: Check['issue']): { sections: ReadonlySet<string>; subsections: ReadonlySet<string> } {
  const sections = new Set<string>();
  const subsections = new Set<string>();
  file.sections.forEach((s, i) => {
    if (sections.has(s.id)) issue(['sections', i, 'id'], `section ${s.id} appears twice`);
    sections.add(s.id);
    s.subsections.forEach((sub, j) => {
      if (sub.number.split('.').length !== 2 || !sub.number.startsWith(`${s.id}.`))
        issue(['sections', i, 'subsections', j, 'number'], `a subsection of section ${s.id} is numbered "${s.id}.<n>"`);
      if (subsections.has(sub.number)) issue(['sections', i, 'subsections', j, 'number'], `${sub.number} appears twice`);
      subsections.add(sub.number);
    });
  });
  return { sections, subsections };
}

/** A row split into items: each item checked, and the row's own fields the union of its items'. */
function checkItems(row: Row, items: NonNullable<Row['items']>, at: (...p: Path) => Path, check: Check): void {
  const keys = new Set<string>();
  items.forEach((item, j) => {
    if (keys.has(item.key)) check.issue(at('items', j, 'key'), `item "${item.key}" appears twice`);
    keys.add(item.key);
    check.unitList(item.lead, at('items', j, 'lead'));
    check.unitList(item.cooperating, at('items', j, 'cooperating'));
    check.schedule(item.schedule, at('items', j, 'schedule'));
  });
  const union = (pick: (item: z.output<typeof itemSchema>) => string[]) => distinct(items.flatMap(pick));
  const agree = (path: Path, actual: string[], wanted: string[], what: string) => {
    if (actual.join('\n') !== wanted.join('\n')) check.issue(path, `${what} of a row with items must be ${JSON.stringify(wanted)}`);
  };
  agree(
    at('lead'),
    row.lead,
    union((it) => it.lead),
    'lead',
  );
  agree(
    at('cooperating'),
    row.cooperating,
    union((it) => it.cooperating),
    'cooperating',
  );
  agree(at('timeText'), [row.timeText], [union((it) => [it.timeText]).join('\n')], 'timeText');
  agree(at('expectedResult', 'vi'), [row.expectedResult.vi], [union((it) => [it.expectedResult.vi]).join('\n')], 'expectedResult.vi');
  agree(
    at('schedule', 'ruleIds'),
    row.schedule.ruleIds ?? [],
    union((it) => it.schedule.ruleIds ?? []),
    'schedule.ruleIds',
  );
  if (items.some((it) => it.schedule.type === 'rule') && row.schedule.type !== 'rule')
    check.issue(at('schedule', 'type'), 'a row with a dated item has a schedule of type "rule"');
}

/** Rows: unique numbers in declared sections, known units, items, inherited fields equal to their source. */
function checkRows(file: PlanFile, declared: ReturnType<typeof checkSections>, check: Check): ReadonlyMap<string, Row> {
  const { sections, subsections } = declared;
  const { issue } = check;
  const rows = new Map<string, Row>();
  file.rows.forEach((row, i) => {
    const at = (...p: Path): Path => ['rows', i, ...p];
    if (rows.has(row.number)) issue(at('number'), `row ${row.number} appears twice`);
    if (subsections.has(row.number)) issue(at('number'), `${row.number} is a subsection heading, not a row`);
    const parts = row.number.split('.');
    if (parts[0] !== row.section) issue(at('section'), `row ${row.number} belongs to section ${parts[0]}, not ${row.section}`);
    if (!sections.has(row.section)) issue(at('section'), `section ${row.section} is not declared in "sections"`);
    if (parts.length === 3 && !subsections.has(`${parts[0]}.${parts[1]}`))
      issue(at('number'), `subsection ${parts[0]}.${parts[1]} of row ${row.number} is not declared in "sections"`);
    check.unitList(row.lead, at('lead'));
    check.unitList(row.cooperating, at('cooperating'));
    check.schedule(row.schedule, at('schedule'));
    if (row.items) checkItems(row, row.items, at, check);
    if (row.inheritedFrom) {
      const source = rows.get(row.inheritedFrom.row);
      if (!source) issue(at('inheritedFrom', 'row'), `row ${row.inheritedFrom.row} does not come before ${row.number}`);
      else
        for (const field of row.inheritedFrom.fields)
          if (JSON.stringify(row[field]) !== JSON.stringify(source[field])) issue(at(field), `${field} is inherited from ${source.number} and must equal it`);
    }
    rows.set(row.number, row);
  });
  return rows;
}

/** Indicators: unique, one per row, their text that of their row, their percentage in their wording. */
function checkIndicators(file: PlanFile, rows: ReadonlyMap<string, Row>, issue: Check['issue']): void {
  const indicatorIds = new Set<string>();
  const indicatorRows = new Set<string>();
  file.indicators.forEach((ind, i) => {
    const at = (...p: Path): Path => ['indicators', i, ...p];
    if (indicatorIds.has(ind.id)) issue(at('id'), `indicator "${ind.id}" appears twice`);
    indicatorIds.add(ind.id);
    if (indicatorRows.has(ind.row)) issue(at('row'), `row ${ind.row} already has an indicator`);
    indicatorRows.add(ind.row);
    const row = rows.get(ind.row);
    if (!row) issue(at('row'), `unknown row ${ind.row}; an indicator names a row of "rows"`);
    else if (row.content.vi !== `${ind.description.vi} ${ind.target.wording}`)
      issue(at('description', 'vi'), `description.vi + " " + target.wording must be the text of row ${ind.row}: "${row.content.vi}"`);
    if (!ind.target.wording.includes(`${ind.target.percent}%`))
      issue(at('target', 'percent'), `${ind.target.percent}% does not appear in the wording "${ind.target.wording}"`);
  });
}

/** The cross-checks of a plan file, beyond its shape, in the file's order. */
function checkPlanFile(file: PlanFile, issue: Check['issue']): void {
  const units = checkUnits(file, issue);
  const check: Check = {
    issue,
    unitList(list, path) {
      list.forEach((id, j) => {
        if (!units.has(id)) issue([...path, j], `unknown unit "${id}"; declare it in "units"`);
      });
      if (new Set(list).size !== list.length) issue(path, 'a unit is listed twice');
    },
    schedule(schedule, path) {
      const ids = schedule.ruleIds ?? [];
      if (new Set(ids).size !== ids.length) issue([...path, 'ruleIds'], 'a rule is listed twice');
    },
  };
  const rows = checkRows(file, checkSections(file, issue), check);
  checkIndicators(file, rows, issue);
}

/**
 * Schema of a plan file, `plans/<plan>.plan.json` (zod/mini), with its cross-checks: unique
 * ids, known units, rows in declared sections, items that agree with their row. `parsePlan`
 * validates with it and reports the issues; the editors' JSON Schema is `plans/schema.json`.
 * @example
 * ```ts
 * // not run: needs a user's plan file
 * import { readFileSync } from 'node:fs';
 * const result = planSchema.safeParse(JSON.parse(readFileSync('my.plan.json', 'utf8')));
 * if (!result.success) console.error(result.error.issues);
 * ```
 */
export const planSchema = planObject.check(
  z.superRefine((file, ctx) => checkPlanFile(file, (path, message) => ctx.issues.push({ code: 'custom', path, message, input: file }))),
);

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** A validated plan file. */
export type Plan = z.output<typeof planSchema>;
/** One unit of a plan: a department, an office, or a group of units. */
export type PlanUnit = Plan['units'][number];
/** One row of a plan's table. */
export type PlanRow = Plan['rows'][number];
/** A bulleted sub-task of a row, with its own cells. */
export type PlanItem = NonNullable<PlanRow['items']>[number];
/** When a row is due: a reference to rules, ongoing, on occurrence, or until superseded. */
export type PlanSchedule = PlanRow['schedule'];
/** A section (I, II, III) of a plan's table, with its numbered subsection headings. */
export type PlanSection = Plan['sections'][number];
/** A target of a plan, e.g. "Tỷ lệ hồ sơ trực tuyến … đạt 60%". */
export type PlanIndicator = Plan['indicators'][number];
