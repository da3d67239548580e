/**
 * The "Tính hạn" view: choose a rule, enter its facts, get the due day with the count and the
 * legal basis. The state lives in the URL (`?rule=…&<fact>=<ISO value>`), so a link reproduces
 * the answer; the URL is updated as the clerk edits.
 */
import { dueDate } from '../../src/rules/due.js';
import type { FactSpec } from '../../src/rules/schema.js';
import type { CompiledRule } from '../../src/rules/types.js';
import { dateField, type DateField } from './date-field.js';
import { parseDmy, parseMonth, toMy } from './dates.js';
import { announce } from './announce.js';
import { byId, h } from './dom.js';
import { renderDue } from './due-result.js';
import { lang, onLangChange, t } from './i18n.js';
import { ruleEntries, searchRules, type RuleEntry } from './rule-index.js';
import { pageParams, setPageParams } from './url-state.js';

/** A fact's input: its name, its spec, and how to read it (ISO or the raw value; `undefined`: not a valid value). */
interface FactInput {
  readonly name: string;
  readonly spec: FactSpec;
  read(): string | boolean | null | undefined;
  readonly element: HTMLElement;
  focusable: HTMLElement;
}

const PERIOD_EXAMPLE: Readonly<Record<string, string>> = { month: '05/2025', quarter: '2025-Q1', half: '2025-H1', year: '2025' };

let current: CompiledRule | null = null;
let inputs: FactInput[] = [];

/** The fact's label: its description in the page's language, and its name. */
const factLabel = (name: string, spec: FactSpec): string => `${spec.description[lang()]} (${name})`;

function dateInput(name: string, spec: FactSpec, initial: string | null): FactInput {
  const f: DateField = dateField(`fact-${name}`, factLabel(name, spec), compute);
  const iso = initial ? parseDmy(initial) : undefined;
  if (iso) f.set(iso);
  else if (initial) f.input.value = initial;
  return { name, spec, read: () => f.value(), element: f.element, focusable: f.input };
}

function choiceInput(name: string, spec: FactSpec, initial: string | null): FactInput {
  const values = spec.type === 'boolean' ? ['true', 'false'] : spec.type === 'enum' ? spec.values : [];
  const deflt = 'default' in spec && spec.default !== undefined ? String(spec.default) : '';
  const select = h(
    'select',
    { id: `fact-${name}` },
    ...(deflt === '' ? [h('option', { value: '' }, t('notGiven'))] : []),
    ...values.map((v) => h('option', { value: v }, v === 'true' ? t('yes') : v === 'false' ? t('no') : v)),
  );
  select.value = initial ?? deflt;
  select.addEventListener('change', compute);
  const read = () => (select.value === '' ? null : spec.type === 'boolean' ? select.value === 'true' : select.value);
  const element = h('div', { class: 'field' }, h('label', { for: select.id }, factLabel(name, spec)), select);
  return { name, spec, read, element, focusable: select };
}

function periodInput(name: string, spec: FactSpec, initial: string | null): FactInput {
  const month = spec.type === 'month';
  const example = PERIOD_EXAMPLE[spec.type] ?? '';
  const input = h('input', { id: `fact-${name}`, type: 'text', placeholder: example, 'aria-describedby': `fact-${name}-hint`, size: 10 });
  input.value = initial === null ? '' : month ? toMy(initial) : initial;
  input.addEventListener('input', compute);
  const read = () => (input.value.trim() === '' ? null : month ? parseMonth(input.value) : input.value.trim());
  const hint = h('span', { id: `fact-${name}-hint`, class: 'hint' }, t('periodHint', { example }));
  const element = h('div', { class: 'field' }, h('label', { for: input.id }, factLabel(name, spec)), input, hint);
  return { name, spec, read, element, focusable: input };
}

function factInput(name: string, spec: FactSpec, initial: string | null): FactInput {
  if (spec.type === 'date') return dateInput(name, spec, initial);
  if (spec.type === 'boolean' || spec.type === 'enum') return choiceInput(name, spec, initial);
  return periodInput(name, spec, initial);
}

/** Builds the facts' inputs of the chosen rule, filled from `values` (the URL's). */
function renderFacts(values: URLSearchParams): void {
  const box = byId('facts');
  inputs = current ? Object.entries(current.facts).map(([name, spec]) => factInput(name, spec, values.get(name))) : [];
  box.replaceChildren(...(inputs.length ? inputs.map((i) => i.element) : [h('p', {}, t('noFacts'))]));
}

/** The facts as the library takes them, or the message that says what is wrong. */
function readFacts(): { facts: Record<string, unknown> } | { message: string } {
  const facts: Record<string, unknown> = {};
  for (const i of inputs) {
    const v = i.read();
    if (v === undefined) {
      const raw = (i.focusable as HTMLInputElement).value;
      return { message: t('invalidDate', { name: i.spec.description[lang()], value: raw }) };
    }
    if (v !== null) facts[i.name] = v;
  }
  return { facts };
}

/** Shows a message instead of an answer, and says it. */
function message(out: HTMLElement, text: string, error: boolean): void {
  out.replaceChildren(h('p', error ? { class: 'error', role: 'alert' } : { class: 'hint' }, text));
  announce(text);
}

/** Recomputes the answer from the form, shows it, says the due day and puts the state in the URL. */
function compute(): void {
  const out = byId('due-result');
  if (!current) return out.replaceChildren();
  const read = readFacts();
  const params: Record<string, string> = { rule: current.id };
  if ('facts' in read) for (const [k, v] of Object.entries(read.facts)) params[k] = String(v);
  setPageParams(params);
  if ('message' in read) return message(out, read.message, true);
  const missing = inputs.find((i) => i.spec.type === 'date' && i.spec.required && read.facts[i.name] === undefined);
  if (missing) return message(out, t('missing', { name: missing.spec.description[lang()] }), false);
  try {
    renderDue(out, dueDate(current.id, read.facts), current, location.href);
    announce(out.querySelector('.due, #due-day')?.textContent ?? '');
  } catch (e) {
    message(out, t('error', { message: (e as Error).message }), true);
  }
}

const optionText = (e: RuleEntry): string => `${e.rows.length ? `${e.rows.join(', ')} · ` : ''}${e.rule.title[lang()]} — ${e.rule.id}`;

/** Fills the rule list with the rules that match the search box, keeping the choice. */
function renderRuleList(): void {
  const list = byId<HTMLSelectElement>('rule-list');
  const found = searchRules(byId<HTMLInputElement>('rule-search').value);
  list.replaceChildren(...found.map((e) => h('option', { value: e.rule.id, selected: e.rule.id === current?.id }, optionText(e))));
  byId('rule-count').textContent = t('ruleCount', { n: found.length });
}

function choose(id: string, values: URLSearchParams): void {
  current = ruleEntries().find((e) => e.rule.id === id)?.rule ?? null;
  byId<HTMLSelectElement>('rule-list').value = id;
  renderFacts(values);
  compute();
}

/** Wires the view: the search box, the list, and the state from the URL. */
export function initDueView(): void {
  const search = byId<HTMLInputElement>('rule-search');
  const list = byId<HTMLSelectElement>('rule-list');
  byId('due-form').addEventListener('submit', (e) => e.preventDefault());
  search.addEventListener('input', renderRuleList);
  list.addEventListener('change', () => choose(list.value, new URLSearchParams()));
  const params = pageParams();
  renderRuleList();
  const id = params.get('rule') ?? ruleEntries()[0]?.rule.id;
  if (id) choose(id, params);
  onLangChange(() => {
    const keep = pageParams();
    renderRuleList();
    if (current) choose(current.id, keep);
  });
}
