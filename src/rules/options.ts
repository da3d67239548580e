/**
 * The options of the rule functions. Apart from `types.ts` so that the types of results do not
 * import the rule set (`registry.ts`), which imports them: no type cycle.
 */
import type { Calendar } from '../calendar/calendar.js';
import type { RuleSet } from './registry.js';

/** Options of {@link dueDate} and {@link occurrences}. */
export interface DueOptions {
  /** The calendar to count on. Default: `getDefaultCalendar()`. */
  calendar?: Calendar;
  /** Where rule ids are looked up. Default: the shipped rules; see `loadRules` (`vn-deadlines/validate`). */
  rules?: RuleSet;
}
