import type * as z from 'zod/mini';
import { VnDeadlinesError } from '../core/errors.js';
import { invalidArgument } from '../core/args.js';
import { overlaySchema, type Overlay } from './schema.js';

/** Formats zod issues as `where: what` lines. */
export function describeIssues(error: z.core.$ZodError, where: string): string {
  return error.issues.map((i) => `${where} at ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('; ');
}

/**
 * Validates an overlay (an agency's or a province's own days off and working days), as
 * parsed JSON, against the overlay schema (`holidays/overlay.schema.json`).
 *
 * @param value - the parsed JSON
 * @param where - how to name it in errors, e.g. its file name
 * @returns the overlay, typed
 * @throws VnDeadlinesError `invalid_data`, naming the path inside the overlay and what was expected
 * @example
 * ```ts
 * const overlay = parseOverlay({
 *   name: { vi: 'Sở Tư pháp' },
 *   entries: [{ date: '2025-06-02', kind: 'dayOff', name: { vi: 'Nghỉ chuyển trụ sở', en: 'Office move' } }],
 * });
 * ```
 */
export function parseOverlay(value: unknown, where = 'overlay'): Overlay {
  if (typeof where !== 'string') throw invalidArgument('parseOverlay', 'where', 'text naming the overlay, e.g. its file name', where);
  const parsed = overlaySchema.safeParse(value);
  if (!parsed.success) {
    throw new VnDeadlinesError('invalid_data', `parseOverlay: ${describeIssues(parsed.error, where)}`, {
      issues: parsed.error.issues,
    });
  }
  return parsed.data;
}
