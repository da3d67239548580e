/**
 * What a dossier's appointment rests on: nothing for a span of official days; the pending notice
 * when the span crosses a day it would change (the proposed swap Mon 23/11 ↔ Sat 28/11/2026); a
 * forecast in a year without official data. The facts come from holidays/2026.json and the file
 * list of holidays/, not from the code under test.
 */
import { describe, expect, it } from 'vitest';
import { dossierDeadline } from '../../src/dossier/index.js';
import { firstProvisionalYear } from '../support/years.js';

const procedure = 'example/ho-tich-3-ngay-lam-viec';

describe('dossierDeadline: dependsOnProvisional and pendingNotices', () => {
  it('an official span rests on nothing', () => {
    const d = dossierDeadline({ procedure, receivedAt: '2025-03-10T09:00:00+07:00' });
    expect([d.dependsOnProvisional, d.pendingNotices]).toEqual([false, []]);
  });

  it('a span across Mon 23/11/2026 names the pending swap', () => {
    const d = dossierDeadline({ procedure, receivedAt: '2026-11-20T09:00:00+07:00' });
    expect(d.dependsOnProvisional).toBe(false);
    expect(d.pendingNotices.map((p) => p.date)).toContain('2026-11-23');
  });

  it('a span in a year without official data rests on the forecast', () => {
    const d = dossierDeadline({ procedure, receivedAt: `${firstProvisionalYear()}-03-10T09:00:00+07:00` });
    expect(d.dependsOnProvisional).toBe(true);
  });
});
