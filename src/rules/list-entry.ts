/** A rule as the lists give it: `vn-deadlines rules --json` and `GET /v1/rules`. */
import type { CompiledRule } from './types.js';

/**
 * The fields of a rule in a list: id, title, kinds, facts, where its text is, where it was loaded from.
 * @example `ruleListEntry(getRule('hp-2025/central-tthc-list')).kinds // ['offset']`
 * @internal
 */
export const ruleListEntry = (r: CompiledRule) => ({
  id: r.id,
  title: r.title,
  kinds: r.kinds,
  isDeadline: r.isDeadline,
  facts: r.facts,
  source: { document: r.source.document, date: r.source.date, item: r.source.item, text: r.source.text },
  origin: r.origin,
});
