/**
 * Excel registers made with exceljs for the tests, as a clerk's would be: a title merged above
 * the header, Vietnamese column names, date cells, dates typed as text, an empty row.
 */
import ExcelJS from 'exceljs';

/** `--columns` for {@link register}'s Vietnamese header. */
export const COLUMNS = 'Mã=id,Tên=title,Quy định=rule,Ngày QĐ của Bộ=ministryDecisionDate,Ngày công bố=actual,Đơn vị=unit';

const RULE = 'hp-2025/central-tthc-list';
/** A date cell's value: that day (and time) as Excel shows it. */
const day = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

/**
 * A register on its first worksheet "Sổ theo dõi": title row 1 (merged A1:F1), row 2 empty,
 * header row 3, records on rows 4, 5, 7, 8, 9, 10 (row 6 empty); a second worksheet "Quý 2"
 * with English headers and one record on row 2.
 */
export async function register(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sổ theo dõi');
  ws.addRow(['SỔ THEO DÕI CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH NĂM 2025']);
  ws.mergeCells('A1:F1');
  ws.addRow([]);
  ws.addRow(['Mã', 'Tên', 'Quy định', 'Ngày QĐ của Bộ', 'Ngày công bố', 'Đơn vị']);
  ws.addRow(['HP-1', 'Hộ tịch', RULE, day(2025, 1, 20), day(2025, 2, 7), 'Sở Tư pháp']); // row 4: date cells
  ws.addRow(['HP-2', 'Đất đai', RULE, '20/01/2025', '11/02/2025', 'Sở Tư pháp']); // row 5: dd/mm text
  ws.addRow([]); // row 6: empty
  ws.addRow(['HP-3', '=HYPERLINK("http://example.invalid","bấm")', RULE, '3/3/2025', null, null]); // row 7: d/m text, not done
  ws.addRow(['HP-4', 'Y tế', RULE, day(2025, 3, 10), '02/13/2025', 'Sở Y tế']); // row 8: mm/dd
  ws.addRow(['HP-5', 'Giáo dục', RULE, day(2025, 3, 10), day(2025, 3, 24, 23, 30), 'Sở Y tế']); // row 9: a date-time cell
  ws.addRow(['HP-6', 'Lao động', RULE, '2025-01-20', '2025-02-10T23:30:00Z', 'Sở Nội vụ']); // row 10: ISO, a timestamp in UTC
  for (const r of [4, 8, 9]) ws.getCell(`D${r}`).numFmt = 'dd/mm/yyyy';
  for (const r of [4, 9]) ws.getCell(`E${r}`).numFmt = r === 9 ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy';
  const q2 = wb.addWorksheet('Quý 2');
  q2.addRow(['id', 'rule', 'ministryDecisionDate', 'actual']);
  q2.addRow(['Q2-1', RULE, day(2025, 4, 28), day(2025, 5, 16)]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A workbook whose only sheet has the given rows; `date1904`: in the 1904 date system (older Excel for Mac). */
export async function sheetOf(rows: unknown[][], date1904 = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A workbook read back: its worksheets by name. */
export async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}
