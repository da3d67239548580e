/**
 * What a screen reader says after a change: one short sentence (the due day, an error, the
 * year's status) in the page's polite live region `#announce`, rather than a whole result table.
 */
import { byId } from './dom.js';

export function announce(text: string): void {
  byId('announce').textContent = text;
}
