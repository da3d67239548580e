/** Finding units by id or name, groups standing for their members, and rows by unit. */
import { describe, expect, it } from 'vitest';
import { VnDeadlinesError } from '../../src/core/errors.js';
import { findUnits, foldUnitName, getPlan, rowsForUnit } from '../../src/plan/index.js';

const ids = (q: string) => findUnits(q).map((u) => u.id);
const numbers = (q: string, role?: 'lead' | 'cooperating' | 'any') => rowsForUnit(q, role).map((r) => r.number);

describe('foldUnitName', () => {
  it('ignores case, diacritics, đ, punctuation and spells Ủy ban nhân dân as UBND', () => {
    expect(foldUnitName('Ủy ban nhân dân cấp huyện')).toBe('ubnd cap huyen');
    expect(foldUnitName('Uỷ ban nhân dân cấp huyện')).toBe('ubnd cap huyen');
    expect(foldUnitName('  ĐƠN VỊ tiếp nhận,  giải quyết TTHC ')).toBe('don vi tiep nhan giai quyet tthc');
    expect(foldUnitName('VP UBND TP')).toBe('van phong ubnd thanh pho');
    // Decomposed input (NFD) folds like composed input.
    expect(foldUnitName('Sở Tư pháp'.normalize('NFD'))).toBe('so tu phap');
  });
});

describe('findUnits', () => {
  it('finds a unit by its id', () => {
    expect(ids('city-office')).toEqual(['city-office']);
    expect(ids('district-people-committees')).toEqual(['district-people-committees']);
  });

  it('finds a unit by its Vietnamese name, with or without diacritics, in any case', () => {
    for (const q of ['Văn phòng UBND thành phố', 'van phong ubnd thanh pho', 'VĂN PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ', 'VP UBND TP'])
      expect(ids(q), q).toEqual(['city-office']);
    for (const q of ['UBND cấp huyện', 'ubnd cap huyen', 'Ủy ban nhân dân cấp huyện']) expect(ids(q), q).toEqual(['district-people-committees']);
    expect(ids('UBND cấp xã')).toEqual(['commune-people-committees']);
    expect(ids('Các sở, ban, ngành')).toEqual(['all-departments']);
  });

  it('finds a unit by its English name or an alias', () => {
    expect(ids('Department of Finance')[0]).toBe('finance-department');
    expect(ids('Sở TT&TT')[0]).toBe('ict-department');
  });

  it('finds a department and the groups that contain it', () => {
    expect(ids('Sở Tư pháp')).toEqual(['justice-department', 'all-departments', 'departments-except-economic-zone']);
    expect(ids('so tu phap')).toEqual(['justice-department', 'all-departments', 'departments-except-economic-zone']);
    expect(ids('Sở Tư pháp Hải Phòng')).toEqual(['justice-department', 'all-departments', 'departments-except-economic-zone']);
  });

  it('finds a unit from a run of words of its name', () => {
    expect(ids('tư pháp')).toEqual(['justice-department', 'all-departments', 'departments-except-economic-zone']);
    expect(ids('cấp huyện')).toEqual(['district-people-committees']);
  });

  it('keeps the Economic Zone Authority out of the group that excludes it', () => {
    const ez = ids('Ban Quản lý Khu Kinh tế Hải Phòng');
    expect(ez).toEqual(['economic-zone-authority', 'all-departments']);
    expect(ids('ban quan ly khu kinh te')).toEqual(['economic-zone-authority', 'all-departments']);
  });

  it("finds the district group for a district People's Committee the plan does not list", () => {
    for (const q of ['UBND huyện Thủy Nguyên', 'Ủy ban nhân dân quận Lê Chân', 'UBND thành phố Thủy Nguyên', 'ubnd huyen tien lang', 'Thủy Nguyên'])
      expect(ids(q), q).toEqual(['district-people-committees']);
  });

  it('finds the commune group for a commune, ward or township', () => {
    for (const q of ['UBND xã An Lư', 'UBND phường Đông Hải 1', 'Ủy ban nhân dân thị trấn Núi Đèo']) expect(ids(q), q).toEqual(['commune-people-committees']);
  });

  it('finds the department groups for a department the plan does not list', () => {
    expect(ids('Sở Xây dựng')).toEqual(['all-departments', 'departments-except-economic-zone']);
  });

  it('finds nothing for a name that is no unit', () => {
    expect(ids('Bộ Tài chính')).toEqual([]);
    expect(ids('Hà Nội')).toEqual([]);
  });

  it('rejects an empty query', () => {
    for (const q of ['', '  ', '—']) {
      expect(() => findUnits(q), JSON.stringify(q)).toThrowError(VnDeadlinesError);
      try {
        findUnits(q);
      } catch (e) {
        expect((e as VnDeadlinesError).code).toBe('invalid_argument');
        expect((e as VnDeadlinesError).message).toMatch(/^findUnits: .* names no unit; pass a unit id/);
      }
    }
  });
});

describe('rowsForUnit', () => {
  it('finds the rows a unit leads, directly or through a group', () => {
    expect(numbers('Văn phòng UBND thành phố', 'lead')).toEqual([
      'I.2',
      'I.3',
      'I.5',
      'I.6',
      'II.1.2',
      'II.2.2',
      'II.3.1',
      'II.3.3',
      'II.4.2',
      'II.4.4',
      'II.5.1',
      'II.6.3',
      'II.7.1',
      'II.7.2',
      'III.6',
    ]);
    expect(numbers('Sở Thông tin và Truyền thông', 'lead')).toContain('III.3.5');
    expect(numbers('UBND huyện Thủy Nguyên', 'lead')).toContain('I.1');
    expect(numbers('UBND phường Lê Chân', 'lead')).toEqual(['II.2.2', 'II.4.1', 'II.4.3', 'II.5.2', 'II.6.1', 'III.3.9', 'III.4', 'III.5']);
  });

  it('separates leading from cooperating', () => {
    expect(numbers('Văn phòng UBND thành phố', 'cooperating')).toContain('II.1.1');
    expect(numbers('Văn phòng UBND thành phố', 'lead')).not.toContain('II.1.1');
    // Sở Tư pháp cooperates on II.1.1 by name, and leads it as one of "Các sở, ban, ngành".
    expect(numbers('Sở Tư pháp', 'cooperating')).toContain('II.1.1');
    expect(numbers('Sở Tư pháp', 'lead')).toContain('II.1.1');
    // Sở Tài chính is named on III.3.9 and is one of the departments everywhere else.
    const viaDepartments = getPlan()
      .rows.filter((r) => r.cooperating.some((u) => ['finance-department', 'all-departments', 'departments-except-economic-zone'].includes(u)))
      .map((r) => r.number);
    expect(viaDepartments).toContain('III.3.9');
    expect(numbers('Sở Tài chính', 'cooperating')).toEqual(viaDepartments);
    expect(numbers('Sở Tài chính', 'any').length).toBeGreaterThan(numbers('Sở Tài chính', 'cooperating').length);
  });

  it('finds the rows of the Cổng Thông tin điện tử named in brackets', () => {
    expect(numbers('Cổng Thông tin điện tử thành phố')).toEqual(['II.7.1']);
  });

  it('returns no row for a query that names no unit, and rejects an unknown role', () => {
    expect(numbers('Bộ Tài chính')).toEqual([]);
    expect(() => rowsForUnit('Sở Tư pháp', 'chair' as never)).toThrowError(/rowsForUnit: role "chair" is not one of/);
  });
});
