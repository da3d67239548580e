/**
 * The streaming Excel reader (large workbooks, src/io/node/xlsx-read.ts) on the committed example
 * register, whose parts are in a fixed order: the same records, with the same Excel row numbers,
 * as the whole-file reader gives (test/io/xlsx.test.ts checks those against hand-worked verdicts).
 */
import { createReadStream, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readXlsxStream } from '../../src/io/node/xlsx-read.js';
import { readXlsx } from '../../src/io/xlsx/read.js';
import type { RecordVisitor } from '../../src/io/types.js';
import { parseColumns } from '../../src/io/columns.js';
import { COLUMNS } from '../support/xlsx-fixtures.js';

const FILE = new URL('../../examples/so-theo-doi.xlsx', import.meta.url);

function collector() {
  const rows: [number, unknown][] = [];
  const visit: RecordVisitor = { record: (value, line) => rows.push([line, value]), bad: (line, error) => rows.push([line, error]) };
  return { rows, visit };
}

describe('readXlsxStream', () => {
  it('gives the rows of the example register with their Excel row numbers, as readXlsx does', async () => {
    const columns = parseColumns([COLUMNS]);
    const streamed = collector();
    await readXlsxStream(createReadStream(FILE), streamed.visit, { columns });
    const whole = collector();
    await readXlsx(new Uint8Array(readFileSync(FILE)), whole.visit, { columns });
    expect(streamed.rows.map(([line]) => line)).toEqual([4, 5, 7, 8, 9, 10]);
    expect(streamed.rows).toEqual(whole.rows);
    expect(streamed.rows[1][1]).toMatchObject({ id: 'HP-2', ministryDecisionDate: '2025-01-20', actual: '2025-02-11' });
  });
});
