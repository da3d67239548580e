/**
 * The texts of the io layer — the text report — in Vietnamese and English, under one key set.
 * `{asOf}` is a date with its weekday.
 */
import type { Catalogue } from '../core/catalogue.js';

export const IO_TEXT: Catalogue<
  'line' | 'field' | 'title' | 'whatIf' | 'source' | 'interpretation' | 'due' | 'daysLate' | 'stdin' | 'outIsInput' | 'cannotWrite'
> = {
  vi: {
    line: 'dòng',
    field: 'cột',
    title: 'Kiểm tra thời hạn: {src} — tính đến ngày {asOf}',
    whatIf: 'nếu các ngày nghỉ đang chờ công bố trở thành chính thức',
    source: 'Nguồn: {item} {document}: “{text}”',
    interpretation: 'Cách hiểu áp dụng: {text}',
    due: 'hạn chót {from} → {to}',
    daysLate: 'số ngày làm việc chậm {from} → {to}',
    stdin: 'đầu vào chuẩn (stdin)',
    cannotWrite: 'không ghi được {out}: {why}',
    outIsInput:
      '--out {out} trùng với tệp đầu vào ({input}): ghi báo cáo vào đó sẽ xóa các bản ghi đang kiểm tra; hãy ghi báo cáo ra một tệp khác (mã lỗi out_is_input)',
  },
  en: {
    line: 'line',
    field: 'field',
    title: 'Deadline check: {src} — as of {asOf}',
    whatIf: 'if the pending days off became law',
    source: 'Source: {document}, {item}: “{text}”',
    interpretation: 'Reading applied: {text}',
    due: 'due {from} → {to}',
    daysLate: 'working days late {from} → {to}',
    stdin: 'standard input',
    cannotWrite: 'cannot write {out}: {why}',
    outIsInput:
      '--out {out} is the same file as the input ({input}): writing the report there would destroy the records being checked; write the report to another file (error code out_is_input)',
  },
};
