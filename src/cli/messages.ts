/**
 * The texts of the CLI — help, usage errors, the lines of its answers — in Vietnamese and
 * English, under one key set. `help.<command>` is what `<command> --help` prints under the
 * command's synopsis (the synopsis, options and all, is the same in both languages).
 */
import type { Catalogue } from '../core/catalogue.js';

/** The commands that have a help text. */
export type HelpKey =
  | 'help.day'
  | 'help.add'
  | 'help.between'
  | 'help.calendar'
  | 'help.demo'
  | 'help.rules'
  | 'help.due'
  | 'help.plan'
  | 'help.agenda'
  | 'help.check'
  | 'help.holidays'
  | 'help.export'
  | 'help.dossiers'
  | 'help.serve';

export const CLI_TEXT: Catalogue<
  | HelpKey
  | 'parquetNeedsDuckdb'
  | 'progress'
  | 'nothingEmpty'
  | 'nothingHeader'
  | 'nothingBinary'
  | 'nothingRecords'
  | 'demoHeading'
  | 'demoFacts'
  | 'demoDue'
  | 'demoEarliest'
  | 'demoLast'
  | 'demoData'
  | 'demoDayOff'
  | 'demoReading'
  | 'expectedArg'
  | 'isDirectory'
  | 'workers'
  | 'serveNumber'
  | 'serveMaxRecords'
  | 'serveTimeouts'
  | 'oneOf'
  | 'formatOf'
  | 'jsonReport'
  | 'failOn'
  | 'summaryPeriod'
  | 'period'
  | 'whatIfPending'
  | 'factForm'
  | 'noSuchFact'
  | 'factTwice'
  | 'factNotDate'
  | 'holidaysOk'
  | 'holidaysProblem'
  | 'holidaysYearOutside'
  | 'noSuchRule'
  | 'eventForm'
  | 'eventsFile'
  | 'completedFile'
  | 'role'
  | 'dateRequired'
  | 'dateOption'
  | 'icsMonth'
  | 'jsonOrIcs'
  | 'roleNeedsUnit'
  | 'unitValue'
  | 'expectedValidate'
  | 'expectedCalendar'
  | 'parquetOut'
  | 'fromAfterTo'
  | 'formatOfStdin'
  | 'title'
  | 'commands'
  | 'footer'
  | 'unknownCommand'
  | 'unknownOption'
  | 'needsValue'
  | 'takesNoValue'
  | 'expectedArgs'
  | 'lang'
  | 'wholeNumber'
  | 'year'
  | 'month'
  | 'cannotRead'
  | 'fileMissing'
  | 'fileDenied'
  | 'notJson'
  | 'skipped'
  | 'notePending'
  | 'noteProvisional'
  | 'working'
  | 'dayOff'
  | 'provisional'
  | 'pending'
  | 'notDeadline'
  | 'facts'
  | 'kind.window'
  | 'kind.ongoing'
  | 'kind.onOccurrence'
  | 'kind.untilSuperseded'
  | 'kind.offset'
  | 'kind.immediatelyAfter'
  | 'kind.periodic'
  | 'kind.fixed'
  | 'noFacts'
  | 'stdin'
> = {
  vi: {
    parquetNeedsDuckdb:
      "--format parquet cần gói tùy chọn {pkg}, gói này chưa được cài ({why}); hãy cài cùng vn-deadlines (npm i {pkg}), hoặc xuất --format csv rồi chuyển bằng DuckDB: COPY (FROM read_csv('calendar.csv')) TO 'calendar.parquet' (FORMAT parquet) (mã lỗi parquet_needs_duckdb)",
    progress: 'đã kiểm tra {done} bản ghi ({rate}/giây)…',
    nothingEmpty: '{source} rỗng (0 byte, hoặc chỉ có BOM và dòng trống): không có bản ghi nào được kiểm tra (mã lỗi empty_input)',
    nothingHeader: '{source} chỉ có dòng tiêu đề, không có dòng dữ liệu nào: không có bản ghi nào được kiểm tra (mã lỗi header_only)',
    nothingBinary:
      '{source} có byte NUL ở vị trí {offset}: đây là tệp nhị phân (hoặc văn bản UTF-16), không phải CSV/NDJSON/JSON UTF-8; không có bản ghi nào được kiểm tra — hãy lưu tệp dưới dạng CSV UTF-8 (mã lỗi binary_input)',
    nothingRecords: '{source} không chứa bản ghi nào: không có bản ghi nào được kiểm tra (mã lỗi no_records)',
    demoHeading: 'Thời hạn trong Kế hoạch ban hành kèm theo QĐ 257/QĐ-UBND (Hải Phòng, 24/01/2025) và các văn bản liên quan:',
    demoFacts: '  dữ kiện: {facts}',
    demoDue: '  → hạn chót: {day}',
    demoEarliest: '  → ngày sớm nhất được phép: {day}',
    demoLast: ' (ngày làm việc cuối cùng: {day})',
    demoData: '    số liệu: từ ngày {from} đến hết ngày {to}',
    demoDayOff: '    ngày nghỉ {day}: {why}',
    demoReading: '    cách hiểu áp dụng: {text}',
    expectedArg: 'cần {n} đối số; cách dùng: {usage}',
    isDirectory: 'không đọc được {file}: đây là một thư mục',
    workers: '--workers phải là một số nguyên từ 0 đến 99, nhận được {value}',
    serveNumber: '{option} (hoặc {variable}) phải là một số nguyên từ 0 đến {max}, nhận được {value}',
    serveMaxRecords: '--max-records phải từ 1 trở lên',
    serveTimeouts: '--headers-timeout ({headers} giây) không được dài hơn --request-timeout ({request} giây)',
    oneOf: '{option} phải là một trong các giá trị {allowed}, nhận được {value}',
    formatOf: 'không biết định dạng của {file} từ tên tệp; hãy ghi --format csv, ndjson, json hoặc xlsx',
    jsonReport: '--json nghĩa là --report json, nhưng --report đang là {report}',
    summaryPeriod: '--summary và --period đi cùng nhau: --summary --period 2025-Q1',
    period: '--period phải có dạng YYYY-MM, YYYY-Qn (quý), YYYY-H1/H2 (nửa năm) hoặc YYYY, nhận được {value}',
    failOn: '--fail-on nhận các trạng thái trong số {allowed}, nhận được {value}',
    whatIfPending:
      '--what-if-pending so sánh với trường hợp các ngày nghỉ đang chờ công bố được áp dụng; với --include-pending chúng đã được áp dụng: chỉ dùng một trong hai tùy chọn',
    factForm: '--fact cần dạng tên=giá trị, nhận được {value}',
    noSuchFact: 'quy định {rule} không có dữ kiện {name}; các dữ kiện của quy định: {facts}',
    factTwice: 'dữ kiện {name} được ghi hai lần',
    holidaysOk: '{file}: hợp lệ — năm {year}, phiên bản dữ liệu {dataVersion}, {entries} mục',
    holidaysProblem: '{file} tại {path}: {message}',
    holidaysYearOutside: 'năm {year} nằm ngoài các năm của lịch ({first}–{last})',
    factNotDate:
      '--fact {name}: {value} không phải là một ngày có thật; ghi ngày theo dạng ngày/tháng/năm (dd/mm/yyyy, ví dụ 10/02/2025, không bao giờ ghi tháng trước) hoặc yyyy-mm-dd',
    noSuchRule: "{lead}không có quy định mã {id}; xem danh sách bằng 'vn-deadlines rules'",
    eventForm: '--event cần dạng <mã quy định>:<dữ kiện>=<giá trị>[,<dữ kiện>=<giá trị>…], nhận được {value}',
    eventsFile: '--events: tệp {file} phải chứa một mảng { "rule": …, "facts": { … } }',
    completedFile: '--completed: tệp {file} phải chứa một mảng mã lần thực hiện hoặc { "row": …, "period": …, "date": … }',
    role: '--role phải là lead (chủ trì), cooperating (phối hợp) hoặc any, nhận được {value}',
    dateRequired: 'cần có {option} <ngày>, ví dụ 10/02/2025 hoặc 2025-02-10',
    dateOption: '{option}: {value} không phải là một ngày hợp lệ; ghi ngày theo dạng ngày/tháng/năm (ví dụ 10/02/2025) hoặc YYYY-MM-DD',
    icsMonth: '--ics xuất cả năm; hãy bỏ --month',
    jsonOrIcs: 'chỉ dùng --json hoặc --ics, không dùng cả hai',
    roleNeedsUnit: '--role cần đi kèm --unit',
    unitValue: '--unit cần mã hoặc tên của một đơn vị',
    expectedValidate: "cần 'validate <file> …'; cách dùng: {usage}",
    expectedCalendar: "cần 'calendar'; cách dùng: {usage}",
    parquetOut: '--format parquet cần --out <tệp> (Parquet không in ra màn hình)',
    fromAfterTo: '--from {from} sau --to {to}',
    formatOfStdin: 'không biết định dạng của đầu vào chuẩn; hãy ghi --format csv, ndjson, json hoặc xlsx',
    title: 'vn-deadlines — lịch ngày làm việc của cơ quan nhà nước Việt Nam và thời hạn hành chính',
    commands: 'Các lệnh:',
    footer: "Xem 'vn-deadlines <lệnh> --help' để biết về một lệnh; 'vn-deadlines --version' để biết phiên bản. Thêm --lang en để xem tiếng Anh.",
    unknownCommand: "không có lệnh {name}; xem 'vn-deadlines --help'",
    unknownOption: "không có tùy chọn {option}; xem 'vn-deadlines {command} --help'",
    needsValue: "tùy chọn {option} cần một giá trị; xem 'vn-deadlines {command} --help'",
    takesNoValue: "tùy chọn {option} không nhận giá trị; xem 'vn-deadlines {command} --help'",
    expectedArgs: 'cần {n} đối số; cách dùng: {usage}',
    lang: '--lang phải là vi hoặc en, nhận được {value}',
    wholeNumber: '<n> phải là một số nguyên, nhận được {value}',
    year: '<year> phải gồm bốn chữ số, nhận được {value}',
    month: '--month phải từ 1 đến 12, nhận được {value}',
    cannotRead: '{lead}không đọc được tệp {file}: {why}',
    fileMissing: '{lead}không đọc được tệp {file}: tệp không tồn tại',
    fileDenied: '{lead}không đọc được tệp {file}: không có quyền đọc tệp này',
    notJson: '{lead}tệp {file} không phải JSON: {why}',
    skipped: '  bỏ qua {day}',
    notePending: '  lưu ý, đang chờ công bố: {date} {name} — {note}',
    noteProvisional:
      '  lưu ý: kết quả dựa trên ngày nghỉ tạm tính (năm chưa có thông báo chính thức về lịch nghỉ lễ; tạm tính theo Điều 112 Bộ luật Lao động 2019)',
    working: 'ngày làm việc',
    dayOff: 'ngày nghỉ',
    provisional: ' [tạm tính]',
    pending: 'chờ công bố: {name}',
    notDeadline: ' (không phải thời hạn)',
    facts: 'dữ kiện',
    'kind.window': 'thời gian thực hiện',
    'kind.ongoing': 'thường xuyên',
    'kind.onOccurrence': 'khi có phát sinh',
    'kind.untilSuperseded': 'thường xuyên, đến khi có văn bản thay thế',
    'kind.offset': 'tính từ sự kiện',
    'kind.immediatelyAfter': 'ngay sau sự kiện',
    'kind.periodic': 'định kỳ',
    'kind.fixed': 'ngày cố định',
    noFacts: 'không cần',
    stdin: 'đầu vào chuẩn',
    'help.day': '  Cho biết một ngày có phải là ngày làm việc không, và vì sao.',
    'help.add': '  Ngày làm việc thứ n sau <date> (trước <date> khi n < 0).',
    'help.between': '  Số ngày làm việc d với a < d <= b (số âm, đếm b <= d < a, khi b trước a).',
    'help.calendar':
      '  Lịch từng tháng của một năm, đánh dấu ngày nghỉ, kèm chú giải; --json liệt kê mọi ngày không phải ngày thường trong tuần;\n  --ics in ngày nghỉ và ngày thứ Bảy làm bù dưới dạng tệp iCalendar.',
    'help.demo': '  Một tháng của lịch năm 2025 và các thời hạn của Kế hoạch kèm lý do; --json cho cùng nội dung dưới dạng dữ liệu.',
    'help.rules': '  Các quy định về thời hạn: mã, loại, tên và dữ kiện (với --rules: cả các tệp quy định của bạn).',
    'help.due':
      '  Hạn chót của một quy định với các dữ kiện đã cho, kèm cách tính. Ngày ghi theo dạng ngày/tháng/năm (10/02/2025) hoặc YYYY-MM-DD, giá trị đúng/sai ghi true|false.\n  Ví dụ: vn-deadlines due hp-2025/central-tthc-list --fact ministryDecisionDate=20/01/2025',
    'help.plan':
      '  Các dòng của Kế hoạch (QĐ 257/QĐ-UBND, Hải Phòng 2025): số thứ tự, nhiệm vụ, thời gian, đơn vị và quy định; với --unit: các dòng của một đơn vị.',
    'help.agenda':
      '  Việc một đơn vị chủ trì hoặc phối hợp trong khoảng [from, to] (tính cả hai ngày), xếp theo hạn chót: báo cáo và kỳ số liệu,\n  ngày cố định, khoảng thời gian thực hiện, thời hạn phát sinh từ sự kiện, nhiệm vụ thường xuyên; ghi "quá hạn" khi đã qua --as-of\n  (mặc định: hôm nay theo giờ Việt Nam) mà chưa hoàn thành. --ics in tệp iCalendar: mỗi hạn chót một sự kiện cả ngày.\n  Ví dụ: vn-deadlines agenda --unit "Sở Tư pháp" --from 01/03/2025 --to 31/03/2025 --ics > so-tu-phap.ics',
    'help.check':
      '  Kiểm tra một tệp bản ghi theo thời hạn của từng bản ghi: mỗi bản ghi một kết quả, theo thứ tự, sau đó là phần tổng hợp.\n  Đầu vào (--format, nếu không thì theo phần mở rộng của tệp; <file> là - thì đọc đầu vào chuẩn): mỗi dòng CSV hoặc NDJSON một bản ghi, gồm\n    rule     mã quy định; nhiều quy định cho cùng một việc thì ngăn cách bằng | (mỗi quy định một kết luận)\n    actual   ngày thực hiện: YYYY-MM-DD (tệp CSV và Excel ghi được cả dd/mm/yyyy) hoặc mốc thời gian ISO có múi giờ (tính theo UTC+7); để trống: chưa thực hiện\n    id       không bắt buộc, số hiệu của bạn, giữ nguyên trong kết quả;  title  không bắt buộc, hiện trong báo cáo văn bản và CSV\n    unit     không bắt buộc, đơn vị chủ trì: báo cáo Excel đếm kết luận theo đơn vị\n    …        các dữ kiện của quy định theo tên (xem vn-deadlines rules), ví dụ ministryDecisionDate, effectiveDate, effectiveOnSigning\n  Sổ Excel (.xlsx; cần gói tùy chọn exceljs: npm i exceljs): trang tính đầu tiên hoặc --sheet "Tên trang"; tên cột của sổ ánh xạ sang trường bằng --columns "Ngày công bố=actual,Quy định=rule"\n    (cả với CSV); dòng tiêu đề là dòng đầu tiên có cột rule; ô ngày, ngày gõ dd/mm/yyyy hoặc d/m/yyyy (không bao giờ tháng trước) đều đọc được.\n  Báo cáo (--report, mặc định text): text để đọc; csv; ndjson, mỗi bản ghi một đối tượng gồm line, id, status, due,\n    workingDaysLate (và error với bản ghi lỗi); json, { results, summary }; xlsx (cần --out): sổ Excel tô màu theo kết luận, có trang tổng hợp theo quy định và theo đơn vị. Phần tổng hợp in ra stderr (nằm trong json).\n  --as-of: ngày kiểm tra đối với việc chưa thực hiện (mặc định: hôm nay theo giờ Việt Nam). --what-if-pending: báo thêm các\n    bản ghi sẽ thay đổi kết luận, hạn chót hoặc số ngày chậm nếu các thông báo đang chờ (ví dụ đề xuất hoán đổi 23/11 ↔ 28/11/2026) được ban hành.\n  --workers n: số luồng xử lý cho tệp NDJSON (mặc định: mỗi nhân rảnh một luồng, từ 16 MB; 0: một luồng); kết quả như nhau.\n  --out file: báo cáo được ghi trọn vẹn hoặc không ghi gì (lần chạy lỗi hoặc bị ngắt giữ nguyên tệp cũ);\n    không được trùng với tệp đầu vào.\n  Mã thoát: 0 chạy xong (bản ghi lỗi cũng là một kết quả); 1 với --fail-on khi có bản ghi ở trạng thái đó;\n    2 đối số không dùng được, tệp không đọc được, hoặc không có gì để kiểm tra (tệp rỗng, chỉ có dòng tiêu đề, tệp nhị phân);\n    130 bị ngắt (Ctrl-C).\n  Ví dụ: vn-deadlines check examples/publications.csv --as-of 31/03/2025',
    'help.holidays':
      '  Kiểm tra các tệp lịch nghỉ chính thức của một năm (theo cấu trúc holidays/<year>.json) để dùng với --holidays: mỗi tệp một dòng,\n  "<file>: hợp lệ …" trên stdout, hoặc mỗi lỗi một dòng "<file> tại <path>: <lỗi>" trên stderr.\n  Mã thoát: 0 mọi tệp hợp lệ; 2 có tệp không hợp lệ hoặc không đọc được.\n  Ví dụ: vn-deadlines holidays validate 2027.json && vn-deadlines add 2027-02-01 5 --holidays 2027.json',
    'help.export':
      '  Xuất lịch thành bảng, mỗi ngày một dòng, để nạp vào DuckDB, Spark, PostgreSQL (xem sql/README.md):\n    date, is_working_day, working_day_index (số ngày làm việc từ --from đến hết ngày đó), kind,\n    name_vi, name_en, documents, provisional, data_version.\n  --from, --to: khoảng ngày, tính cả hai đầu (mặc định: toàn bộ phạm vi của lịch, từ 2013-01-01 đến 2100-12-31).\n  --format: csv (mặc định; có dòng tiêu đề, ô chữ được chặn công thức bảng tính), ndjson, hoặc parquet\n    (cần cài gói tùy chọn @duckdb/node-api cùng vn-deadlines, và --out).\n  --out file: ghi trọn vẹn hoặc không ghi gì; mặc định là đầu ra chuẩn.\n  Ví dụ: vn-deadlines export calendar --format csv --out calendar.csv',
    'help.dossiers':
      '  Kiểm tra sổ theo dõi hồ sơ một cửa: ngày hẹn trả kết quả của từng hồ sơ, tình trạng (trước hạn, đúng hạn, trễ hạn, chưa đến hạn,\n    quá hạn chưa giải quyết, chờ bổ sung, dừng giải quyết) và số ngày/giờ làm việc chậm.\n  Các cột: procedure (mã thủ tục: procedures/*.json hoặc --procedures), receivedAt (ngày giờ tiếp nhận, ISO có múi giờ),\n    resolvedAt (để trống: chưa giải quyết), id, unit, events (mảng JSON: supplementRequested, supplementReceived, extended, reappointed, stopped).\n  Sổ Excel (.xlsx): --sheet và --columns như lệnh check; dòng tiêu đề là dòng đầu tiên có cột procedure; ngày giờ gõ dd/mm/yyyy hh:mm\n    hoặc ô ngày giờ của Excel được hiểu theo giờ Việt Nam (UTC+7).\n  --summary --period: bảng tổng hợp đúng hạn của kỳ số liệu (ngày 15 đến ngày 14, NĐ 09/2019) theo đơn vị và thủ tục;\n    --as-of mặc định là cuối kỳ đó (nếu không: thời điểm hiện tại).\n  --office-hours: giờ làm việc của cơ quan (dạng procedures/office-hours/*.json); mặc định: giờ làm việc tạm dùng của Hải Dương/Hải Phòng.\n  --workers n: số luồng xử lý cho tệp NDJSON (mặc định: mỗi nhân rảnh một luồng, từ 16 MB; 0: một luồng); kết quả như nhau.\n  Mã thoát: 0 chạy xong (dòng lỗi cũng là một kết quả); 1 với --fail-on khi có hồ sơ ở trạng thái đó;\n    2 đối số không dùng được, tệp không đọc được, hoặc không có gì để kiểm tra; 130 bị ngắt.\n  Ví dụ: vn-deadlines dossiers examples/dossiers.csv --summary --period 2025-Q1',
    'help.serve':
      '  Dịch vụ HTTP: lịch, hạn, kiểm tra thời hạn và lịch đăng ký (ICS) dưới dạng JSON (OpenAPI 3.1 tại /openapi.json, tài liệu tại /docs).\n  Mỗi tùy chọn có một biến môi trường, dùng khi không ghi tùy chọn:\n    --host VN_DEADLINES_HOST (mặc định 127.0.0.1; 0.0.0.0 trong container)   --port VN_DEADLINES_PORT (mặc định 8080; 0: cổng trống bất kỳ)\n    --cors-origin VN_DEADLINES_CORS_ORIGINS (ngăn cách bằng dấu phẩy; * cho mọi nguồn; mặc định không có)\n    --body-limit VN_DEADLINES_BODY_LIMIT (số byte của thân JSON, mặc định 1048576: lớn hơn thì 413; kiểm tra NDJSON, CSV, Excel đọc dần, không giới hạn)\n    --max-records VN_DEADLINES_MAX_RECORDS (số bản ghi của một mảng JSON gửi tới /v1/check, mặc định 1000)\n    --headers-timeout VN_DEADLINES_HEADERS_TIMEOUT (giây, mặc định 10)   --request-timeout VN_DEADLINES_REQUEST_TIMEOUT (giây, mặc định 300; 0: không giới hạn)\n    --log-level VN_DEADLINES_LOG_LEVEL (fatal, error, warn, info, debug, trace, silent; mặc định info): mỗi yêu cầu một dòng JSON ra stdout\n  --holidays và --rules được đọc một lần khi khởi động; dịch vụ không ghi gì xuống đĩa. SIGTERM hoặc SIGINT: các yêu cầu đang xử lý\n  được hoàn tất rồi tiến trình thoát với mã 0. Cần các gói tùy chọn hono, @hono/node-server và pino (npm i hono @hono/node-server pino).\n  Ví dụ: vn-deadlines serve --port 8080',
  },
  en: {
    parquetNeedsDuckdb:
      "--format parquet needs the optional package {pkg}, which is not installed ({why}); install it beside vn-deadlines (npm i {pkg}), or export --format csv and convert with DuckDB: COPY (FROM read_csv('calendar.csv')) TO 'calendar.parquet' (FORMAT parquet) (error code parquet_needs_duckdb)",
    progress: '{done} records checked ({rate}/s)…',
    nothingEmpty: '{source} is empty (0 bytes, or only a BOM and blank lines): nothing was checked (error code empty_input)',
    nothingHeader: '{source} has a header row and no data rows: nothing was checked (error code header_only)',
    nothingBinary:
      '{source} has a NUL byte at offset {offset}: it is a binary file (or UTF-16 text), not UTF-8 CSV, NDJSON or JSON; nothing was checked — save it as CSV UTF-8 (error code binary_input)',
    nothingRecords: '{source} holds no record: nothing was checked (error code no_records)',
    demoHeading: 'Deadlines of the plan QĐ 257/QĐ-UBND (Hải Phòng, 24/01/2025) and related rules:',
    demoFacts: '  facts: {facts}',
    demoDue: '  → due: {day}',
    demoEarliest: '  → earliest allowed day: {day}',
    demoLast: ' (last working day: {day})',
    demoData: '    data: {from} to {to}',
    demoDayOff: '    day off {day}: {why}',
    demoReading: '    reading applied: {text}',
    expectedArg: 'expected {n} argument; usage: {usage}',
    isDirectory: 'cannot read {file}: it is a directory',
    workers: '--workers must be a whole number from 0 to 99, got {value}',
    serveNumber: '{option} (or {variable}) must be a whole number from 0 to {max}, got {value}',
    serveMaxRecords: '--max-records must be at least 1',
    serveTimeouts: '--headers-timeout ({headers} s) must not be longer than --request-timeout ({request} s)',
    oneOf: '{option} must be one of {allowed}, got {value}',
    formatOf: 'cannot tell the format of {file} from its name; give --format csv, ndjson, json or xlsx',
    jsonReport: '--json asks for --report json, but --report is {report}',
    summaryPeriod: '--summary and --period go together: --summary --period 2025-Q1',
    period: '--period must be YYYY-MM, YYYY-Qn, YYYY-H1/H2 or YYYY, got {value}',
    failOn: '--fail-on takes statuses among {allowed}, got {value}',
    whatIfPending: '--what-if-pending compares with the pending days off applied; with --include-pending they already are: give one of the two',
    factForm: '--fact expects name=value, got {value}',
    noSuchFact: 'rule {rule} has no fact {name}; its facts: {facts}',
    factTwice: 'fact {name} is given twice',
    holidaysOk: '{file}: ok — year {year}, dataVersion {dataVersion}, {entries} entries',
    holidaysProblem: '{file} at {path}: {message}',
    holidaysYearOutside: "{year} is outside the calendar's years {first}–{last}",
    factNotDate: '--fact {name}: {value} is not a date; write dates day/month/year (dd/mm/yyyy, e.g. 10/02/2025, never month first) or yyyy-mm-dd',
    noSuchRule: "{lead}no rule {id}; run 'vn-deadlines rules' for the list",
    eventForm: '--event expects <rule-id>:<fact>=<value>[,<fact>=<value>…], got {value}',
    eventsFile: '--events: {file} must hold an array of { "rule": …, "facts": { … } }',
    completedFile: '--completed: {file} must hold an array of occurrence keys or { "row": …, "period": …, "date": … }',
    role: '--role must be lead, cooperating or any, got {value}',
    dateRequired: '{option} <YYYY-MM-DD> is required',
    dateOption: '{option} must be a date YYYY-MM-DD, got {value}',
    icsMonth: '--ics exports the whole year; leave out --month',
    jsonOrIcs: 'give --json or --ics, not both',
    roleNeedsUnit: '--role needs --unit',
    unitValue: '--unit needs a unit id or name',
    expectedValidate: "expected 'validate <file> …'; usage: {usage}",
    expectedCalendar: "expected 'calendar'; usage: {usage}",
    parquetOut: '--format parquet needs --out file (Parquet is not written to a terminal)',
    fromAfterTo: '--from {from} is after --to {to}',
    formatOfStdin: 'cannot tell the format of standard input; give --format csv, ndjson, json or xlsx',
    title: 'vn-deadlines — the Vietnamese civil-service working-day calendar and administrative deadlines',
    commands: 'Commands:',
    footer: "Run 'vn-deadlines <command> --help' for one command; 'vn-deadlines --version' for the version. Add --lang vi for Vietnamese.",
    unknownCommand: "unknown command {name}; run 'vn-deadlines --help'",
    unknownOption: "unknown option {option}; run 'vn-deadlines {command} --help' for its options",
    needsValue: "{option} needs a value; run 'vn-deadlines {command} --help' for its options",
    takesNoValue: "{option} takes no value; run 'vn-deadlines {command} --help' for its options",
    expectedArgs: 'expected {n} argument(s); usage: {usage}',
    lang: '--lang must be vi or en, got {value}',
    wholeNumber: '<n> must be a whole number, got {value}',
    year: '<year> must be four digits, got {value}',
    month: '--month must be 1–12, got {value}',
    cannotRead: '{lead}cannot read {file}: {why}',
    fileMissing: '{lead}cannot read {file}: ENOENT: no such file or directory',
    fileDenied: '{lead}cannot read {file}: EACCES: permission denied',
    notJson: '{lead}{file} is not JSON: {why}',
    skipped: '  skipped {day}',
    notePending: '  note, pending: {date} {name} — {note}',
    noteProvisional: '  note: this answer rests on provisional days (a year without official arrangements; derived from the Labour Code)',
    working: 'working day',
    dayOff: 'day off',
    provisional: ' [provisional]',
    pending: 'pending: {name}',
    notDeadline: ' (not a deadline)',
    facts: 'facts',
    'kind.window': 'window',
    'kind.ongoing': 'ongoing',
    'kind.onOccurrence': 'onOccurrence',
    'kind.untilSuperseded': 'untilSuperseded',
    'kind.offset': 'offset',
    'kind.immediatelyAfter': 'immediatelyAfter',
    'kind.periodic': 'periodic',
    'kind.fixed': 'fixed',
    noFacts: '—',
    stdin: 'standard input',
    'help.day': '  Whether a day is a working day, and why.',
    'help.add': '  The n-th working day after <date> (before it when n < 0).',
    'help.between': '  Working days d with a < d <= b (negative, counting b <= d < a, when b is before a).',
    'help.calendar':
      '  Month grids of a year with days off marked and a legend; --json lists every day that is not an ordinary weekday;\n  --ics prints the days off and make-up Saturdays as an iCalendar file.',
    'help.demo': "  A month of the 2025 calendar and the plan's deadlines with their reasons; --json gives the same as data.",
    'help.rules': '  The deadline rules: id, kinds, title and facts (with --rules: your rule files too).',
    'help.due':
      '  The due day of a rule for the facts given, with its explanation. Dates are dd/mm/yyyy (day first, 20/01/2025) or YYYY-MM-DD,\n  booleans true|false.\n  Example: vn-deadlines due hp-2025/central-tthc-list --fact ministryDecisionDate=20/01/2025',
    'help.plan': "  The rows of the plan (QĐ 257/QĐ-UBND, Hải Phòng 2025): number, task, time, units and rules; with --unit, a unit's rows.",
    'help.agenda':
      '  What a unit leads or supports in [from, to] (both included), sorted by due day: reports with their data periods,\n  fixed dates, windows, deadlines that follow from events, and ongoing tasks; \'quá hạn\' (overdue) when past --as-of\n  (default: today in Vietnam) without a completion. --ics prints an iCalendar file: one all-day event per due day.\n  Example: vn-deadlines agenda --unit "Sở Tư pháp" --from 2025-03-01 --to 2025-03-31 --ics > so-tu-phap.ics',
    'help.check':
      '  Checks a file of records against their deadlines: one result per record, in order, then a summary.\n  Input (--format, else from the extension; <file> - reads standard input): one record per CSV row or NDJSON line, with\n    rule     a rule id; several rules for the same act separated by | (one verdict each)\n    actual   the day the act was done: YYYY-MM-DD (also dd/mm/yyyy in CSV and Excel) or an ISO timestamp with offset (taken in UTC+7); empty: not done\n    id       optional, your reference, carried to the output;  title  optional, shown in the text and CSV reports\n    unit     optional, the unit in charge: the Excel report counts the verdicts by unit\n    …        the rule\'s facts by name (vn-deadlines rules lists them), e.g. ministryDecisionDate, effectiveDate, effectiveOnSigning\n  Excel (.xlsx; needs the optional package exceljs: npm i exceljs): the first worksheet or --sheet "Name"; map the register\'s column names to fields with --columns "Publication date=actual,Rule=rule"\n    (CSV too); the header row is the first with a rule column; date cells and dates typed dd/mm/yyyy or d/m/yyyy (never month first) are read.\n  Report (--report, default text): text for people; csv; ndjson, one object per record with line, id, status, due,\n    workingDaysLate (and error for a bad record); json, { results, summary }; xlsx (needs --out): a workbook coloured by verdict, with summary sheets per rule and per unit. The summary goes to stderr (inside json).\n  --as-of: the day of the check for acts not done yet (default: today in Vietnam). --what-if-pending: also report the\n    records whose verdict, due day or delay would change if the pending announcements (e.g. the proposed 23/11 ↔ 28/11/2026 swap) became law.\n  --workers n: worker threads for an NDJSON file (default: one per spare core from 16 MB; 0: one thread); same output.\n  --out file: the report is written whole or not at all (a failed or interrupted run leaves the old file as it was);\n    it must not be the input.\n  Exit code: 0 the run completed (bad records are results); 1 with --fail-on when a record has such a status;\n    2 unusable arguments, an unreadable file, or nothing to check (an empty file, a header alone, a binary file);\n    130 interrupted (Ctrl-C).\n  Example: vn-deadlines check examples/publications.csv --as-of 2025-03-31',
    'help.holidays':
      '  Checks official year files (the schema of holidays/<year>.json) for use with --holidays: one line per file,\n  "<file>: ok …" on stdout, or one "<file> at <path>: <problem>" line per problem on stderr.\n  Exit code: 0 every file is valid; 2 a file is invalid or cannot be read.\n  Example: vn-deadlines holidays validate 2027.json && vn-deadlines add 2027-02-01 5 --holidays 2027.json',
    'help.export':
      "  The calendar as a table, one row per day, to load into DuckDB, Spark or PostgreSQL (see sql/README.md):\n    date, is_working_day, working_day_index (working days from --from up to and including the day), kind,\n    name_vi, name_en, documents, provisional, data_version.\n  --from, --to: the days, both included (default: the calendar's whole range, 2013-01-01 to 2100-12-31).\n  --format: csv (default; a header row, text cells escaped against spreadsheet formulas), ndjson, or parquet\n    (needs the optional package @duckdb/node-api installed beside vn-deadlines, and --out).\n  --out file: written whole or not at all; default standard output.\n  Example: vn-deadlines export calendar --format csv --out calendar.csv",
    'help.dossiers':
      "  Checks a one-stop register: each dossier's appointment, its status (early, onTime, late, open, overdue, suspended, stopped) and delay.\n  Columns: procedure (a profile id: procedures/*.json or --procedures), receivedAt (ISO timestamp with offset),\n    resolvedAt (empty: not yet), id, unit, events (a JSON array: supplementRequested, supplementReceived, extended, reappointed, stopped).\n  Excel (.xlsx): --sheet and --columns as for check; the header row is the first with a procedure column; a date and time typed\n    dd/mm/yyyy hh:mm or an Excel date-time cell is taken in Vietnam's time (UTC+7).\n  --summary --period: the on-time table of the data period (15th to 14th, NĐ 09/2019) per unit and procedure;\n    --as-of defaults to the end of that period (else: now).\n  --office-hours: your sessions (procedures/office-hours/*.json shape); default: provisional Hải Dương/Hải Phòng sessions.\n  --workers n: worker threads for an NDJSON file (default: one per spare core from 16 MB; 0: one thread); same output.\n  Exit code: 0 the run completed (bad lines are results); 1 with --fail-on when a dossier has such a status;\n    2 unusable arguments, an unreadable file, or nothing to check; 130 interrupted.\n  Example: vn-deadlines dossiers examples/dossiers.csv --summary --period 2025-Q1",
    'help.serve':
      '  The HTTP service: the calendar, due days, checks and feeds as JSON (OpenAPI 3.1 at /openapi.json, a reference at /docs).\n  Each flag has an environment variable, used when the flag is not given:\n    --host VN_DEADLINES_HOST (default 127.0.0.1; 0.0.0.0 in the container)   --port VN_DEADLINES_PORT (default 8080; 0: any free port)\n    --cors-origin VN_DEADLINES_CORS_ORIGINS (comma-separated; * for any; default none)\n    --body-limit VN_DEADLINES_BODY_LIMIT (bytes of a JSON body, default 1048576: 413 above; NDJSON, CSV and Excel checks are streamed, any size)\n    --max-records VN_DEADLINES_MAX_RECORDS (records of a JSON array to /v1/check, default 1000)\n    --headers-timeout VN_DEADLINES_HEADERS_TIMEOUT (seconds, default 10)   --request-timeout VN_DEADLINES_REQUEST_TIMEOUT (seconds, default 300; 0: none)\n    --log-level VN_DEADLINES_LOG_LEVEL (fatal, error, warn, info, debug, trace, silent; default info): one JSON line per request on stdout\n  --holidays and --rules are read once, at start; the service writes nothing to disk. SIGTERM or SIGINT: the requests in flight\n  finish, then the process exits with 0. Needs the optional packages hono, @hono/node-server and pino (npm i hono @hono/node-server pino).\n  Example: vn-deadlines serve --port 8080',
  },
};
