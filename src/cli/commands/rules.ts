/**
 * CLI commands over the deadline rules: `vn-deadlines rules` lists them, `vn-deadlines due`
 * computes a due day with its explanation. Wired into `run.ts` by the `commands` table.
 */
import { say } from '../../core/catalogue.js';
import { CLI_TEXT } from '../messages.js';
import { dueDate } from '../../rules/due.js';
import { shippedRules, type RuleSet } from '../../rules/registry.js';
import { loadRules } from '../../rules/load.js';
import type { CompiledRule } from '../../rules/types.js';
import { looksDayFirst, parseDayText } from '../../core/day-text.js';
import { ruleListEntry } from '../../rules/list-entry.js';
import { answerCommand, calendarOf, commonOptions, langOf, usageError, type Command } from '../command.js';

const ruleOptions = { ...commonOptions, rules: { type: 'string', multiple: true } } as const;

/** The shipped rules, plus the files named by `--rules`. */
function ruleSetOf(values: Record<string, unknown>): RuleSet {
  const paths = (values.rules as string[] | undefined) ?? [];
  return paths.length ? loadRules(paths) : shippedRules();
}

function factsLine(rule: CompiledRule): string {
  const names = Object.entries(rule.facts).map(([name, spec]) => {
    const type = spec.type === 'enum' ? spec.values.join('|') : spec.type;
    const optional = !spec.required || ('default' in spec && spec.default !== undefined);
    return `${name}${optional ? '?' : ''} (${type})`;
  });
  return names.length ? names.join(', ') : '—';
}

/** A date fact as typed: ISO, or day first (`10/02/2025`) turned into ISO; other text is left for the rule to refuse. */
function factDay(name: string, raw: string): string {
  if (!looksDayFirst(raw)) return raw;
  const iso = parseDayText(raw);
  if (iso === undefined) throw usageError('factNotDate', { name, value: JSON.stringify(raw) }, 'invalid_date');
  return iso;
}

/**
 * Parses `--fact name=value` options against a rule's declared facts. Booleans are `true` or
 * `false`; dates ISO or day first (`10/02/2025`, never month first); everything else is passed as
 * text and checked by the rule.
 * @param rule - the rule whose facts are given
 * @param options - the `--fact` values, `name=value` each
 * @returns the facts, by name
 * @throws UsageError for a malformed option, an unknown fact, a fact given twice, or a day-first date that is no day (`invalid_date`)
 * @example `parseFactOptions(getRule('hp-2025/local-tthc-publication'), ['effectiveOnSigning=true']) // { effectiveOnSigning: true }`
 */
export function parseFactOptions(rule: CompiledRule, options: readonly string[]): Record<string, unknown> {
  const facts: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const opt of options) {
    const eq = opt.indexOf('=');
    if (eq <= 0) throw usageError('factForm', { value: JSON.stringify(opt) });
    const name = opt.slice(0, eq);
    const raw = opt.slice(eq + 1);
    const spec = Object.hasOwn(rule.facts, name) ? rule.facts[name] : undefined;
    if (!spec) throw usageError('noSuchFact', { rule: rule.id, name: JSON.stringify(name), facts: factsLine(rule) });
    if (Object.hasOwn(facts, name)) throw usageError('factTwice', { name: JSON.stringify(name) });
    facts[name] = spec.type === 'boolean' && (raw === 'true' || raw === 'false') ? raw === 'true' : spec.type === 'date' ? factDay(name, raw) : raw;
  }
  return { ...facts };
}

/**
 * The `rules` and `due` commands, for `run.ts`'s command table.
 * @example `const commands = { ...builtIn, ...ruleCommands };`
 */
export const ruleCommands: Record<string, Command> = {
  rules: answerCommand(
    'vn-deadlines rules [--json] [--lang vi|en] [--rules file.json …]',
    ruleOptions,
    0,
    (_, values) => {
      langOf(values); // --lang is checked with --json too
      return ruleSetOf(values).list();
    },
    (rules, io, l) => {
      for (const r of rules) {
        io.out(`${r.id}  [${r.kinds.map((k) => say(CLI_TEXT, l, `kind.${k}`)).join(', ')}]${r.isDeadline ? '' : say(CLI_TEXT, l, 'notDeadline')}`);
        io.out(`    ${r.title[l]}`);
        io.out(`    ${say(CLI_TEXT, l, 'facts')}: ${Object.keys(r.facts).length ? factsLine(r) : say(CLI_TEXT, l, 'noFacts')}`);
      }
    },
    (rules) => rules.map(ruleListEntry),
  ),
  due: answerCommand(
    'vn-deadlines due <rule-id> [--fact name=value …] [--json] [--lang vi|en] [--include-pending] [--rules file.json …]',
    { ...ruleOptions, fact: { type: 'string', multiple: true, short: 'f' } },
    1,
    (pos, values) => {
      langOf(values); // --lang is checked with --json too
      const rules = ruleSetOf(values);
      const rule = rules.find(pos[0]);
      if (!rule) throw usageError('noSuchRule', { lead: '', id: JSON.stringify(pos[0]) });
      const facts = parseFactOptions(rule, (values.fact as string[] | undefined) ?? []);
      return dueDate(rule, facts, { calendar: calendarOf(values), rules });
    },
    (result, io, l) => {
      io.out(result.due ?? result.note![l]);
      io.out('');
      io.out(result.explanation[l]);
    },
  ),
};
