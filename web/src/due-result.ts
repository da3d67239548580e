/**
 * The answer of "Tính hạn": the due day (`Thứ Hai, 10/02/2025`), the count day by day (each
 * working day counted, each day skipped with its reasons and their documents), the other steps,
 * the source and legal basis, the library's full explanation, and the link that reproduces it.
 */
import type { DayReason } from '../../src/calendar/types.js';
import type { CompiledRule, DueResult, DueStep } from '../../src/rules/types.js';
import { longDay, toMy } from './dates.js';
import { h } from './dom.js';
import { lang, t } from './i18n.js';

const reasonText = (r: DayReason): string => {
  const name = r.kind === 'weekend' ? `${r.name[lang()]} (${t('weekend')})` : r.name[lang()];
  return r.documents.length ? `${name} — ${r.documents.map((d) => d.id).join('; ')}` : name;
};

/** The count: a table of the days counted and skipped. */
function countTable(steps: readonly DueStep[]): HTMLElement | null {
  const days = steps.filter((s) => (s.kind === 'count' || s.kind === 'skip') && s.date !== null);
  if (days.length === 0) return null;
  const rows = days.map((s) =>
    h(
      'tr',
      { class: s.kind === 'skip' ? 'skip' : 'count' },
      h('td', {}, longDay(s.date!, lang())),
      h('td', {}, s.kind === 'count' ? t('counted', { n: s.n ?? '' }) : t('skipped')),
      h('td', {}, (s.reasons ?? []).map(reasonText).join('; ')),
    ),
  );
  return h(
    'section',
    { 'aria-labelledby': 'count-title' },
    h('h3', { id: 'count-title' }, t('countTitle')),
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        { id: 'count-table' },
        h(
          'thead',
          {},
          h('tr', {}, h('th', { scope: 'col' }, t('colDay')), h('th', { scope: 'col' }, t('colCount')), h('th', { scope: 'col' }, t('colReason'))),
        ),
        h('tbody', {}, ...rows),
      ),
    ),
  );
}

/** The source, the legal basis and the interpretation. */
function basis(r: DueResult, quote: CompiledRule['source']): HTMLElement {
  const l = lang();
  return h(
    'section',
    { 'aria-labelledby': 'basis-title' },
    h('h3', { id: 'basis-title' }, t('basisTitle')),
    h('p', {}, h('strong', {}, `${t('source')}: `), `${quote.document}, ${quote.item}: `, h('q', { lang: 'vi' }, quote.text)),
    h('ul', {}, ...r.legalBasis.map((b) => h('li', {}, [b.document, b.articles?.join(', '), b.title?.[l], b.note?.[l]].filter(Boolean).join(' — ')))),
    r.interpretation && h('p', {}, h('strong', {}, `${t('interpretation')}: `), r.interpretation[l]),
  );
}

/** The due day and what goes with it (last working day, window, period, provisional and pending notes). */
function headline(r: DueResult): HTMLElement {
  const l = lang();
  const day = (iso: string) => longDay(iso, l);
  return h(
    'div',
    { class: 'headline' },
    h('p', { class: 'title' }, r.title[l]),
    r.due === null
      ? h('p', { id: 'due-day' }, t('noDue'))
      : h('p', { class: 'due' }, `${r.isDeadline ? t('due') : t('earliest')}: `, h('strong', { id: 'due-day' }, day(r.due))),
    r.lastWorkingDay && r.lastWorkingDay !== r.due && h('p', {}, t('lastWorkingDay', { day: day(r.lastWorkingDay) })),
    r.windowStart && r.due && h('p', {}, t('window', { from: day(r.windowStart), to: day(r.due) })),
    r.period && h('p', {}, t('period', { period: toMy(r.period) })),
    r.dataPeriod && h('p', {}, t('dataPeriod', { from: day(r.dataPeriod.from), to: day(r.dataPeriod.to) })),
    r.note && h('p', {}, r.note[l]),
    r.dependsOnProvisional && h('p', { class: 'warn' }, t('provisional')),
    ...r.pending.map((p) => h('p', { class: 'warn' }, t('pendingNote', { date: day(p.date), name: p.name[l] }))),
  );
}

/** Shows a due-date answer in `out` (the page's live region). */
export function renderDue(out: HTMLElement, r: DueResult, rule: CompiledRule, link: string): void {
  const l = lang();
  const others = r.steps.filter((s) => s.kind !== 'count' && s.kind !== 'skip');
  out.replaceChildren(
    headline(r),
    countTable(r.steps) ?? '',
    others.length ? h('section', {}, h('h3', {}, t('otherSteps')), h('ul', { class: 'steps' }, ...others.map((s) => h('li', {}, s.text[l])))) : '',
    basis(r, rule.source),
    h('details', {}, h('summary', {}, t('explanation')), h('pre', { class: 'explanation' }, r.explanation[l])),
    h('p', { class: 'link' }, h('a', { href: link, id: 'answer-link' }, t('link'))),
  );
}
