// Rules benchmark: one million dueDate calls over the shipped rules (random facts, every rule
// in turn), beside json-rules-engine run on the same facts to select the same variants
// (sampled: it is asynchronous and much slower). Goal: ≥ 2 M due dates/s and ≥ 50× the engine.
// Run with `npm run bench` (after a build), or alone: `node bench/rules.bench.mjs`.
import { pathToFileURL } from 'node:url';
import { Engine } from 'json-rules-engine';

import { dueDate, shippedRules, normalizeFacts, selectVariant } from '../dist/index.js';
import { toEngineRules } from '../dist/engine.js';
import { dayOf, iso, rng } from './support.mjs';

const N = 1_000_000;
const ENGINE_RUNS = 20_000;

const first = dayOf(2019, 3, 1);
const last = dayOf(2026, 10, 31);

/** A random value of a fact type, inside the official years (with margins for offsets). */
function valueOf(spec, r) {
  const y = 2019 + Math.floor(r() * 8);
  switch (spec.type) {
    case 'date':
      return iso(first + Math.floor(r() * (last - first)));
    case 'boolean':
      return r() < 0.5;
    case 'enum':
      return spec.values[Math.floor(r() * spec.values.length)];
    case 'month':
      return `${y}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`;
    case 'quarter':
      return `${y}-Q${1 + Math.floor(r() * 4)}`;
    case 'half':
      return `${y}-H${1 + Math.floor(r() * 2)}`;
    default:
      return String(y);
  }
}

/** Fact sets for every shipped rule, each of which selects a variant (the plan's 2025-only reports get 2025 periods). */
function cases(perRule, r) {
  const out = [];
  for (const rule of shippedRules().list()) {
    let made = 0;
    for (let tries = 0; made < perRule && tries < perRule * 50; tries++) {
      const facts = {};
      for (const [name, spec] of Object.entries(rule.facts)) facts[name] = valueOf(spec, r);
      if (rule.id === 'hp-2025/quarterly-report') facts.quarter = `2025-Q${1 + Math.floor(r() * 4)}`;
      if (rule.id === 'hp-2025/annual-report') facts.year = '2025';
      if (selectVariant(rule, facts) === null) continue;
      out.push({ rule, facts, normalized: normalizeFacts(rule, facts) });
      made++;
    }
  }
  // Interleave so that consecutive calls hit different rules.
  const shuffled = out.slice();
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled;
}

const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k/s` : `${x.toFixed(0)} /s`);

/** Runs the benchmark and prints the rates; returns them. */
export async function run({ n = N, engineRuns = ENGINE_RUNS, log = console.log } = {}) {
  const r = rng(2025);
  const all = cases(64, r);
  const dated = all.filter((c) => c.rule.kinds.some((k) => !['ongoing', 'onOccurrence', 'untilSuperseded'].includes(k)));
  const byId = all.map((c) => ({ id: c.rule.id, facts: c.facts }));

  const time = (list, count, useId) => {
    let sink = 0;
    let done = 0;
    const t0 = performance.now();
    while (done < count) {
      const len = Math.min(list.length, count - done);
      if (useId) {
        for (let j = 0; j < len; j++) {
          const res = dueDate(list[j].id, list[j].facts);
          sink += res.due === null ? 1 : res.due.length;
        }
      } else {
        for (let j = 0; j < len; j++) {
          const res = dueDate(list[j].rule, list[j].facts);
          sink += res.due === null ? 1 : res.due.length;
        }
      }
      done += len;
    }
    const ms = performance.now() - t0;
    if (sink === 42) log('');
    return (count / ms) * 1000;
  };

  time(all, 200_000, false); // warm up
  time(byId, 200_000, true);
  // Best of three rounds, for ours and for the engine alike: this machine's speed swings by
  // 20–30 % between identical runs (a shared VM), and the best round is the least disturbed.
  const best = (f) => Math.max(f(), f(), f());
  const rateAll = best(() => time(all, n, false));
  const rateIds = best(() => time(byId, n, true));
  const rateDated = best(() => time(dated, n, false));

  // Like for like with the engine: variant selection only.
  let picked = 0;
  const s0 = performance.now();
  for (let done = 0; done < n;) {
    const len = Math.min(byId.length, n - done);
    for (let j = 0; j < len; j++) if (selectVariant(byId[j].id, byId[j].facts) !== null) picked++;
    done += len;
  }
  const rateSelect = (n / (performance.now() - s0)) * 1000;
  if (picked !== n) throw new Error('selectVariant: a fact set selects no variant');

  // json-rules-engine: one engine per rule (built outside the timing), run on the same facts.
  const engines = new Map(
    shippedRules()
      .list()
      .map((rule) => [rule.id, new Engine(toEngineRules([rule]), { allowUndefinedFacts: true })]),
  );
  const engineRound = async () => {
    const t0 = performance.now();
    for (let i = 0; i < engineRuns; i++) {
      const c = all[i % all.length];
      await engines.get(c.rule.id).run(c.normalized);
    }
    return (engineRuns / (performance.now() - t0)) * 1000;
  };
  await engineRound(); // warm up, as long as a measured round
  const engineRate = Math.max(await engineRound(), await engineRound(), await engineRound());

  // json-rules-engine as toEngineRules() hands the rules over: one engine holding them all.
  const allInOne = new Engine(toEngineRules(), { allowUndefinedFacts: true });
  const allRound = async () => {
    const t0 = performance.now();
    for (let i = 0; i < engineRuns / 4; i++) await allInOne.run(all[i % all.length].normalized);
    return (engineRuns / 4 / (performance.now() - t0)) * 1000;
  };
  await allRound();
  const allInOneRate = Math.max(await allRound(), await allRound(), await allRound());

  log(`rules: ${shippedRules().size} shipped rules, ${all.length} fact sets (${dated.length} with a due day)`);
  log(`  dueDate, all rules (rule objects)   ${fmt(rateAll).padStart(12)}   (best of 3 × ${n.toLocaleString('en')} calls)`);
  log(`  dueDate, all rules (rule ids)       ${fmt(rateIds).padStart(12)}`);
  log(`  dueDate, rules with a due day       ${fmt(rateDated).padStart(12)}`);
  log(`  selectVariant (selection only)      ${fmt(rateSelect).padStart(12)}`);
  log(`  json-rules-engine, same facts       ${fmt(engineRate).padStart(12)}   (best of 3 × ${engineRuns.toLocaleString('en')} runs: variant selection only)`);
  log(`  json-rules-engine, all rules in one  ${fmt(allInOneRate).padStart(11)}   (as toEngineRules() gives them; every rule evaluated per run)`);
  log(`  ratio dueDate (ids) / engine        ${(rateIds / engineRate).toFixed(0).padStart(10)}×   (one engine per rule: the strongest baseline)`);
  log(`  ratio dueDate (ids) / all-in-one    ${(rateIds / allInOneRate).toFixed(0).padStart(10)}×`);
  log(`  ratio selectVariant / engine        ${(rateSelect / engineRate).toFixed(0).padStart(10)}×`);
  const ok = rateIds >= 2e6 && rateIds / engineRate >= 50;
  log(`  goal ≥ 2 M/s and ≥ 50× json-rules-engine (one engine per rule): ${ok ? 'met' : 'NOT met'}`);
  return { rateAll, rateIds, rateDated, rateSelect, engineRate, allInOneRate };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
