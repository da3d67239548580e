/**
 * Regular expressions that see user data must be linear (issue 11, item 16). The ICS writer's
 * old global replace of `\s*\n\s*` took ~9–20 s for one run of 100,000 spaces without a line break; these
 * inputs, four such runs, would take over a minute. Linear code finishes in milliseconds: the
 * explicit timeout is generous, not a measurement.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { agendaToIcs } from '../../src/ics/index.js';
import { planSchedule } from '../../src/plan/schedule.js';
import { findUnits } from '../../src/plan/units.js';
import { loadRules } from '../../src/validate.js';

const N = 100_000;
const STAMP = '2025-03-01T08:00:00+07:00';

function descriptionOf(text: string): string {
  const cal = new ICAL.Component(ICAL.parse(text));
  return new ICAL.Event(cal.getFirstSubcomponent('vevent')!).description;
}

describe('10⁵-character adversarial inputs finish', () => {
  const occ = planSchedule({ from: '2025-03-01', to: '2025-03-31', undated: false })[0];

  it('the ICS writer: a wording of long runs of white space without a line break', { timeout: 20_000 }, () => {
    for (const run of [' '.repeat(N), '\t'.repeat(N), ' \t'.repeat(N / 2), '\r'.repeat(N)]) {
      const text = agendaToIcs([{ ...occ, wording: `a${run}b` }], { stamp: STAMP });
      // The run has no line feed: kept as it is (a lone CR is a line break in the ICS text, escaped).
      expect(descriptionOf(text)).toContain(run.includes('\r') ? 'a' : `a${run}b`);
    }
  });

  it('the ICS writer still puts a wording on one line: each run of white space with a line break becomes " / "', () => {
    const text = agendaToIcs([{ ...occ, wording: 'một  \n\n  hai\nba \r\n bốn  năm' }], { stamp: STAMP });
    expect(descriptionOf(text)).toContain('“một / hai / ba / bốn  năm”');
  });

  it('rule ids and unit names (schema and folding regexes)', { timeout: 20_000 }, () => {
    for (const id of ['a'.repeat(N) + '!', 'a-'.repeat(N / 2) + '!', 'a/'.repeat(N / 2) + '!']) {
      expect(() => loadRules({ id, title: { vi: 'x', en: 'x' } })).toThrow(/expected an id like/);
    }
    expect(findUnits('sở '.repeat(N / 3) + 'tư pháp').length).toBeGreaterThanOrEqual(0);
  });
});
