/** The language of an answer, from the request's `Accept-Language` header. */
import type { Lang } from '../core/lang.js';

/**
 * The language an `Accept-Language` header prefers among `vi` and `en`, by quality value
 * (RFC 9110 §12.5.4); `vi` when it names neither, or is absent.
 * @param header - the header's value
 * @returns `vi` or `en`
 * @example `langOfHeader('en-US,en;q=0.9,vi;q=0.8') // 'en'`
 */
export function langOfHeader(header: string | null | undefined): Lang {
  let best: Lang = 'vi';
  let bestQ = 0;
  for (const part of (header ?? '').split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const base = tag.trim().split('-')[0];
    if (base !== 'vi' && base !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (Number.isFinite(q) && q > bestQ) {
      best = base;
      bestQ = q;
    }
  }
  return best;
}
