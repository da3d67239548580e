/**
 * The built CLI (`dist/cli.js`) on an Excel register: exceljs loaded by the bundle from the
 * package's optional peer dependency, the report written to --out and read back. Runs in the
 * `once` project (TZ=America/Los_Angeles, where a date shifted by the host's zone would show).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COLUMNS, readBack, register } from '../support/xlsx-fixtures.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vn-deadlines-xlsx-dist-'));

describe('dist/cli.js check register.xlsx --report xlsx', () => {
  it('reads the register and writes the workbook: the verdicts of the rows, the due days as date cells', async () => {
    const input = join(dir, 'so-theo-doi.xlsx');
    const out = join(dir, 'ket-qua.xlsx');
    writeFileSync(input, await register());
    const r = spawnSync(
      process.execPath,
      [join(root, 'dist/cli.js'), 'check', input, '--columns', COLUMNS, '--as-of', '31/03/2025', '--report', 'xlsx', '--out', out],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toContain('Tổng hợp: 6 bản ghi — đúng hạn 2 · trễ hạn 2 · quá hạn 1 · lỗi 1');
    expect(r.status).toBe(0);
    const ws = (await readBack(readFileSync(out))).getWorksheet('Kết quả')!;
    // rows 4, 5, 7 of the register: Mon 10/02 on time and late; Mon 17/03 overdue by 10 working days
    expect(
      [3, 4, 5].map((n) => [
        ws.getCell(`A${n}`).value,
        ws.getCell(`F${n}`).value,
        (ws.getCell(`G${n}`).value as Date).toISOString().slice(0, 10),
        ws.getCell(`I${n}`).value,
      ]),
    ).toEqual([
      [4, 'đúng hạn', '2025-02-10', 0],
      [5, 'trễ hạn', '2025-02-10', 1],
      [7, 'quá hạn', '2025-03-17', 10],
    ]);
  });
});
