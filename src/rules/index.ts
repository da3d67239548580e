/**
 * Deadlines as declarative rules: the public API of `src/rules`. `toEngineRules` lives in
 * `./engine.js` (it imports json-rules-engine) and is exported separately. The JSON Schema
 * generator (`ruleJsonSchema`) stays out of the public API: the schema ships as
 * `rules/schema.json`, and keeping zod's JSON Schema code out of the bundle saves ~40 KB.
 */
export { dueDate, occurrences, selectVariant, normalizeFacts } from './due.js';
export { loadRules, getRule, shippedRules, RuleSet, type RuleInput, type LoadRulesOptions } from './registry.js';
export { compileCondition, evaluateCondition, type CompiledCondition, type FactValues } from './conditions.js';
export {
  ruleSchema,
  ruleFileSchema,
  OPERATORS,
  DEADLINE_KINDS,
  FACT_TYPES,
  type Condition,
  type LeafCondition,
  type TopLevelCondition,
  type RuleFile,
  type RuleDefinition,
  type VariantDefinition,
  type DeadlineDefinition,
  type DeadlineKind,
  type FactSpec,
  type FactType,
  type LegalRef,
  type RuleSourceRef,
} from './schema.js';
export type { FactValue } from './facts.js';
export type { CompiledRule, RuleVariant, DueResult, DueResultJson, DueStep, DueStepKind, DueOptions, DataPeriod } from './types.js';
