/**
 * `vn-deadlines/validate`: JSON from outside, checked against the library's zod schemas before
 * use: users' rule files and rule objects (`loadRules` (`vn-deadlines/validate`), {@link compileRule}), overlays and
 * official year files ({@link parseOverlay}, {@link parseHolidayYear}), and the schemas
 * themselves. Kept apart from the main entry because zod is most of its weight; the shipped
 * rules and years were validated when the package was built.
 * @packageDocumentation
 */
export { loadRules, compileRule, type RuleInput, type LoadRulesOptions } from './rules/load.js';
export { ruleSchema, ruleFileSchema } from './rules/schema.js';
export * from './holidays/index.js';
