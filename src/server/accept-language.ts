/** The language of an answer, from the request's `Accept-Language` header. */
import type { Lang } from '../core/lang.js';
import { lastHeaderMemo, qualityList } from './header-list.js';

/**
 * The language an `Accept-Language` header prefers among `vi` and `en`, by quality value
 * (RFC 9110 §12.5.4); `vi` when it names neither, or is absent.
 * @param header - the header's value
 * @returns `vi` or `en`
 * @example `langOfHeader('en-US,en;q=0.9,vi;q=0.8') // 'en'`
 */
export function langOfHeader(header: string | null | undefined): Lang {
  return header ? langOfList(header) : 'vi';
}

const langOfList = lastHeaderMemo((header): Lang => {
  let best: Lang = 'vi';
  let bestQ = 0;
  for (const { token, q } of qualityList(header)) {
    const base = token.split('-')[0];
    if ((base === 'vi' || base === 'en') && q > bestQ) {
      best = base;
      bestQ = q;
    }
  }
  return best;
});
