/**
 * `vn-deadlines dossiers` on an Excel register as a one-stop desk keeps it: a title merged above
 * the header, Vietnamese column names mapped with --columns, receipts as date-time cells and as
 * text `dd/mm/yyyy hh:mm` (Vietnam's wall clock), an empty row. Expected values as in
 * test/dossier/cli.test.ts for the same dossiers (HS-001, HS-003 of examples/dossiers.csv), worked
 * by hand there: 3 working days, the clock starting at the next session after receipt.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const COLUMNS = 'Số hồ sơ=id,Đơn vị=unit,Thủ tục=procedure,Ngày giờ tiếp nhận=receivedAt,Ngày giờ trả kết quả=resolvedAt';
/** A date-time cell's value: that wall-clock time, as exceljs gives it (UTC fields). */
const at = (y: number, m: number, d: number, h: number, min: number) => new Date(Date.UTC(y, m - 1, d, h, min));

async function registerFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sổ theo dõi hồ sơ');
  ws.addRow(['SỔ THEO DÕI HỒ SƠ — BỘ PHẬN MỘT CỬA']);
  ws.mergeCells('A1:E1');
  ws.addRow([]);
  ws.addRow(['Số hồ sơ', 'Đơn vị', 'Thủ tục', 'Ngày giờ tiếp nhận', 'Ngày giờ trả kết quả']);
  ws.addRow(['HS-001', 'UBND phường A', 'example/ho-tich-3-ngay-lam-viec', at(2025, 1, 24, 16, 45), '05/02/2025 10:00']); // row 4
  ws.addRow([]); // row 5: empty
  ws.addRow(['HS-003', 'UBND phường B', 'example/ho-tich-3-ngay-lam-viec', '10/02/2025 09:00', at(2025, 2, 14, 9, 0)]); // row 6
  ws.getCell('D4').numFmt = 'dd/mm/yyyy hh:mm';
  ws.getCell('E6').numFmt = 'dd/mm/yyyy hh:mm';
  const file = join(mkdtempSync(join(tmpdir(), 'vn-dossiers-xlsx-')), 'so-ho-so.xlsx');
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

describe('vn-deadlines dossiers register.xlsx', () => {
  it('reads the register: Excel row numbers, receipts as cells and as dd/mm/yyyy hh:mm text, in Vietnam time', async () => {
    const r = await cli('dossiers', await registerFile(), '--columns', COLUMNS, '--as-of', '2025-03-14', '--report', 'ndjson');
    expect(r.code).toBe(0);
    const out = r.out.split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => [o.line, o.id, o.status, o.dueAt, o.lateBy])).toEqual([
      [4, 'HS-001', 'early', '2025-02-06T16:30:00+07:00', 0],
      [6, 'HS-003', 'late', '2025-02-13T16:30:00+07:00', 1],
    ]);
  });

  it('without the mapping no row has a procedure column: refused, naming the column and --columns', async () => {
    const r = await cli('dossiers', await registerFile(), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toContain('has no header row with a procedure column');
  });
});
