/**
 * Every text of the spreadsheet support that a person reads: the Excel reader's and writer's
 * errors, the report's headings and sheet names, the `--columns` errors. Vietnamese first; the
 * two languages have the same keys (test/io/xlsx.test.ts checks it).
 */

const vi = {
  needsExcelJs: (why: string) =>
    `đọc và ghi tệp Excel (.xlsx) cần gói tùy chọn exceljs, hiện chưa được cài (${why}); hãy cài nó cạnh vn-deadlines: npm i exceljs ` +
    `— hoặc lưu sổ theo dõi thành CSV UTF-8 và dùng --format csv / --report csv (mã lỗi xlsx_needs_exceljs)`,
  notWorkbook: (why: string) =>
    `không đọc được tệp Excel: không phải tệp .xlsx hợp lệ (${why}); hãy mở bằng Excel và lưu lại dưới dạng "Excel Workbook (.xlsx)"`,
  noSheet: 'tệp Excel không có trang tính nào',
  sheetMissing: (name: string, names: string) => `tệp Excel không có trang tính ${JSON.stringify(name)}; các trang tính: ${names}`,
  noHeader: (sheet: string, columns: string, key: string) =>
    `trang tính ${JSON.stringify(sheet)} không có dòng tiêu đề nào có cột ${key}; các cột đã thấy: ${columns}; ` +
    `hãy đặt tên cột là ${key}, hoặc ánh xạ tên cột bằng --columns "Tên cột=${key},…"`,
  columnsSyntax: (entry: string) =>
    `--columns nhận danh sách "Tên cột=trường" cách nhau bằng dấu phẩy (ví dụ "Ngày QĐ của Bộ=ministryDecisionDate,Ngày công bố=actual"), nhận được ${JSON.stringify(entry)}`,
  columnsTwice: (header: string) => `--columns ánh xạ cột ${JSON.stringify(header)} hai lần`,
  columnsOnly: '--columns chỉ dùng cho tệp CSV hoặc Excel (--format csv hoặc xlsx)',
  sheetOnly: '--sheet chỉ dùng cho tệp Excel (--format xlsx)',
  reportNeedsOut: '--report xlsx ghi một tệp Excel, không in ra màn hình: hãy thêm --out ket-qua.xlsx (mã lỗi xlsx_needs_out)',
  resultsSheet: 'Kết quả',
  summarySheet: 'Tổng hợp',
  headLine: 'Dòng',
  headId: 'Mã',
  headTitle: 'Tên',
  headUnit: 'Đơn vị',
  headRule: 'Quy định',
  headStatus: 'Kết luận',
  headDue: 'Hạn chót',
  headActual: 'Ngày thực hiện',
  headLate: 'Số ngày làm việc trễ',
  headExplanation: 'Giải thích',
  title: (source: string, asOf: string) => `Kiểm tra thời hạn: ${source} — tính đến ngày ${asOf}`,
  byRule: 'Theo quy định',
  byUnit: 'Theo đơn vị',
  total: 'Tổng',
  allRecords: 'Tất cả bản ghi',
  noUnit: '(không ghi đơn vị)',
  errorIn: (field: string, message: string) => `Lỗi ở trường ${field}: ${message}`,
};

/**
 * The messages, by language; both have the same keys.
 * @example `messages.en.headDue // 'Due day'`
 */
export const messages: { readonly vi: typeof vi; readonly en: typeof vi } = {
  vi,
  en: {
    needsExcelJs: (why: string) =>
      `reading and writing Excel files (.xlsx) needs the optional package exceljs, which is not installed (${why}); install it beside vn-deadlines: ` +
      `npm i exceljs — or save the register as CSV UTF-8 and use --format csv / --report csv (error code xlsx_needs_exceljs)`,
    notWorkbook: (why: string) => `cannot read the Excel file: it is not a valid .xlsx file (${why}); open it in Excel and save it as "Excel Workbook (.xlsx)"`,
    noSheet: 'the Excel file has no worksheet',
    sheetMissing: (name: string, names: string) => `the Excel file has no worksheet ${JSON.stringify(name)}; its worksheets: ${names}`,
    noHeader: (sheet: string, columns: string, key: string) =>
      `worksheet ${JSON.stringify(sheet)} has no header row with a ${key} column; columns seen: ${columns}; ` +
      `name a column ${key}, or map your column names with --columns "Column name=${key},…"`,
    columnsSyntax: (entry: string) =>
      `--columns takes "Column name=field" pairs separated by commas (e.g. "Ngày QĐ của Bộ=ministryDecisionDate,Ngày công bố=actual"), got ${JSON.stringify(entry)}`,
    columnsTwice: (header: string) => `--columns maps the column ${JSON.stringify(header)} twice`,
    columnsOnly: '--columns applies to CSV and Excel input only (--format csv or xlsx)',
    sheetOnly: '--sheet applies to Excel input only (--format xlsx)',
    reportNeedsOut: '--report xlsx writes an Excel file, not text for a terminal: add --out results.xlsx (error code xlsx_needs_out)',
    resultsSheet: 'Results',
    summarySheet: 'Summary',
    headLine: 'Row',
    headId: 'Id',
    headTitle: 'Title',
    headUnit: 'Unit',
    headRule: 'Rule',
    headStatus: 'Verdict',
    headDue: 'Due day',
    headActual: 'Done on',
    headLate: 'Working days late',
    headExplanation: 'Explanation',
    title: (source: string, asOf: string) => `Deadline check: ${source} — as of ${asOf}`,
    byRule: 'By rule',
    byUnit: 'By unit',
    total: 'Total',
    allRecords: 'All records',
    noUnit: '(no unit given)',
    errorIn: (field: string, message: string) => `Error in field ${field}: ${message}`,
  },
};
