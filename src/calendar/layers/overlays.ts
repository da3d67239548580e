/** Layer 6, local overlays (an agency's or a province's own days), in the order given. */
import { toDay } from '../../core/days.js';
import { VnDeadlinesError } from '../../core/errors.js';
import { show } from '../../core/args.js';
import type { Overlay } from '../../holidays/schema.js';
import { WORKING } from '../flags.js';
import { addReason, type LayeredDays } from './days.js';

type OverlayEntry = Overlay['entries'][number];

/**
 * Applies overlays. Typed values, checked only as far as reading them needs (parseOverlay
 * validates JSON); `range` names the calendar's years in the out-of-coverage error.
 */
export function applyOverlays(days: LayeredDays, overlays: readonly Overlay[], range: { firstYear: number; lastYear: number }): void {
  for (const overlay of overlays) {
    checkOverlay(overlay);
    for (const e of overlay.entries) {
      checkEntry(e);
      const i = toDay(e.date, 'createCalendar', 'overlay date') - days.start;
      if (i < 0 || i >= days.n) {
        throw new VnDeadlinesError(
          'out_of_coverage',
          `createCalendar: ${e.date} is outside the calendar's range ${range.firstYear}-01-01–${range.lastYear}-12-31`,
          {
            value: e.date,
          },
        );
      }
      days.touched.push(i);
      if (e.kind === 'dayOff') days.flags[i] &= ~WORKING;
      else days.flags[i] |= WORKING;
      addReason(days, i, {
        kind: e.kind === 'dayOff' ? 'overlayDayOff' : 'overlayWorkingDay',
        name: { vi: e.name.vi, en: e.name.en ?? e.name.vi },
        documents: (e.documents ?? []).map((id) => ({ id, title: { vi: id, en: id }, evidence: 'S' as const, links: [] })),
        sources: e.sources ?? [],
        note: [overlay.name.en ?? overlay.name.vi, e.note].filter(Boolean).join(': '),
      });
    }
  }
}

function checkOverlay(overlay: Overlay): void {
  if (typeof overlay !== 'object' || overlay === null || !Array.isArray(overlay.entries) || typeof overlay.name?.vi !== 'string') {
    throw new VnDeadlinesError(
      'invalid_data',
      `createCalendar: an overlay is { name: { vi }, entries: [...] }, got ${show(overlay)}; validate overlays with parseOverlay()`,
      {
        value: overlay,
      },
    );
  }
}

function checkEntry(e: OverlayEntry): void {
  if (
    typeof e === 'object' &&
    e !== null &&
    (e.kind === 'dayOff' || e.kind === 'workingDay') &&
    typeof e.name?.vi === 'string' &&
    (e.documents === undefined || Array.isArray(e.documents)) &&
    (e.sources === undefined || Array.isArray(e.sources))
  ) {
    return;
  }
  let text: string;
  try {
    text = JSON.stringify(e) ?? show(e);
  } catch {
    text = show(e);
  }
  throw new VnDeadlinesError(
    'invalid_data',
    `createCalendar: overlay entry ${text} needs kind 'dayOff' or 'workingDay' and a name { vi }; validate overlays with parseOverlay()`,
    {
      value: e,
    },
  );
}
