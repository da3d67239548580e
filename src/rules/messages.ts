/**
 * The texts of the rules layer — the steps and the explanation of a due date — in Vietnamese
 * and English, under one key set. `{day}` is a date with its weekday and `{date}` one without
 * (`dayText`, `dateText` in src/core); the other parameters are named where they are used.
 */
import type { Catalogue } from '../core/catalogue.js';

export const RULES_TEXT: Catalogue<
  | 'weeklyRest'
  | 'provisional'
  | 'skip'
  | 'dayOff'
  | 'start'
  | 'count'
  | 'note'
  | 'dueCount'
  | 'dueCountBefore'
  | 'clamped'
  | 'rollTo'
  | 'noRoll'
  | 'noRollEarliest'
  | 'due'
  | 'result'
  | 'dueFirst'
  | 'data'
  | 'fixedBefore'
  | 'fixedBy'
  | 'opensAfter'
  | 'windowMonth'
  | 'windowYear'
  | 'windowAfter'
  | 'window'
  | 'windowEmpty'
  | 'dueLast'
  | 'period'
  | 'sendBefore'
  | 'sendBy'
  | 'isWorkingDay'
  | 'isWorkingDayBecause'
  | 'lastWorkingDay'
  | 'pending'
  | 'pendingApplied'
  | 'pendingNotApplied'
  | 'provisionalNote'
  | 'heading'
  | 'source'
  | 'notVerbatim'
  | 'variant'
  | 'interpretation'
  | 'steps'
  | 'conclusion'
  | 'conclusionDue'
  | 'conclusionFrom'
  | 'conclusionLast'
  | 'conclusionEarliest'
  | 'basis'
  | 'validFrom'
  | 'validTo'
  | 'validity'
  | 'counting'
  | 'always'
  | 'and'
  | 'or'
  | 'not'
  | 'yes'
  | 'no'
> = {
  vi: {
    weeklyRest: 'nghỉ hằng tuần',
    provisional: 'tạm tính',
    skip: '{day}: bỏ qua, không tính — {why}',
    dayOff: '{day} là ngày nghỉ — {why}',
    start: 'Mốc tính: {fact} là {day}; không tính ngày này (Điều 147 Bộ luật Dân sự 2015)',
    count: '{day}: ngày làm việc thứ {n}',
    note: 'lưu ý: {name} (chờ công bố)',
    dueCount: 'Hạn chót: {day} — ngày làm việc thứ {n} sau ngày {from}',
    dueCountBefore: 'Hạn chót: {day} — ngày làm việc thứ {n} trước ngày {from}',
    clamped: ' (tháng đó không có ngày tương ứng nên lấy ngày cuối tháng, Điều 148 Bộ luật Dân sự 2015)',
    rollTo: 'Do đó {roll}: {due}',
    noRoll: '{day} là ngày nghỉ; quy định không dời ngày này',
    noRollEarliest: '{day} là ngày nghỉ; ngày sớm nhất được phép không dời theo ngày nghỉ',
    due: 'Hạn chót: {day}',
    result: 'Ngày sớm nhất được phép: {day}',
    dueFirst: 'Hạn chót: {day} — ngày làm việc đầu tiên sau ngày {from}',
    data: 'Số liệu tính từ ngày {from} đến hết ngày {to}',
    fixedBefore: 'Thực hiện trước ngày {date}: ngày cuối cùng là {day}',
    fixedBy: 'Thực hiện chậm nhất ngày {date}: {day}',
    opensAfter: 'Thực hiện sau ngày {date}: từ {day}',
    windowMonth: 'Trong tháng {month}',
    windowYear: 'Trong năm {year}',
    windowAfter: 'Sau ngày {from}, đến hết ngày {until}',
    window: '{name}: từ {start} đến hết {end}',
    windowEmpty: ' — không còn thời gian thực hiện: sự kiện xảy ra sau ngày cuối cùng',
    dueLast: 'Hạn chót (ngày cuối cùng): {day}',
    period: 'Kỳ báo cáo: {period}',
    sendBefore: 'Gửi trước ngày {date}: ngày cuối cùng là {day}',
    sendBy: 'Gửi chậm nhất ngày {date}: {day}',
    isWorkingDay: '{day} là ngày làm việc',
    isWorkingDayBecause: '{day} là ngày làm việc — {why}',
    lastWorkingDay: 'Hạn chót {due} là ngày nghỉ; ngày làm việc cuối cùng trước đó: {day}',
    pending: 'Lưu ý: {date} {name} — {note} ({applied})',
    pendingApplied: 'đã tính vào kết quả',
    pendingNotApplied: 'chưa tính vào kết quả',
    provisionalNote: 'Lưu ý: kết quả dựa trên ngày nghỉ tạm tính (năm đó chưa có thông báo chính thức về lịch nghỉ)',
    heading: '{title} [{id}]',
    source: 'Nguồn: {item} {document} ngày {date}: “{text}”',
    notVerbatim: ' (chưa đối chiếu nguyên văn)',
    variant: 'Trường hợp: {variant}',
    interpretation: 'Cách hiểu áp dụng: {text}',
    steps: 'Các bước tính:',
    conclusion: 'Kết luận: {text}',
    conclusionDue: 'Kết luận: hạn chót là {day}',
    conclusionFrom: ', thực hiện từ {day}',
    conclusionLast: '; ngày làm việc cuối cùng: {day}',
    conclusionEarliest: 'Kết luận: ngày sớm nhất được phép là {day} (đây là giới hạn sớm nhất, không phải thời hạn)',
    basis: 'Căn cứ pháp lý: {list}',
    validFrom: 'từ ngày {date}',
    validTo: 'đến hết ngày {date}',
    validity: ' [hiệu lực {range}]',
    counting:
      'Cách tính thời hạn theo Điều 144 đến Điều 148 Bộ luật Dân sự 2015: không tính ngày xảy ra sự kiện; ngày cuối cùng của thời hạn trùng ngày nghỉ thì xử lý theo quy định tương ứng',
    always: 'mọi trường hợp',
    and: ' và ',
    or: ' hoặc ',
    not: 'không',
    yes: 'có',
    no: 'không',
  },
  en: {
    weeklyRest: 'weekly rest',
    provisional: 'provisional',
    skip: '{day}: skipped, not counted — {why}',
    dayOff: '{day} is a day off — {why}',
    start: 'Start: {fact} is {day}; that day is not counted (Civil Code 2015, Art. 147)',
    count: '{day}: working day {n}',
    note: 'note: {name} (pending)',
    dueCount: 'Due: {day} — working day {n} after {from}',
    dueCountBefore: 'Due: {day} — working day {n} before {from}',
    clamped: ' (that month has no corresponding day: its last day, Civil Code 2015, Art. 148)',
    rollTo: 'So {roll}: {due}',
    noRoll: '{day} is a day off; the rule does not move it',
    noRollEarliest: '{day} is a day off; an earliest allowed day does not move for days off',
    due: 'Due: {day}',
    result: 'Earliest allowed day: {day}',
    dueFirst: 'Due: {day} — the first working day after {from}',
    data: 'Data from {from} to {to}, both included',
    fixedBefore: 'To be done before {date}: the last allowed day is {day}',
    fixedBy: 'To be done by {date} at the latest: {day}',
    opensAfter: 'To be done after {date}: from {day}',
    windowMonth: 'During {month}',
    windowYear: 'During {year}',
    windowAfter: 'After {from}, until {until}',
    window: '{name}: from {start} to {end}',
    windowEmpty: ' — no time left: the event came after the last day',
    dueLast: 'Due (last day): {day}',
    period: 'Reporting period: {period}',
    sendBefore: 'Send before {date}: the last allowed day is {day}',
    sendBy: 'Send by {date} at the latest: {day}',
    isWorkingDay: '{day} is a working day',
    isWorkingDayBecause: '{day} is a working day — {why}',
    lastWorkingDay: 'The due day {due} is a day off; the last working day before it: {day}',
    pending: 'Note: {date} {name} — {note} ({applied})',
    pendingApplied: 'counted',
    pendingNotApplied: 'not counted',
    provisionalNote: 'Note: the result rests on provisional days (no official arrangements for that year yet)',
    heading: '{title} [{id}]',
    source: 'Source: {document} of {date}, {item}: “{text}”',
    notVerbatim: ' (wording not checked against the document)',
    variant: 'Case: {variant}',
    interpretation: 'Reading applied: {text}',
    steps: 'Steps:',
    conclusion: 'Conclusion: {text}',
    conclusionDue: 'Conclusion: due {day}',
    conclusionFrom: ', to be done from {day}',
    conclusionLast: '; last working day: {day}',
    conclusionEarliest: 'Conclusion: the earliest allowed day is {day} (a lower bound, not a deadline)',
    basis: 'Legal basis: {list}',
    validFrom: 'from {date}',
    validTo: 'to {date}',
    validity: ' [in force {range}]',
    counting: 'Counting: Civil Code 2015, Art. 144–148 (the day of the event is not counted; a last day that is a day off moves as the rule says)',
    always: 'always',
    and: ' and ',
    or: ' or ',
    not: 'not',
    yes: 'yes',
    no: 'no',
  },
};
