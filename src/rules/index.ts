/**
 * Deadlines as declarative rules: the public API of `src/rules`, re-exported whole by the main
 * entry. `toEngineRules` lives in `./engine.js` (it imports json-rules-engine) and is the
 * `vn-deadlines/engine` entry. Internal on purpose: the JSON Schema generator (`ruleJsonSchema`;
 * the schema ships as `rules/schema.json`, and zod's JSON Schema code would add ~40 KB), and the
 * condition evaluator (`compileCondition`, `evaluateCondition`): conditions are part of a rule, and
 * users ask for a rule's answer (`selectVariant`, `dueDate`), never for one condition's.
 */
export { dueDate, occurrences, selectVariant, normalizeFacts } from './due.js';
export { loadRules, getRule, shippedRules, RuleSet, type RuleInput, type LoadRulesOptions } from './registry.js';
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
export type { CompiledRule, RuleVariant, DueResult, DueResultJson, DueStep, DueStepKind, DataPeriod } from './types.js';
export type { DueOptions } from './options.js';
