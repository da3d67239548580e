/**
 * The page's state in its address: `view` (due, check, calendar), `lang` (en; Vietnamese is the
 * default) and the "Tính hạn" answer (`rule` and its facts, ISO). Changed with
 * `history.replaceState`, so the address always reproduces what is on screen and editing does
 * not fill the browser's history.
 */
const PAGE_KEYS = new Set(['view', 'lang']);

/** The address's parameters. */
export function pageParams(): URLSearchParams {
  return new URLSearchParams(location.search);
}

/** Replaces the answer's parameters (all but `view` and `lang`) with `values`. */
export function setPageParams(values: Readonly<Record<string, string>>): void {
  const next = new URLSearchParams();
  for (const [k, v] of pageParams()) if (PAGE_KEYS.has(k)) next.set(k, v);
  for (const [k, v] of Object.entries(values)) next.set(k, v);
  write(next);
}

/** Sets one of the page's own parameters (`view`, `lang`); `null` removes it. */
export function setPageParam(key: 'view' | 'lang', value: string | null): void {
  const next = pageParams();
  if (value === null) next.delete(key);
  else next.set(key, value);
  write(next);
}

function write(params: URLSearchParams): void {
  const query = params.toString().replaceAll('%2F', '/');
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}
