/**
 * A date field as clerks write dates: a text input that shows and accepts dd/mm/yyyy (a native
 * `<input type=date>` shows the browser's locale, often mm/dd/yyyy), beside a button that opens
 * the browser's own date picker (a hidden `<input type=date>`), which fills the text. The value is kept as ISO `YYYY-MM-DD`.
 */
import { parseDmy, toDmy } from './dates.js';
import { h } from './dom.js';
import { t } from './i18n.js';

export interface DateField {
  /** The wrapper: label, text input and picker. */
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  /** The ISO day typed or picked; `undefined` when empty or not a date; `null` when empty. */
  value(): string | null | undefined;
  /** Sets the day (ISO), or clears it. */
  set(iso: string | null): void;
}

/** A small calendar drawn in SVG (no icon font, no emoji: the page loads nothing else). */
function calendarIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M2 3h12v11H2zM2 6h12M5 1v4M11 1v4M4 8h2v2H4zM7 8h2v2H7zM10 8h2v2h-2zM4 11h2v2H4zM7 11h2v2H7z');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  svg.append(path);
  return svg;
}

/** A labelled dd/mm/yyyy field; `onChange` runs after each edit. */
export function dateField(id: string, label: string, onChange: () => void): DateField {
  const input = h('input', {
    id,
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    placeholder: t('datePattern'),
    pattern: '\\s*\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}\\s*|\\d{4}-\\d{2}-\\d{2}',
    'aria-describedby': `${id}-hint`,
    size: 12,
  });
  // The native picker, out of sight and out of the tab order; the button beside the text opens it.
  const picker = h('input', { type: 'date', class: 'picker', tabindex: -1, 'aria-hidden': 'true' });
  const open = h(
    'button',
    { type: 'button', class: 'pick', 'aria-label': t('pickDate', { name: label }), title: t('pickDate', { name: label }) },
    calendarIcon(),
  );
  open.addEventListener('click', () => picker.showPicker());
  const hint = h('span', { id: `${id}-hint`, class: 'hint' }, t('datePattern'));
  const value = (): string | null | undefined => (input.value.trim() === '' ? null : parseDmy(input.value));
  const sync = () => {
    const v = value();
    input.setAttribute('aria-invalid', String(v === undefined));
    picker.value = v ?? '';
  };
  input.addEventListener('input', () => {
    sync();
    onChange();
  });
  picker.addEventListener('change', () => {
    input.value = picker.value ? toDmy(picker.value) : '';
    sync();
    onChange();
  });
  const element = h('div', { class: 'field date-field' }, h('label', { for: id }, label), h('span', { class: 'date-inputs' }, input, open, picker), hint);
  return {
    element,
    input,
    value,
    set(iso) {
      input.value = iso === null ? '' : toDmy(iso);
      sync();
    },
  };
}
