/**
 * Deadlines as declarative rules: the public API of `src/rules`, re-exported whole by the main
 * entry. Nothing here loads zod: the shipped rules were validated at build time. Validating
 * users' rules (`loadRules`, `compileRule`, the zod schemas) is `vn-deadlines/validate`
 * (`src/validate.ts`); `toEngineRules` lives in `./engine.js` (it imports json-rules-engine) and is
 * the `vn-deadlines/engine` entry. Internal on purpose: the JSON Schema generator (`ruleJsonSchema`;
 * the schema ships as `rules/schema.json`), and the condition evaluator (`compileCondition`,
 * `evaluateCondition`): conditions are part of a rule, and users ask for a rule's answer
 * (`selectVariant`, `dueDate`), never for one condition's.
 */
export { dueDate, occurrences, selectVariant, normalizeFacts } from './due.js';
export { getRule, shippedRules, RuleSet } from './registry.js';
export { OPERATORS, DEADLINE_KINDS, FACT_TYPES } from './vocabulary.js';
export type {
  Condition,
  LeafCondition,
  TopLevelCondition,
  RuleFile,
  RuleDefinition,
  VariantDefinition,
  DeadlineDefinition,
  DeadlineKind,
  FactSpec,
  FactType,
  LegalRef,
  RuleSourceRef,
} from './schema.js';
export type { FactValue } from './facts.js';
export type { CompiledRule, RuleVariant, DueResult, DueResultJson, DueStep, DueStepKind, DataPeriod } from './types.js';
export type { DueOptions } from './options.js';
