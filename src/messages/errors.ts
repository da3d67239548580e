/**
 * The texts of the library's errors, in Vietnamese and English, one per message key
 * (`VnDeadlinesError.key`). Parameters: `{argument}` (the fact at fault, as the caller names it;
 * for other errors `errorText` puts the argument in front), `{value}`, `{fact}`, `{ruleId}`, `{first}`–`{last}` (the calendar's range), `{from}`,
 * `{to}`, `{year}`, `{where}`, `{other}`, `{document}`, `{units}`, `{values}`, `{expected}`, `{description}` and `{detail}` (the English
 * particulars of a file that fails its schema, which the library words only in English).
 * Kept out of the main entry: only `vn-deadlines/messages` and the CLI bundle them.
 */
import type { Catalogue } from '../core/catalogue.js';
import type { ErrorKey } from '../core/errors.js';

export const ERROR_TEXT: Catalogue<
  ErrorKey | 'fact_type_date' | 'fact_type_boolean' | 'fact_type_enum' | 'fact_type_month' | 'fact_type_quarter' | 'fact_type_half' | 'fact_type_year'
> = {
  vi: {
    invalid_date: '{value} không phải là một ngày hợp lệ; hãy ghi ngày theo dạng năm-tháng-ngày YYYY-MM-DD, ví dụ 2025-01-20.',
    invalid_argument: 'Giá trị {value} không hợp lệ.',
    out_of_coverage: 'Ngày {value} nằm ngoài phạm vi của lịch (từ {first} đến {last}).',
    strict_year_missing:
      'Năm {year} chưa có thông báo chính thức về lịch nghỉ lễ, nghỉ Tết, mà lịch đang chỉ dùng số liệu chính thức; hãy bỏ chế độ này hoặc nạp tệp lịch nghỉ của năm {year}.',
    range_reversed: 'Ngày kết thúc {to} sớm hơn ngày bắt đầu {from}; hãy đổi chỗ hai ngày.',
    not_whole_number: 'Số ngày làm việc phải là số nguyên, nhận được {value}.',
    not_a_working_day:
      '{value} không phải là ngày làm việc nên không thể cộng 0 ngày làm việc; hãy chọn dời sang ngày làm việc tiếp theo hoặc lùi về ngày làm việc liền trước.',
    invalid_data: 'Dữ liệu không hợp lệ: {detail}',
    invalid_rule: 'Quy định không hợp lệ: {detail}',
    unknown_rule: 'Không có quy định mã {ruleId}; hãy kiểm tra lại mã quy định.',
    unknown_unit:
      'Không có đơn vị nào trong Kế hoạch ({document}) khớp với {value}; hãy ghi mã đơn vị ({units}) hoặc tên đơn vị, ví dụ "Sở Tư pháp" hoặc "UBND huyện Tiên Lãng".',
    duplicate_rule: 'Mã quy định {ruleId} bị trùng ({where} và {other}); mỗi quy định phải có một mã riêng.',
    missing_fact: 'Quy định {ruleId} cần dữ kiện {argument} ({description}) nhưng chưa được cung cấp.',
    invalid_fact: 'Dữ kiện {argument} của quy định {ruleId} không hợp lệ: {value} không phải là {expected}.',
    no_variant: 'Với các dữ kiện đã cho, không có trường hợp nào của quy định {ruleId} được áp dụng; hãy kiểm tra lại các dữ kiện.',
    worded: '{detail}',
    unknown_procedure: 'Không có thủ tục {value}; các thủ tục đã nạp: {units}.',
    record_date:
      '{value} không phải là một ngày; hãy ghi ngày theo dạng YYYY-MM-DD (ví dụ 2025-02-11) hoặc mốc thời gian ISO có múi giờ; trong tệp CSV và Excel cũng có thể ghi ngày/tháng/năm dd/mm/yyyy (ví dụ 11/02/2025, không bao giờ ghi tháng trước).',
    actual_before_event: 'Ngày thực hiện {value} sớm hơn sự kiện mà thời hạn được tính từ đó; hãy kiểm tra lại cả hai ngày.',
    fact_type_date: 'một ngày (YYYY-MM-DD)',
    fact_type_boolean: 'đúng hoặc sai (true/false)',
    fact_type_enum: 'một trong các giá trị {values}',
    fact_type_month: 'một tháng (YYYY-MM)',
    fact_type_quarter: 'một quý (YYYY-Qn)',
    fact_type_half: 'một nửa năm (YYYY-H1 hoặc YYYY-H2)',
    fact_type_year: 'một năm (YYYY)',
  },
  en: {
    invalid_date: '{value} is not a valid date; write it as YYYY-MM-DD, e.g. 2025-01-20.',
    invalid_argument: 'The value {value} is not valid.',
    out_of_coverage: "{value} is outside the calendar's range ({first} to {last}).",
    strict_year_missing:
      '{year} has no official arrangements of days off yet, and this calendar uses official data only; leave strict mode or load the year {year} file.',
    range_reversed: 'The end {to} is before the start {from}; swap them.',
    not_whole_number: 'The number of working days must be a whole number, got {value}.',
    not_a_working_day: '{value} is not a working day, so adding 0 working days has no answer; move to the next working day or back to the previous one.',
    invalid_data: 'The data is not valid: {detail}',
    invalid_rule: 'The rule is not valid: {detail}',
    unknown_rule: 'There is no rule {ruleId}; check the rule id.',
    unknown_unit: 'No unit of the plan {document} matches {value}; give a unit id ({units}) or a name such as "Sở Tư pháp" or "UBND huyện Tiên Lãng".',
    duplicate_rule: 'Rule id {ruleId} is used twice ({where} and {other}); every rule needs its own id.',
    missing_fact: 'Rule {ruleId} needs the fact {argument} ({description}), which was not given.',
    invalid_fact: 'The fact {argument} of rule {ruleId} is not valid: {value} is not {expected}.',
    no_variant: 'With the facts given, no case of rule {ruleId} applies; check the facts.',
    worded: '{detail}',
    unknown_procedure: 'There is no procedure {value}; the procedures loaded: {units}.',
    record_date:
      '{value} is not a date; write it YYYY-MM-DD (e.g. 2025-02-11) or as an ISO timestamp with offset; CSV and Excel files may also write it day/month/year dd/mm/yyyy (e.g. 11/02/2025, never month first).',
    actual_before_event: 'The day done, {value}, is before the event the deadline counts from; check both dates.',
    fact_type_date: 'a date (YYYY-MM-DD)',
    fact_type_boolean: 'true or false',
    fact_type_enum: 'one of {values}',
    fact_type_month: 'a month (YYYY-MM)',
    fact_type_quarter: 'a quarter (YYYY-Qn)',
    fact_type_half: 'a half-year (YYYY-H1 or YYYY-H2)',
    fact_type_year: 'a year (YYYY)',
  },
};
