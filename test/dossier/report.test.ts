/** The NDJSON line written field by field is the JSON of the outcome's compact object, for every kind of dossier. */
import { describe, expect, it } from 'vitest';
import { checkDossiers } from '../../src/dossier/index.js';
import { dossierReportWriter, outcomeObject } from '../../src/io/dossier-report.js';

const dossiers = [
  {
    id: 'A "quoted" \ud800 \u2028',
    unit: 'Xã\tB',
    procedure: 'example/ho-tich-3-ngay-lam-viec',
    receivedAt: '2025-02-10T09:00:00+07:00',
    resolvedAt: '2025-02-14T09:00:00+07:00',
  },
  {
    procedure: 'example/kbnn-8-gio-lam-viec',
    receivedAt: '2025-06-10T15:00:00+07:00',
    events: [{ kind: 'reappointed', at: '2025-06-10T16:00:00+07:00', dueAt: '2025-06-13', reason: 'lý do "x"' }],
  },
  {
    procedure: 'example/ho-tich-3-ngay-lam-viec',
    receivedAt: '2025-03-10T08:00:00+07:00',
    events: [{ kind: 'supplementRequested', at: '2025-03-11T09:00:00+07:00' }],
  },
  { procedure: 'nope', receivedAt: 'x' },
];

describe('dossier reports', () => {
  it('NDJSON lines equal the outcome objects', () => {
    const outcomes = [...checkDossiers(dossiers, { asOf: '2025-07-01' })];
    for (const lang of ['vi', 'en'] as const) {
      const lines: string[] = [];
      const w = dossierReportWriter('ndjson', { line: (s) => lines.push(s) }, lang, () => '');
      w.begin();
      for (const o of outcomes) w.write(o);
      w.end(null);
      expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(outcomes.map((o) => JSON.parse(JSON.stringify(outcomeObject(o, lang, false))) as unknown));
    }
    expect(outcomes.map((o) => o.status)).toEqual(['late', 'overdue', 'suspended', 'error']);
  });
});
