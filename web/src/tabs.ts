/**
 * The three views as an ARIA tab list: arrow keys, Home and End move between the tabs (and show
 * the view), Tab goes on into the view. The view shown is kept in the address (`?view=`).
 */
import { byId } from './dom.js';
import { pageParams, setPageParam } from './url-state.js';

const VIEWS = ['due', 'check', 'calendar'] as const;
type View = (typeof VIEWS)[number];

function show(view: View, focus = false): void {
  for (const v of VIEWS) {
    const tab = byId(`tab-${v}`);
    tab.setAttribute('aria-selected', String(v === view));
    tab.tabIndex = v === view ? 0 : -1;
    byId(`view-${v}`).hidden = v !== view;
  }
  if (focus) byId(`tab-${view}`).focus();
  setPageParam('view', view === 'due' ? null : view);
}

/** Wires the tabs and shows the view the address names (default: Tính hạn). */
export function initTabs(): void {
  VIEWS.forEach((v, i) => {
    const tab = byId(`tab-${v}`);
    tab.addEventListener('click', () => show(v));
    tab.addEventListener('keydown', (e) => {
      const to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? VIEWS.length - 1 : null;
      if (to === null) return;
      e.preventDefault();
      show(VIEWS[(to + VIEWS.length) % VIEWS.length], true);
    });
  });
  const asked = pageParams().get('view');
  show(VIEWS.find((v) => v === asked) ?? 'due');
}
