/** The bits of a calendar day's flags (`Uint8Array`, one byte a day). */

/** The day is a working day. */
export const WORKING = 1;
/** The day rests on the law alone (a year without official data). */
export const PROVISIONAL = 2;
/** A pending announcement is dated on the day. */
export const PENDING = 4;
