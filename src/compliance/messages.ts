/**
 * The texts of the compliance layer — verdict sentences, the summary — in Vietnamese and
 * English, under one key set. `{due}`, `{actual}`, `{asOf}`, `{start}` are dates with their
 * weekday; `{wd}` and `{cd}` are numbers of days already in words (`days`, `workingDays`).
 */
import type { Catalogue } from '../core/catalogue.js';

export const COMPLIANCE_TEXT: Catalogue<
  | 'head'
  | 'days'
  | 'days1'
  | 'workingDays'
  | 'workingDays1'
  | 'earliestOpen'
  | 'earliestTooEarly'
  | 'earliestOk'
  | 'onTimeLastDay'
  | 'onTime'
  | 'late'
  | 'tooEarly'
  | 'openLastDay'
  | 'open'
  | 'overdue'
  | 'provisional'
  | 'pending'
  | 'pendingApplied'
  | 'notes'
  | 'readings'
  | 'readingsAgree'
  | 'readingLate'
  | 'readingsDiffer'
  | 'noVariant'
  | 'always'
  | 'source'
  | 'summary'
  | 'records'
  | 'records1'
  | 'byRule'
  | 'whatIf'
> = {
  vi: {
    head: 'Kết luận kiểm tra',
    days: '{n} ngày',
    days1: '{n} ngày',
    workingDays: '{n} ngày làm việc',
    workingDays1: '{n} ngày làm việc',
    earliestOpen: '{head}: chưa có ngày thực hiện để kiểm tra; ngày sớm nhất được phép là {due}',
    earliestTooEarly: '{head}: quá sớm — ngày {actual} sớm {cd} so với ngày sớm nhất được phép là {due}',
    earliestOk: '{head}: hợp lệ — ngày {actual} không sớm hơn ngày sớm nhất được phép là {due}',
    onTimeLastDay: '{head}: đúng hạn — thực hiện ngày {actual}, đúng ngày cuối cùng của thời hạn',
    onTime: '{head}: đúng hạn — thực hiện ngày {actual}, sớm {wd} ({cd} theo lịch) so với hạn chót {due}',
    late: '{head}: trễ hạn, chậm {wd} ({cd} theo lịch) — thực hiện ngày {actual}; hạn chót {due}',
    tooEarly: '{head}: quá sớm — thực hiện ngày {actual}, trước thời gian thực hiện (từ {start} đến hết {due})',
    openLastDay: '{head}: chưa đến hạn — tính đến ngày {asOf} chưa thực hiện; hôm nay là ngày cuối cùng của thời hạn',
    open: '{head}: chưa đến hạn — tính đến ngày {asOf} chưa thực hiện; còn {wd} ({cd} theo lịch) đến hạn chót {due}',
    overdue: '{head}: quá hạn — tính đến ngày {asOf} chưa thực hiện; đã quá {wd} ({cd} theo lịch) so với hạn chót {due}',
    provisional: 'kết quả dựa trên ngày nghỉ tạm tính',
    pending: '{date}: {name} (đang chờ công bố, chưa tính vào kết quả)',
    pendingApplied: '{date}: {name} (đang chờ công bố, đã tính vào kết quả)',
    notes: '{text} (lưu ý: {notes})',
    readings: 'Đối chiếu theo {n} quy định, kết quả {agree}: {list}',
    readingsAgree: 'thống nhất',
    readingLate: '{status} (chậm {wd})',
    readingsDiffer: 'khác nhau',
    noVariant: 'không có trường hợp nào của quy định áp dụng cho các dữ kiện đã cho (điều kiện: {list})',
    always: 'mọi trường hợp',
    source: 'Nguồn: {item} {document}: “{text}”',
    summary: 'Tổng hợp: {records}',
    records: '{n} bản ghi',
    records1: '{n} bản ghi',
    byRule: 'Theo quy định:',
    whatIf: 'Nếu các ngày nghỉ đang chờ công bố trở thành chính thức: {records} thay đổi kết luận, hạn chót hoặc số ngày làm việc chậm',
  },
  en: {
    head: 'Verdict',
    days: '{n} calendar days',
    days1: '{n} calendar day',
    workingDays: '{n} working days',
    workingDays1: '{n} working day',
    earliestOpen: '{head}: open — no day given to check; the earliest allowed day is {due}',
    earliestTooEarly: '{head}: too early — {actual} is {cd} before the earliest allowed day {due}',
    earliestOk: '{head}: on time — {actual} is not earlier than the earliest allowed day {due}',
    onTimeLastDay: '{head}: on time — done on {actual}, the last day of the period',
    onTime: '{head}: on time — done on {actual}, {cd} ({wd}) before the due day {due}',
    late: '{head}: late by {wd} ({cd}) — done on {actual}, due {due}',
    tooEarly: '{head}: too early — done on {actual}, before the window opens on {start} (due {due})',
    openLastDay: '{head}: open — not done as of {asOf}; today is the last day of the period',
    open: '{head}: open — not done as of {asOf}; {wd} ({cd}) left until the due day {due}',
    overdue: '{head}: overdue — not done as of {asOf}; {wd} ({cd}) past the due day {due}',
    provisional: 'rests on provisional days',
    pending: '{date}: {name} (pending, not counted)',
    pendingApplied: '{date}: {name} (pending, counted)',
    notes: '{text} (note: {notes})',
    readings: 'Verdict under {n} rules ({agree}): {list}',
    readingsAgree: 'they agree',
    readingLate: '{status} by {wd}',
    readingsDiffer: 'they differ',
    noVariant: 'no case of the rule applies to the facts given (conditions: {list})',
    always: 'always',
    source: 'Source: {document}, {item}: “{text}”',
    summary: 'Summary: {records}',
    records: '{n} records',
    records1: '{n} record',
    byRule: 'By rule:',
    whatIf: 'If the pending days off became law: {records} would change verdict, due day or working days late',
  },
};
