/** The events of a dossier's life that move its clock, as given and as the clock reads them. */
import { invalidArgument } from '../core/args.js';
import { toInstant, toInstantOrEndOfDay, type InstantInput } from './instant.js';

/**
 * An event of a dossier:
 * - `supplementRequested`: the office asks for supplements or corrections (*yêu cầu bổ sung,
 *   hoàn thiện hồ sơ*); the clock stops;
 * - `supplementReceived`: the complete supplements arrive; the clock pauses-and-resumes or
 *   restarts, as the procedure's profile says;
 * - `extended`: an extension (*gia hạn*) of `amount` working days or hours (the profile's unit), with its reason;
 * - `stopped`: processing stopped without a result (*dừng giải quyết*, with its reason): the clock
 *   ends; the dossier is left out of the early / on-time / late counts;
 * - `reappointed`: an apology letter with a new appointment (*xin lỗi và hẹn lại ngày trả kết
 *   quả*): `dueAt` an instant, or a day `YYYY-MM-DD` (the end of its last session).
 */
export type DossierEvent =
  | { kind: 'supplementRequested'; at: InstantInput }
  | { kind: 'supplementReceived'; at: InstantInput }
  | { kind: 'extended'; at: InstantInput; amount: number; reason: string }
  | { kind: 'reappointed'; at: InstantInput; dueAt: InstantInput; reason: string }
  | { kind: 'stopped'; at: InstantInput; reason: string };

/** An event read: its instant in epoch ms. @internal */
export interface ReadEvent {
  kind: DossierEvent['kind'];
  at: number;
  amount: number;
  reason: string;
  /** For `reappointed`: the new appointment (ms), or a day number when given as a day (`dueIsDay`). */
  due: number;
  dueIsDay: boolean;
}

const KINDS = new Set(['supplementRequested', 'supplementReceived', 'extended', 'reappointed', 'stopped']);

function readOne(e: unknown, i: number, fn: string): ReadEvent {
  const what = `events[${i}]`;
  if (typeof e !== 'object' || e === null) throw invalidArgument(fn, what, 'an object { kind, at, … }', e);
  const ev = e as Record<string, unknown>;
  if (!KINDS.has(ev.kind as string)) throw invalidArgument(fn, `${what}.kind`, `one of ${[...KINDS].join(', ')}`, ev.kind);
  const out: ReadEvent = { kind: ev.kind as ReadEvent['kind'], at: toInstant(ev.at, fn, `${what}.at`), amount: 0, reason: '', due: 0, dueIsDay: false };
  if (out.kind === 'extended' || out.kind === 'reappointed' || out.kind === 'stopped') {
    if (typeof ev.reason !== 'string' || ev.reason.trim() === '') throw invalidArgument(fn, `${what}.reason`, 'the reason, a non-empty string', ev.reason);
    out.reason = ev.reason;
  }
  if (out.kind === 'extended') {
    if (!Number.isInteger(ev.amount) || (ev.amount as number) < 1 || (ev.amount as number) > 10_000)
      throw invalidArgument(fn, `${what}.amount`, 'a whole number of working days or hours from 1 to 10000', ev.amount);
    out.amount = ev.amount as number;
  }
  if (out.kind === 'reappointed') {
    out.dueIsDay = typeof ev.dueAt === 'string' && ev.dueAt.length === 10;
    const ms = toInstantOrEndOfDay(ev.dueAt, fn, `${what}.dueAt`);
    out.due = out.dueIsDay ? Math.floor((ms + 7 * 3_600_000) / 86_400_000) : ms;
  }
  return out;
}

const NO_EVENTS: readonly ReadEvent[] = Object.freeze([]);

/** The events, checked, in the order of their instants (equal instants keep their order). @internal */
export function readEvents(events: unknown, fn: string, receivedAt: number): readonly ReadEvent[] {
  if (events === undefined || events === null) return NO_EVENTS;
  if (!Array.isArray(events)) throw invalidArgument(fn, 'events', 'an array of events', events);
  const list = events as unknown[];
  const out = list.map((e, i) => readOne(e, i, fn));
  let sorted = true;
  for (let i = 0; i < out.length; i++) {
    if (out[i].at < receivedAt) throw invalidArgument(fn, `events[${i}].at`, 'an instant on or after receivedAt', (list[i] as { at: unknown }).at);
    if (i > 0 && out[i].at < out[i - 1].at) sorted = false;
  }
  // A register lists events in order: nothing to sort (a stable sort would keep that order).
  if (sorted) return out;
  return out
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at - b.e.at || a.i - b.i)
    .map((x) => x.e);
}
