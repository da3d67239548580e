/**
 * The zod schema of rule files (`rules/*.json`) and of one rule. The JSON Schema for editors,
 * `rules/schema.json`, is generated from it by {@link ruleJsonSchemaText}, never written by
 * hand: `UPDATE_SCHEMAS=1 npx vitest run test/rules/schema.test.ts --project TZ=UTC` rewrites
 * it, and that test fails while it is stale.
 *
 * Beyond the shape, a rule is checked for consistency: every fact a condition or a deadline
 * names is declared with a type that fits; condition values fit the fact's type and the
 * operator; variants have distinct ids; a rule that rests on an interpretation (docs/domain.md#counting-periods) says so.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { tryParseIsoDay } from '../core/days.js';
import { errorIn } from '../core/errors.js';
import { isoDateString } from '../core/iso-date-schema.js';
import { issueLines, issuePath } from '../core/zod-issues.js';
import { DEADLINE_KINDS, FACT_TYPES, OPERATORS } from './vocabulary.js';

// ---------------------------------------------------------------------------------------------
// Building blocks (zod/mini: tree-shakable; the full `zod` costs ~50 ms to import)

const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));
const nonEmpty = () => z.string().check(z.minLength(1));

const text = described(z.strictObject({ vi: nonEmpty(), en: nonEmpty() }), 'Text in Vietnamese and English');

/** A strict `YYYY-MM-DD` date that exists. */
const isoDate = isoDateString("expected a date 'YYYY-MM-DD'");

/** Shapes of the period facts: `month` 'YYYY-MM', `quarter` 'YYYY-Qn', `half` 'YYYY-Hn', `year` 'YYYY'. */
const PERIOD_PATTERNS = {
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  quarter: /^\d{4}-Q[1-4]$/,
  half: /^\d{4}-H[12]$/,
  year: /^\d{4}$/,
} as const;

const month = z.string().check(z.regex(PERIOD_PATTERNS.month, "expected a month 'YYYY-MM'"));
const year = z.string().check(z.regex(PERIOD_PATTERNS.year, "expected a year 'YYYY'"));
const url = z.string().check(z.regex(/^https?:\/\/\S+$/, 'expected an http(s) link'));

const factName = described(
  z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/, 'expected a camelCase fact name, e.g. "effectiveDate"')),
  'Name of a fact declared in the rule\'s "facts"',
);

const rollConvention = described(
  z.enum(['none', 'following', 'preceding', 'modifiedFollowing', 'modifiedPreceding']),
  'How a due day that is not a working day moves (BLDS 2015 Điều 148 khoản 5: following)',
);

// ---------------------------------------------------------------------------------------------
// Facts

const factCommon = {
  description: described(text, 'What the fact is, for error messages and the CLI'),
  required: described(
    z._default(z.boolean(), true),
    'false: the fact may be left out (a variant that counts from it then fails with missing_fact)',
  ),
};

const factSpec = z.discriminatedUnion(
  'type',
  [
    described(
      z.strictObject({ type: z.literal('date'), ...factCommon }),
      "A day: 'YYYY-MM-DD', an ISO timestamp with offset, a JS Date or a luxon DateTime",
    ),
    z.strictObject({ type: z.literal('boolean'), ...factCommon, default: z.optional(z.boolean()) }),
    z.strictObject({ type: z.literal('enum'), values: z.array(nonEmpty()).check(z.minLength(1)), ...factCommon, default: z.optional(z.string()) }),
    described(z.strictObject({ type: z.literal('month'), ...factCommon }), "A month, 'YYYY-MM'"),
    described(z.strictObject({ type: z.literal('quarter'), ...factCommon }), "A quarter, 'YYYY-Qn'"),
    described(z.strictObject({ type: z.literal('half'), ...factCommon }), "A half-year, 'YYYY-H1' or 'YYYY-H2'"),
    described(z.strictObject({ type: z.literal('year'), ...factCommon }), "A year, 'YYYY'"),
  ],
  { error: () => `expected "type" to be one of ${FACT_TYPES.map((t) => `"${t}"`).join(', ')}` },
);

// ---------------------------------------------------------------------------------------------
// Conditions: json-rules-engine's format, the part vn-deadlines evaluates itself.

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const CONDITION_SHAPES =
  'expected a condition: {"all": [...]}, {"any": [...]}, {"not": {...}} or {"fact": ..., "operator": ..., "value": ...}';

const leafCondition = z.strictObject({
  fact: factName,
  operator: z.enum(OPERATORS),
  value: described(z.union([scalar, z.array(scalar)]), 'A constant; a list for "in" and "notIn"'),
  path: z.optional(z.never({ error: '"path" is not supported: facts are single values, not objects' })),
  params: z.optional(z.never({ error: '"params" is not supported: facts are given, not computed' })),
});

const allCondition = z.strictObject({
  get all() {
    return described(z.array(condition), 'True when every condition holds (an empty list is true)');
  },
});
const anyCondition = z.strictObject({
  get any() {
    return described(
      z
        .array(condition)
        .check(z.minLength(1, 'an empty "any" is true in json-rules-engine, which surprises; leave "when" out for a variant that always applies')),
      'True when one condition holds',
    );
  },
});
const notCondition = z.strictObject({
  get not() {
    return described(condition, 'True when the condition does not hold');
  },
});

/** One condition, boolean or leaf (json-rules-engine's format). */
const condition: z.ZodMiniType<Condition> = z.union([allCondition, anyCondition, notCondition, leafCondition], { error: CONDITION_SHAPES });

/** A variant's `when`: a boolean condition, as json-rules-engine requires at the top. */
const topCondition = z.union([allCondition, anyCondition, notCondition], {
  error: 'expected {"all": [...]}, {"any": [...]} or {"not": {...}} at the top of "when"',
});

/** A leaf condition. */
export interface LeafCondition {
  fact: string;
  operator: (typeof OPERATORS)[number];
  value: string | number | boolean | null | (string | number | boolean | null)[];
}
/** A condition in json-rules-engine's format. */
export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };
/** A condition allowed at the top of a variant's `when`. */
export type TopLevelCondition = { all: Condition[] } | { any: Condition[] } | { not: Condition };

// ---------------------------------------------------------------------------------------------
// Deadlines

const offsetDeadline = described(
  z.strictObject({
    kind: z.literal('offset'),
    from: described(factName, 'The date fact the period counts from (the day itself is not counted)'),
    amount: z.int().check(z.gte(0), z.lte(100_000)),
    unit: z.enum(['workingDays', 'calendarDays', 'weeks', 'months', 'years']),
    direction: z.enum(['after', 'before']),
    roll: z.optional(described(rollConvention, 'Default: "following" after, "preceding" before; working-day offsets never roll')),
  }),
  'N units after or before a fact date, counted as BLDS 2015 Điều 144–148 say',
);

const immediatelyAfterDeadline = described(
  z.strictObject({ kind: z.literal('immediatelyAfter'), from: factName }),
  'Immediately after an event: the first working day after it (an interpretation)',
);

const fixedDeadline = described(
  z.strictObject({
    kind: z.literal('fixed'),
    date: described(isoDate, 'The date as the text names it'),
    bound: described(z.enum(['before', 'onOrBefore']), '"before": trước ngày D, due D − 1; "onOrBefore": chậm nhất ngày D, due D'),
    roll: z.optional(described(rollConvention, 'Default "none"')),
    opensAfter: z.optional(described(isoDate, 'The window opens the day after this date ("sau khi kết thúc …")')),
    dataPeriod: z.optional(described(z.strictObject({ from: isoDate, to: isoDate }), 'The period the report covers, both days included')),
  }),
  'A fixed date',
);

const windowDeadline = z.discriminatedUnion(
  'span',
  [
    described(z.strictObject({ kind: z.literal('window'), span: z.literal('month'), month }), 'Trong tháng MM/YYYY'),
    described(z.strictObject({ kind: z.literal('window'), span: z.literal('year'), year }), 'Trong năm YYYY'),
    described(
      z.strictObject({
        kind: z.literal('window'),
        span: z.literal('afterFact'),
        fact: described(factName, 'The event; the window opens the day after it'),
        until: described(isoDate, 'The last day of the window'),
      }),
      'From the day after an event to a fixed end',
    ),
  ],
  { error: () => 'expected "span" to be "month", "year" or "afterFact"' },
);

const periodPoint = {
  anchor: described(z.enum(['firstMonth', 'lastMonth']), "The period's first or last month"),
  monthOffset: described(z.int().check(z.gte(-24), z.lte(24)), 'Months from the anchor (−1: the month before)'),
  day: described(z.union([z.int().check(z.gte(1), z.lte(31)), z.literal('last')]), 'Day of that month; a day the month lacks becomes its last day'),
};

const periodicDeadline = described(
  z.strictObject({
    kind: z.literal('periodic'),
    frequency: z.enum(['monthly', 'quarterly', 'halfYearly', 'yearly']),
    periodFact: described(factName, 'The fact naming the period: a month, quarter, half or year fact'),
    data: described(
      z.strictObject({ from: z.strictObject(periodPoint), to: z.strictObject(periodPoint) }),
      'The data period (chốt số liệu), both days included',
    ),
    due: described(z.strictObject({ ...periodPoint, bound: z.enum(['before', 'onOrBefore']) }), 'The due day of each occurrence'),
    roll: z.optional(described(rollConvention, 'Default "none"')),
  }),
  'Periodic: one occurrence per month, quarter, half-year or year',
);

const ongoingDeadline = described(z.strictObject({ kind: z.literal('ongoing'), status: z.optional(text) }), 'Thường xuyên: no due day');
const onOccurrenceDeadline = described(
  z.strictObject({ kind: z.literal('onOccurrence'), event: described(text, 'What triggers the task') }),
  'Khi có phát sinh: no due day',
);
const untilSupersededDeadline = described(
  z.strictObject({
    kind: z.literal('untilSuperseded'),
    until: described(text, 'What ends the task'),
    document: z.optional(described(nonEmpty(), 'The document whose replacement ends it')),
  }),
  'Until a document is replaced: no due day',
);

const deadline = z.discriminatedUnion(
  'kind',
  [
    offsetDeadline,
    immediatelyAfterDeadline,
    fixedDeadline,
    windowDeadline,
    periodicDeadline,
    ongoingDeadline,
    onOccurrenceDeadline,
    untilSupersededDeadline,
  ],
  { error: () => `expected "kind" to be one of ${DEADLINE_KINDS.map((k) => `"${k}"`).join(', ')}` },
);

// ---------------------------------------------------------------------------------------------
// Rules

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;


const source = z.strictObject({
  document: described(nonEmpty(), 'Document number as written, e.g. "QĐ 257/QĐ-UBND"'),
  date: described(isoDate, 'Date the document was signed'),
  issuer: z.optional(nonEmpty()),
  item: described(nonEmpty(), 'Item, article or clause, e.g. "II.2.1" or "Điều 15"'),
  task: z.optional(described(nonEmpty(), 'The task as the document words it')),
  text: described(nonEmpty(), 'The exact Vietnamese wording the rule encodes'),
  verbatim: described(z.boolean(), 'true: "text" was checked against the document (or a faithful copy); false: not checked, see "note"'),
  note: z.optional(text),
  links: z.optional(z.array(url)),
});

const legalRef = z.strictObject({
  document: described(nonEmpty(), 'e.g. "NĐ 63/2010/NĐ-CP"'),
  date: z.optional(isoDate),
  title: z.optional(text),
  articles: z.optional(described(z.array(nonEmpty()), 'e.g. ["Điều 15"]')),
  note: z.optional(text),
  links: z.optional(z.array(url)),
  validFrom: z.optional(described(isoDate, 'First day this document is in force (left out: no known start); an answer dated before it does not cite it')),
  validTo: z.optional(described(isoDate, 'Last day this document is in force (left out: still in force); an answer dated after it does not cite it')),
});

const variant = z.strictObject({
  id: z.string().check(z.regex(slug, 'expected a kebab-case id, e.g. "before-effect"')),
  title: z.optional(text),
  when: z.optional(
    described(topCondition, 'json-rules-engine conditions that select this variant; left out: always. The first variant that holds is chosen'),
  ),
  validOn: z.optional(described(factName, 'The date fact that says which version of the text applies (with "validFrom" / "validTo")')),
  validFrom: z.optional(described(isoDate, 'This version applies when the "validOn" fact is on or after this day')),
  validTo: z.optional(described(isoDate, 'This version applies when the "validOn" fact is on or before this day')),
  source: z.optional(described(source, "The wording of this version of the text, when it differs from the rule's (e.g. a superseded text kept as history)")),
  deadline,
  interpretation: z.optional(described(text, 'How this variant reads the text, when the text leaves room')),
});

const ruleId = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)+$/, 'expected an id like "hp-2025/central-tthc-list"'));

const ruleObject = z.strictObject({
  id: described(ruleId, 'Stable id: never renamed once published'),
  title: text,
  source,
  legalBasis: z.array(legalRef).check(z.minLength(1)),
  facts: described(z._default(z.record(factName, factSpec), {}), 'The facts the rule reads, by name'),
  isDeadline: described(z._default(z.boolean(), true), 'false for an answer that is not a deadline, e.g. the earliest allowed effective date'),
  interpretation: z.optional(described(text, 'How the rule reads the text, when the text leaves room')),
  variants: z.array(variant).check(z.minLength(1)),
});

/**
 * Schema of one rule: shape and consistency (declared facts, value types, interpretations).
 * Parse with English messages via `loadRules`, which also names the file.
 * @example `ruleSchema.safeParse(myRule).success`
 */
export const ruleSchema = ruleObject.check(z.superRefine((rule, ctx) => checkRule(rule as unknown as RuleDefinition, ctx)));

/**
 * Schema of a rule file, `rules/<source>.json`: `{ "$schema": "./schema.json", "rules": [...] }`.
 * @example `ruleFileSchema.safeParse(JSON.parse(text)).success`
 */
export const ruleFileSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    description: z.optional(z.string()),
    rules: z.array(ruleSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((file, ctx) => {
      const seen = new Set<string>();
      file.rules.forEach((r, i) => {
        if (seen.has(r.id)) ctx.addIssue({ code: 'custom', input: r.id, path: ['rules', i, 'id'], message: `rule id "${r.id}" appears twice in this file` });
        seen.add(r.id);
      });
    }),
  );

/** A validated rule, as written in a rule file (defaults filled in). */
export type RuleDefinition = Omit<z.output<typeof ruleObject>, 'variants'> & { variants: VariantDefinition[] };
/** A validated rule file. */
export type RuleFile = z.output<typeof ruleFileSchema>;
/** One variant of a rule. */
export type VariantDefinition = Omit<z.output<typeof variant>, 'when'> & { when?: TopLevelCondition };
/** A deadline, one of the kinds. */
export type DeadlineDefinition = z.output<typeof deadline>;
/** A fact declaration. */
export type FactSpec = z.output<typeof factSpec>;
/** Type of a fact: `date`, `boolean`, `enum`, `month` ('YYYY-MM'), `quarter` ('YYYY-Qn'), `half` ('YYYY-Hn') or `year`. */
export type FactType = FactSpec['type'];
/** The document and wording a rule encodes. */
export type RuleSourceRef = z.output<typeof source>;
/** A legal-basis entry. */
export type LegalRef = z.output<typeof legalRef>;
/** Kind of a deadline: `offset`, `immediatelyAfter`, `fixed`, `window`, `periodic`, `ongoing`, `onOccurrence` or `untilSuperseded`. */
export type DeadlineKind = DeadlineDefinition['kind'];

type Ctx = z.core.$RefinementCtx<unknown>;

// ---------------------------------------------------------------------------------------------
// Consistency checks

const PERIOD_TYPE_OF: Record<string, FactType> = { monthly: 'month', quarterly: 'quarter', halfYearly: 'half', yearly: 'year' };
const COMPARISONS = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);

function valueFits(type: FactType, spec: FactSpec, v: unknown): string | undefined {
  switch (type) {
    case 'boolean':
      return typeof v === 'boolean' ? undefined : 'a boolean, true or false';
    case 'date':
      return typeof v === 'string' && tryParseIsoDay(v) !== undefined ? undefined : "a date 'YYYY-MM-DD' that exists";
    case 'enum': {
      const values = (spec as { values: string[] }).values;
      return typeof v === 'string' && values.includes(v) ? undefined : `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`;
    }
    default: {
      const re = PERIOD_PATTERNS[type];
      const like = { month: '2025-02', quarter: '2025-Q1', half: '2025-H1', year: '2025' }[type];
      return typeof v === 'string' && re.test(v) ? undefined : `a ${type} like ${JSON.stringify(like)}`;
    }
  }
}

/** A declared fact by name; never one of `Object.prototype`'s members (`toString`, `constructor`…). */
const declared = (facts: Record<string, FactSpec>, name: string): FactSpec | undefined => (Object.hasOwn(facts, name) ? facts[name] : undefined);

function checkCondition(c: Condition, path: (string | number)[], facts: Record<string, FactSpec>, ctx: Ctx): void {
  if ('all' in c) return c.all.forEach((x, i) => checkCondition(x, [...path, 'all', i], facts, ctx));
  if ('any' in c) return c.any.forEach((x, i) => checkCondition(x, [...path, 'any', i], facts, ctx));
  if ('not' in c) return checkCondition(c.not, [...path, 'not'], facts, ctx);
  const spec = declared(facts, c.fact);
  const issue = (p: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', input: undefined, path: [...path, ...p], message });
  if (!spec) {
    const known = Object.keys(facts);
    return issue(['fact'], `fact "${c.fact}" is not declared in "facts"${known.length ? ` (declared: ${known.join(', ')})` : ''}`);
  }
  const op = c.operator;
  if (op === 'contains' || op === 'doesNotContain') {
    return issue(['operator'], `"${op}" needs a list fact, and vn-deadlines facts are single values: use "in" or "notIn"`);
  }
  if (COMPARISONS.has(op) && (spec.type === 'boolean' || spec.type === 'enum')) {
    return issue(['operator'], `"${op}" is always false on a ${spec.type} fact in json-rules-engine; use "equal", "notEqual", "in" or "notIn"`);
  }
  if (op === 'in' || op === 'notIn') {
    if (!Array.isArray(c.value)) return issue(['value'], `"${op}" needs a list of values`);
    c.value.forEach((v, i) => {
      const want = valueFits(spec.type, spec, v);
      if (want) issue(['value', i], `fact "${c.fact}" is a ${spec.type}: expected ${want}, got ${JSON.stringify(v)}`);
    });
    return;
  }
  if (Array.isArray(c.value)) return issue(['value'], `"${op}" compares with one value, not a list`);
  const want = valueFits(spec.type, spec, c.value);
  if (want) issue(['value'], `fact "${c.fact}" is a ${spec.type}: expected ${want}, got ${JSON.stringify(c.value)}`);
}

function needFact(facts: Record<string, FactSpec>, name: string, types: FactType[], path: (string | number)[], ctx: Ctx): void {
  const spec = declared(facts, name);
  if (!spec) ctx.addIssue({ code: 'custom', input: undefined, path, message: `fact "${name}" is not declared in "facts"` });
  else if (!types.includes(spec.type)) {
    ctx.addIssue({ code: 'custom', input: undefined, path, message: `fact "${name}" must be of type ${types.join(' or ')}, not ${spec.type}` });
  }
}

type At = (...p: (string | number)[]) => (string | number)[];

/** A variant's own dates of validity and the fact that picks it. */
function checkVariantValidity(v: VariantDefinition, at: At, facts: Record<string, FactSpec>, ctx: Ctx): void {
  if (v.validOn !== undefined) needFact(facts, v.validOn, ['date'], at('validOn'), ctx);
  if ((v.validFrom !== undefined || v.validTo !== undefined) && v.validOn === undefined) {
    const message = '"validFrom" / "validTo" need "validOn": the date fact that says which version applies';
    ctx.addIssue({ code: 'custom', input: undefined, path: at('validOn'), message });
  }
  if (v.validOn !== undefined && v.validFrom === undefined && v.validTo === undefined) {
    ctx.addIssue({ code: 'custom', input: undefined, path: at('validOn'), message: '"validOn" needs "validFrom" or "validTo"' });
  }
  if (v.validFrom !== undefined && v.validTo !== undefined && v.validFrom > v.validTo) {
    ctx.addIssue({ code: 'custom', input: undefined, path: at('validTo'), message: '"validTo" is before "validFrom"' });
  }
}

/** A variant's deadline: the facts it counts from, and the readings that must be stated. */
function checkDeadline(d: DeadlineDefinition, interpreted: boolean, at: At, facts: Record<string, FactSpec>, ctx: Ctx): void {
  switch (d.kind) {
    case 'offset':
      needFact(facts, d.from, ['date'], at('deadline', 'from'), ctx);
      if (d.unit === 'workingDays' && d.roll !== undefined && d.roll !== 'none') {
        const message = 'a working-day offset always lands on a working day: leave "roll" out';
        ctx.addIssue({ code: 'custom', input: undefined, path: at('deadline', 'roll'), message });
      }
      if (d.unit === 'workingDays' && d.amount === 0) {
        ctx.addIssue({ code: 'custom', input: undefined, path: at('deadline', 'amount'), message: 'a working-day offset needs at least 1 working day' });
      }
      if (d.unit !== 'workingDays' && d.direction === 'before' && (d.roll ?? 'preceding') !== 'none' && !interpreted) {
        ctx.addIssue({
          code: 'custom',
          path: at('interpretation'),
          message: '"at least N days before X" rolled to a working day is an interpretation, not BLDS 2015 Điều 148: state it in "interpretation"',
        });
      }
      break;
    case 'immediatelyAfter':
      needFact(facts, d.from, ['date'], at('deadline', 'from'), ctx);
      if (!interpreted) {
        ctx.addIssue({
          code: 'custom',
          path: at('interpretation'),
          message: '"immediately after" read as the first working day after is an interpretation, not BLDS 2015 Điều 148: state it in "interpretation"',
        });
      }
      break;
    case 'window':
      if (d.span === 'afterFact') needFact(facts, d.fact, ['date'], at('deadline', 'fact'), ctx);
      break;
    case 'periodic':
      needFact(facts, d.periodFact, [PERIOD_TYPE_OF[d.frequency]], at('deadline', 'periodFact'), ctx);
      break;
    case 'fixed':
      if (d.dataPeriod && d.dataPeriod.from > d.dataPeriod.to) {
        ctx.addIssue({ code: 'custom', input: undefined, path: at('deadline', 'dataPeriod'), message: '"from" is after "to"' });
      }
      break;
    default:
      break;
  }
}

function checkRule(rule: RuleDefinition, ctx: Ctx): void {
  const facts = rule.facts;
  for (const [name, spec] of Object.entries(facts)) {
    if (spec.type === 'enum' && spec.default !== undefined && !spec.values.includes(spec.default)) {
      const message = `default ${JSON.stringify(spec.default)} is not one of the values`;
      ctx.addIssue({ code: 'custom', input: undefined, path: ['facts', name, 'default'], message });
    }
  }
  rule.legalBasis.forEach((b, i) => {
    if (b.validFrom !== undefined && b.validTo !== undefined && b.validFrom > b.validTo) {
      ctx.addIssue({ code: 'custom', input: undefined, path: ['legalBasis', i, 'validTo'], message: '"validTo" is before "validFrom"' });
    }
  });
  const ids = new Set<string>();
  rule.variants.forEach((v, i) => {
    const at: At = (...p) => ['variants', i, ...p];
    if (ids.has(v.id)) ctx.addIssue({ code: 'custom', input: undefined, path: at('id'), message: `variant id "${v.id}" appears twice` });
    ids.add(v.id);
    if (v.when) checkCondition(v.when, at('when'), facts, ctx);
    checkVariantValidity(v, at, facts, ctx);
    checkDeadline(v.deadline, v.interpretation !== undefined || rule.interpretation !== undefined, at, facts, ctx);
  });
}

// ---------------------------------------------------------------------------------------------
// Depth of conditions

/**
 * How deep `all` / `any` / `not` may nest in a variant's `when` (the `when` itself is level 1).
 * Real rules nest two or three levels; the limit keeps a hostile file from exhausting the stack
 * of the schema, the compiler and the explanation, which all recurse.
 */
const MAX_CONDITION_DEPTH = 64;

interface Visit {
  node: unknown;
  depth: number;
  parent: Visit | undefined;
  key: string | number;
}

const pathOf = (v: Visit | undefined, base: readonly (string | number)[]): (string | number)[] => {
  const keys: (string | number)[] = [];
  for (let x = v; x !== undefined; x = x.parent) keys.push(x.key);
  return [...base, ...keys.reverse()];
};

/** The path of the first condition of one `when` that nests deeper than the limit, found without recursion. */
function tooDeep(when: unknown, base: readonly (string | number)[]): (string | number)[] | undefined {
  const stack: Visit[] = [{ node: when, depth: 1, parent: undefined, key: 'when' }];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (typeof v.node !== 'object' || v.node === null) continue;
    if (v.depth > MAX_CONDITION_DEPTH) return pathOf(v, base);
    const c = v.node as Record<string, unknown>;
    for (const key of ['all', 'any'] as const) {
      const list = Object.hasOwn(c, key) ? c[key] : undefined;
      if (!Array.isArray(list)) continue;
      const parent = { node: list, depth: v.depth, parent: v, key };
      list.forEach((x, i) => stack.push({ node: x, depth: v.depth + 1, parent, key: i }));
    }
    if (Object.hasOwn(c, 'not')) stack.push({ node: c.not, depth: v.depth + 1, parent: v, key: 'not' });
  }
  return undefined;
}

/**
 * Refuses conditions nested deeper than {@link MAX_CONDITION_DEPTH}, before the schema (which
 * recurses) sees them. `value` is a rule (`file: false`) or a rule file (`file: true`).
 * @throws VnDeadlinesError `invalid_rule` naming `where` and the path of the first condition too deep
 * @internal
 */
function checkConditionDepth(value: unknown, file: boolean, where: string, fn: string): void {
  const hasRules = typeof value === 'object' && value !== null && Object.hasOwn(value, 'rules');
  const rules = file ? (hasRules ? (value as { rules: unknown }).rules : undefined) : [value];
  if (!Array.isArray(rules)) return;
  rules.forEach((rule: unknown, i) => {
    const variants = typeof rule === 'object' && rule !== null && Object.hasOwn(rule, 'variants') ? (rule as { variants: unknown }).variants : undefined;
    if (!Array.isArray(variants)) return;
    variants.forEach((variant: unknown, j) => {
      if (typeof variant !== 'object' || variant === null || !Object.hasOwn(variant, 'when')) return;
      const path = tooDeep((variant as { when: unknown }).when, [...(file ? ['rules', i] : []), 'variants', j]);
      if (path === undefined) return;
      const at = path.map(String).join('.');
      const message = `conditions nest deeper than ${MAX_CONDITION_DEPTH} levels; flatten them (an "all" inside an "all" merges into one)`;
      throw errorIn(fn, 'invalid_rule', `${where} at ${at}: ${message}`, { where, issues: [{ path: at, message }] });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Errors and the JSON Schema

let english: z.core.$ZodErrorMap | undefined;

/**
 * Parse options with English messages: zod/mini loads no locale, and setting zod's global
 * config would change it for everyone who imports zod. Applied per parse instead.
 * @internal
 */
export function parseOptions(): { error: z.core.$ZodErrorMap } {
  return { error: (english ??= en().localeError) };
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  errors?: Issue[][];
  keys?: string[];
}

/** The deepest path length a list of issues reaches, looking through unions. */
function reach(issues: Issue[]): number {
  let best = 0;
  for (const i of issues) best = Math.max(best, i.path.length + (i.code === 'invalid_union' && i.errors?.length ? Math.max(...i.errors.map(reach)) : 0));
  return best;
}

/** Flattens zod issues into `path: message` pairs, choosing in each union the branch that got furthest. */
function flatten(issues: Issue[], base: PropertyKey[], out: { path: PropertyKey[]; message: string }[]): void {
  for (const i of issues) {
    const path = [...base, ...i.path];
    if (i.code === 'invalid_union' && i.errors && i.errors.length > 0) {
      const ranked = i.errors
        .map((branch) => ({ branch, depth: reach(branch), rootKeys: branch.some((x) => x.code === 'unrecognized_keys' && x.path.length === 0) }))
        .sort((a, b) => b.depth - a.depth || Number(a.rootKeys) - Number(b.rootKeys) || a.branch.length - b.branch.length);
      const best = ranked[0];
      // No branch got past this object's own keys: the input is not any of the shapes.
      if (best.depth <= 1 && best.rootKeys) out.push({ path, message: i.message });
      else flatten(best.branch, path, out);
    } else {
      out.push({ path, message: i.message });
    }
  }
}

/**
 * Describes a zod error on a rule file as lines `<where> at <path>: <what was expected>`.
 * @internal
 */
function describeRuleIssues(error: z.core.$ZodError, where: string): { text: string; issues: { path: string; message: string }[] } {
  const flat: { path: PropertyKey[]; message: string }[] = [];
  flatten(error.issues, [], flat);
  const issues = flat.map((i) => ({ path: issuePath(i.path), message: i.message }));
  return { text: issueLines(flat, where).join('; '), issues };
}

/** Checks the nesting of conditions, then parses with `schema`; `invalid_rule` naming `where` and the path inside. */
function parseWith<T>(schema: z.ZodMiniType<T>, file: boolean, value: unknown, where: string, fn: string): T {
  checkConditionDepth(value, file, where, fn);
  const parsed = schema.safeParse(value, parseOptions());
  if (parsed.success) return parsed.data;
  const { text, issues } = describeRuleIssues(parsed.error, where);
  throw errorIn(fn, 'invalid_rule', text, { where, issues });
}

/**
 * Validates a rule file (`{ rules: [...] }`) and returns it with defaults filled in: the one
 * check that `loadRules` applies at run time and the build applies to the shipped files.
 * @throws VnDeadlinesError `invalid_rule` naming `where`, the path inside and what was expected
 * @internal
 */
export const parseRuleFile = (value: unknown, where: string, fn: string): RuleFile => parseWith(ruleFileSchema, true, value, where, fn);

/**
 * Validates one rule object and returns it with defaults filled in.
 * @throws VnDeadlinesError `invalid_rule` naming `where`, the path inside and what was expected
 * @internal
 */
export const parseRule = (value: unknown, where: string, fn: string): RuleDefinition => parseWith(ruleSchema, false, value, where, fn);

/**
 * The JSON Schema of rule files, generated from {@link ruleFileSchema} (input form: defaults
 * are optional). Consistency checks (declared facts, value types) are not expressible there;
 * `loadRules` applies them.
 *
 * @returns a JSON Schema (draft 2020-12) object
 * @example
 * ```ts
 * // ruleJsonSchema is private to this module: read through ruleJsonSchemaText
 * JSON.parse(ruleJsonSchemaText()).title; // 'vn-deadlines rule file'
 * ```
 */
function ruleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ruleFileSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'vn-deadlines rule file',
    description:
      'Deadlines as declarative rules. Generated from src/rules/schema.ts (UPDATE_SCHEMAS=1 npx vitest run test/rules/schema.test.ts); do not edit.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/**
 * The exact text of `rules/schema.json`: {@link ruleJsonSchema} as pretty JSON with a final newline.
 * @example
 * ```ts
 * // not run: writes rules/schema.json
 * writeFileSync('rules/schema.json', ruleJsonSchemaText());
 * ```
 */
export function ruleJsonSchemaText(): string {
  return JSON.stringify(ruleJsonSchema(), null, 2) + '\n';
}
