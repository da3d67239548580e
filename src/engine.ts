/**
 * `vn-deadlines/engine`: the shipped rules as json-rules-engine `Rule` objects, for users who
 * run their own engine. Kept apart from the main entry because json-rules-engine costs ~25 ms
 * to import.
 * @packageDocumentation
 */
export { toEngineRules, toEngineRuleProperties, type VariantEvent } from './rules/engine.js';
