/**
 * The clerks' page: three views (Tính hạn, Kiểm tra tệp, Lịch) as tabs, Vietnamese by default
 * with an English switch, the state in the address, and a service worker so that the page works
 * offline once loaded. Everything runs here, in the browser: no request leaves the page.
 */
import { initCalendarView } from './calendar-view.js';
import { initCheckView } from './check-view.js';
import { byId } from './dom.js';
import { initDueView } from './due-view.js';
import { applyTexts, lang, onLangChange, setLang } from './i18n.js';
import { initTabs } from './tabs.js';
import { pageParams, setPageParam } from './url-state.js';

function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js').then(
    () => navigator.serviceWorker.ready.then(() => (byId('offline').hidden = false)),
    () => undefined,
  );
}

/** The switch names the other language, in that language: its `lang` is that language's. */
function markSwitch(): void {
  byId('lang-switch').lang = lang() === 'vi' ? 'en' : 'vi';
}

function main(): void {
  onLangChange(markSwitch);
  if (pageParams().get('lang') === 'en') setLang('en');
  initTabs();
  initDueView();
  initCheckView();
  initCalendarView();
  // After the views, which build some of the elements the static texts fill.
  applyTexts();
  markSwitch();
  byId('lang-switch').addEventListener('click', () => {
    const next = lang() === 'vi' ? 'en' : 'vi';
    setPageParam('lang', next === 'en' ? 'en' : null);
    setLang(next);
  });
  document.body.dataset.ready = 'true';
  registerServiceWorker();
}

main();
