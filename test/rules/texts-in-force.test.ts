/**
 * Issue 12 part 3: the texts in force, not the texts of 2013. A record is judged by the version
 * of the text in force on its date, and the legal basis printed cites what is in force then.
 * Expected days are worked out by hand from the 2025 calendar (CV 8726/VPCP-KGVX) and the weekdays.
 */
import { describe, expect, it } from 'vitest';
import { ruleSchema } from '../../src/rules/schema.js';
import { dueDate, getRule } from '../../src/rules/index.js';

const docs = (r: { legalBasis: readonly { document: string }[] }) => r.legalBasis.map((b) => b.document);
const basisLine = (text: string) => text.split('\n').find((l) => l.startsWith('Căn cứ pháp lý') || l.startsWith('Legal basis'))!;

describe('NĐ 63/2010 Điều 15 (ministries): the version in force on the effective date', () => {
  it('from 25/09/2017, the NĐ 92/2017 text (20 days); up to 24/09/2017, the NĐ 48/2013 text (20 working days), kept as history', () => {
    const now = dueDate('nd63/ministry-publication-before-effect', { effectiveDate: '2017-09-25' });
    const before = dueDate('nd63/ministry-publication-before-effect', { effectiveDate: '2017-09-24' });
    expect(now.variant).toBe('twenty-days-before');
    expect(before.variant).toBe('twenty-working-days-before');
    // Mon 25/09/2017 − 20 days = Tue 05/09/2017, a weekday.
    expect(now.due).toBe('2017-09-05');
    expect(now.explanation.vi).toContain('Điều 15 (sửa đổi, bổ sung bởi NĐ 92/2017/NĐ-CP)');
    expect(before.explanation.vi).toContain('20 (hai mươi) ngày làm việc');
    expect(before.explanation.vi).toContain('lời văn 01/07/2013 – 24/09/2017');
    expect(docs(now)).toContain('NĐ 92/2017/NĐ-CP');
    expect(docs(now)).not.toContain('NĐ 48/2013/NĐ-CP');
    expect(docs(before)).toContain('NĐ 48/2013/NĐ-CP');
    expect(docs(before)).not.toContain('NĐ 92/2017/NĐ-CP');
  });

  it('before NĐ 48/2013 took effect (01/07/2013) no version is encoded: no variant applies', () => {
    expect(() => dueDate('nd63/ministry-publication-before-effect', { effectiveDate: '2013-06-30' })).toThrow(/no variant/);
  });

  it('every unchecked wording is marked: neither version claims to be verbatim', () => {
    const r = getRule('nd63/ministry-publication-before-effect');
    expect(r.source.verbatim).toBe(false);
    expect(r.definition.variants.map((v) => v.source?.verbatim ?? r.source.verbatim)).toEqual([false, false]);
  });
});

describe('the one-stop mechanism: NĐ 61/2018 and NĐ 107/2021 until 30/06/2025, NĐ 118/2025 from 01/07/2025', () => {
  it('III.2 internal procedure: a chairman\'s decision of Mon 28/04/2025 (due Thu 15/05) cites NĐ 61/107; one of Fri 01/08/2025 (due Fri 15/08) cites NĐ 118', () => {
    const spring = dueDate('hp-2025/internal-procedure', { chairmanDecisionDate: '2025-04-28' });
    const summer = dueDate('hp-2025/internal-procedure', { chairmanDecisionDate: '2025-08-01' });
    expect(spring.due).toBe('2025-05-15');
    expect(summer.due).toBe('2025-08-15');
    expect(docs(spring)).toEqual(expect.arrayContaining(['NĐ 61/2018/NĐ-CP', 'NĐ 107/2021/NĐ-CP']));
    expect(docs(spring)).not.toContain('NĐ 118/2025/NĐ-CP');
    expect(docs(summer)).toContain('NĐ 118/2025/NĐ-CP');
    expect(docs(summer)).not.toContain('NĐ 61/2018/NĐ-CP');
    expect(docs(summer)).not.toContain('NĐ 107/2021/NĐ-CP');
    expect(basisLine(summer.explanation.vi)).toContain('NĐ 118/2025/NĐ-CP');
    expect(basisLine(summer.explanation.vi)).not.toMatch(/; NĐ 61\/2018\/NĐ-CP/);
  });

  it('an ongoing task (III.1) has no day to choose by: both are printed, each with its dates of validity', () => {
    const line = basisLine(dueDate('hp-2025/one-stop-reception', {}).explanation.en);
    expect(line).toContain('NĐ 61/2018/NĐ-CP');
    expect(line).toContain('[in force to 2025-06-30]');
    expect(line).toContain('NĐ 118/2025/NĐ-CP');
    expect(line).toContain('[in force from 2025-07-01]');
  });

  it('no rule cites NĐ 61/2018 or NĐ 107/2021 without the day it ceased, nor leaves out NĐ 118/2025 beside them', () => {
    for (const id of ['hp-2025/direction', 'hp-2025/tthc-disclosure', 'hp-2025/one-stop-reception', 'hp-2025/internal-procedure', 'hp-2025/public-service-centre-project']) {
      const basis = getRule(id).legalBasis;
      for (const b of basis.filter((x) => x.document === 'NĐ 61/2018/NĐ-CP' || x.document === 'NĐ 107/2021/NĐ-CP')) expect(b.validTo, id).toBe('2025-06-30');
      expect(basis.find((x) => x.document === 'NĐ 118/2025/NĐ-CP')?.validFrom, id).toBe('2025-07-01');
    }
  });
});

describe('central-tthc-list: the 10 working days are the plan\'s own', () => {
  it('NĐ 63/2010 Điều 15 is not cited for it', () => {
    const nd63 = getRule('hp-2025/central-tthc-list').legalBasis.find((b) => b.document === 'NĐ 63/2010/NĐ-CP');
    expect(nd63?.articles ?? []).not.toContain('Điều 15');
    expect(getRule('hp-2025/central-tthc-list').source.note?.en).toMatch(/the plan's own/);
  });
});

describe('the schema of versions', () => {
  const base = {
    id: 'x/y',
    title: { vi: 'a', en: 'a' },
    source: { document: 'D', date: '2020-01-01', item: 'Điều 1', text: 't', verbatim: false },
    legalBasis: [{ document: 'D' }],
    facts: { d: { type: 'date', description: { vi: 'd', en: 'd' } }, b: { type: 'boolean', description: { vi: 'b', en: 'b' } } },
  };
  const deadline = { kind: 'offset', from: 'd', amount: 1, unit: 'workingDays', direction: 'after' };
  const messages = (variant: object, extra: object = {}) => {
    const r = ruleSchema.safeParse({ ...base, ...extra, variants: [{ id: 'v', deadline, ...variant }] });
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };
  it('validFrom / validTo need validOn, a date fact, in order', () => {
    expect(messages({ validOn: 'd', validFrom: '2020-01-01', validTo: '2020-12-31' })).toEqual([]);
    expect(messages({ validFrom: '2020-01-01' }).join()).toMatch(/need "validOn"/);
    expect(messages({ validOn: 'b', validFrom: '2020-01-01' }).join()).toMatch(/must be of type date/);
    expect(messages({ validOn: 'd' }).join()).toMatch(/needs "validFrom" or "validTo"/);
    expect(messages({ validOn: 'd', validFrom: '2021-01-01', validTo: '2020-12-31' }).join()).toMatch(/before "validFrom"/);
    expect(messages({}, { legalBasis: [{ document: 'D', validFrom: '2021-01-01', validTo: '2020-01-01' }] }).join()).toMatch(/before "validFrom"/);
  });
});
