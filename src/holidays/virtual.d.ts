declare module 'virtual:vn-holidays' {
  /** Every official year file, validated at build time, sorted by year. */
  const years: Omit<import('./schema.js').HolidayYear, '$schema'>[];
  export default years;
}

declare module 'virtual:vn-observances' {
  /** date-holidays' Vietnamese observances as solar or lunar month/day rules, read at build time. */
  const observances: { calendar: 'solar' | 'lunar'; month: number; day: number; name: { vi: string; en: string } }[];
  export default observances;
}

declare module 'virtual:vn-statutory' {
  /**
   * The days off of `statutoryDays(year)` inside each year from `firstYear`, computed at build
   * time: years comma-separated, each day d of the year as the two characters `char0 + (d >> 5)`, `char0 + (d & 31)`.
   */
  const statutory: { firstYear: number; char0: number; days: string };
  export default statutory;
}
