/** The days a layer builder works on, and the reasons each layer records. */
import type { DayReason, PendingNotice } from '../types.js';

/** The calendar being built: one flag byte a day, index `i` for day number `start + i`. */
export interface LayeredDays {
  /** Day number of index 0 (1 January of the first year). */
  readonly start: number;
  /** Number of days. */
  readonly n: number;
  /** WORKING, PROVISIONAL, PENDING bits (see ../flags.ts). */
  readonly flags: Uint8Array;
  /** Reasons recorded by the layers, by index (derived reasons apart: see `derivedReasons`). */
  readonly reasons: Map<number, DayReason[]>;
  /** Pending announcements, by index. */
  readonly pendingByIndex: Map<number, PendingNotice[]>;
  /**
   * Years whose statutory reasons were not made while building (their flags came from
   * precomputed days): a day of such a year that is still provisional has the reasons of
   * `derive(year)` first, made on demand.
   */
  readonly lazyYears: Set<number>;
  /** Indexes whose WORKING bit a layer after the weekly rest wrote (with repeats): what the working-day counts differ by from weekly rest alone. */
  readonly touched: number[];
}

/** Adds a reason to a day, after those it has. */
export function addReason(days: LayeredDays, i: number, reason: DayReason): void {
  const list = days.reasons.get(i);
  if (list) list.push(reason);
  else days.reasons.set(i, [reason]);
}
