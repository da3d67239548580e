/**
 * vn-deadlines: the Vietnamese civil-service working-day calendar and administrative
 * deadlines as declarative rules, and compliance checks.
 *
 * Each layer lists its public API once, in its own `index.ts`; this entry re-exports them whole.
 * Entries of their own keep this one small: JSON from outside validated with zod
 * (`vn-deadlines/validate`: `loadRules`, `compileRule`, `parseOverlay`, `parseHolidayYear`), the
 * plan (`vn-deadlines/plan`), iCalendar files (`vn-deadlines/ics`) and json-rules-engine
 * (`vn-deadlines/engine`).
 * @packageDocumentation
 */
export * from './calendar/index.js';
export * from './rules/index.js';
export * from './compliance/index.js';
