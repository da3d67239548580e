declare module 'virtual:vn-holidays' {
  import type { HolidayYear } from './schema.js';
  /** Every official year file, validated at build time, sorted by year. */
  const years: Omit<HolidayYear, '$schema'>[];
  export default years;
}
