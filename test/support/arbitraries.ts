/** fast-check arbitraries shared by the property tests: days are integers mapped to dates. */
import fc from 'fast-check';
import { daysFromCivil, formatDay } from '../../src/core/days.js';

/** A day number in [first, last] (years), so that shrinking works on integers. */
export const dayIn = (firstYear: number, lastYear: number) => fc.integer({ min: daysFromCivil(firstYear, 1, 1), max: daysFromCivil(lastYear, 12, 31) });

/** An ISO date in [first, last] (years). */
export const isoIn = (firstYear: number, lastYear: number) => dayIn(firstYear, lastYear).map(formatDay);

/** A working-day offset. */
export const offset = fc.integer({ min: -400, max: 400 });
