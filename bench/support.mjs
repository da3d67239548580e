// Helpers shared by the benchmarks: a seeded random source and day numbers ↔ ISO dates.

/** A seeded linear congruential generator: the same figures for the same seed, run after run. */
export function rng(seed) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Milliseconds in a day. */
export const DAY = 86_400_000;

/** The day number (days since 1970-01-01) of a UTC date. */
export const dayOf = (year, month, day) => Date.UTC(year, month - 1, day) / DAY;

/** The ISO date of a day number. */
export const iso = (d) => new Date(d * DAY).toISOString().slice(0, 10);
