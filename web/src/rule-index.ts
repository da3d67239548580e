/**
 * The rules a clerk can choose, searchable by id, by the plan row that uses them (QĐ 257/QĐ-UBND,
 * `II.2.1`) and by name, with or without diacritics (the plan's own folding, `foldUnitName`).
 */
import { getPlan } from '../../src/plan/data.js';
import { foldUnitName } from '../../src/plan/text.js';
import { shippedRules } from '../../src/rules/registry.js';
import type { CompiledRule } from '../../src/rules/types.js';

export interface RuleEntry {
  readonly rule: CompiledRule;
  /** The plan rows whose schedule uses the rule, e.g. `['II.2.1']`. */
  readonly rows: readonly string[];
  /** Everything searchable, folded. */
  readonly folded: string;
}

/** Plan row numbers by rule id (a row's own schedule and its items'). */
function rowsByRule(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const row of getPlan().rows) {
    const ids = new Set([...(row.schedule.ruleIds ?? []), ...(row.items ?? []).flatMap((i) => i.schedule.ruleIds ?? [])]);
    for (const id of ids) out.set(id, [...(out.get(id) ?? []), row.number]);
  }
  return out;
}

let entries: RuleEntry[] | undefined;

/** Every shipped rule with its plan rows, by plan row then id (rules outside the plan last). */
export function ruleEntries(): readonly RuleEntry[] {
  if (entries) return entries;
  const rows = rowsByRule();
  entries = [...shippedRules()].map((rule) => {
    const r = rows.get(rule.id) ?? [];
    const text = [rule.id, ...r, rule.title.vi, rule.title.en, rule.source.document, rule.source.item].join(' ');
    return { rule, rows: r, folded: ` ${foldUnitName(text)} ${r.join(' ').toLowerCase()} ${rule.id}` };
  });
  const key = (e: RuleEntry) => (e.rows.length ? `0 ${e.rows[0].replace(/\d+/g, (n) => n.padStart(3, '0'))}` : `1 ${e.rule.id}`);
  entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return entries;
}

/** The rules whose id, plan row or name contain every word of the query (folded). */
export function searchRules(query: string): readonly RuleEntry[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length === 0) return ruleEntries();
  return ruleEntries().filter((e) => words.every((w) => e.folded.includes(w) || e.folded.includes(foldUnitName(w))));
}
