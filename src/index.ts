/**
 * vn-deadlines: the Vietnamese civil-service working-day calendar and administrative
 * deadlines as declarative rules, and compliance checks.
 *
 * Each layer lists its public API once, in its own `index.ts`; this entry re-exports them whole.
 * The plan (`vn-deadlines/plan`), the iCalendar files (`vn-deadlines/ics`) and json-rules-engine
 * (`vn-deadlines/engine`) are entries of their own, so that this one stays small.
 * @packageDocumentation
 */
// Everything of the light calendar entry; its createCalendar is replaced below by the one that
// validates overlays with zod (an explicit export takes precedence over `export *`).
export * from './calendar/index.js';
export { createCalendar, type ValidatingCalendarOptions } from './calendar/validated.js';
export * from './holidays/index.js';
export * from './rules/index.js';
export * from './compliance/index.js';
