/**
 * Every user-facing sentence of the dossier clock, Vietnamese first, with identical keys in both
 * languages (a typed message catalogue can fold this object in as it is).
 */

import { periodName } from '../rules/step-text.js';

type Unit = 'workingDays' | 'workingHours';

const viUnit = (n: number, u: Unit): string => `${n} ${u === 'workingDays' ? 'ngày làm việc' : 'giờ làm việc'}`;
const enUnit = (n: number, u: Unit): string => `${n} working ${u === 'workingDays' ? (n === 1 ? 'day' : 'days') : n === 1 ? 'hour' : 'hours'}`;

const VI_STATUS = {
  open: 'chưa đến hạn',
  early: 'trước hạn',
  onTime: 'đúng hạn',
  late: 'quá hạn',
  overdue: 'quá hạn (chưa giải quyết)',
  suspended: 'chờ bổ sung',
  stopped: 'dừng giải quyết',
  error: 'lỗi',
};

/**
 * A date or an instant as Vietnamese sentences write it: `2025-02-06` → `06/02/2025`,
 * `2025-02-05T10:00:00+07:00` → `10:00 ngày 05/02/2025`, the end of a day
 * (`…T23:59:59.999+07:00`) → `hết ngày 14/03/2025`; any other text as it is (a reason, an
 * instant at another offset).
 */
function viAt(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(:\d{2}(?:\.\d+)?)?\+07:00)?$/.exec(text);
  if (m === null) return text;
  const day = `${m[3]}/${m[2]}/${m[1]}`;
  if (m[4] === undefined) return day;
  return m[4] === '23' && m[5] === '59' && m[6]?.startsWith(':59') ? `hết ngày ${day}` : `${m[4]}:${m[5]} ngày ${day}`;
}

/** The Vietnamese texts with every date or instant argument worded by {@link viAt}. */
function withViDates<T extends object>(texts: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, f] of Object.entries(texts)) {
    out[k] = typeof f === 'function' ? (...a: unknown[]) => (f as (...x: unknown[]) => unknown)(...a.map((x) => (typeof x === 'string' ? viAt(x) : x))) : f;
  }
  return out as T;
}

/**
 * The texts, by language.
 * @example `messages.en.status.overdue // 'overdue'`
 */
export const messages = {
  vi: withViDates({
    received: (at: string) => `Tiếp nhận hồ sơ đầy đủ, hợp lệ lúc ${at}.`,
    movedOutsideHours: (at: string) => `Tiếp nhận ngoài giờ làm việc hoặc vào ngày nghỉ: thời hạn tính từ phiên làm việc kế tiếp, ${at}.`,
    movedCutoff: (cutoff: string, at: string) => `Tiếp nhận sau ${cutoff} (giờ chốt của thủ tục): thời hạn tính từ ngày làm việc kế tiếp, ${at}.`,
    countedDays: (n: number, from: string, day: string, at: string) =>
      `${viUnit(n, 'workingDays')} kể từ ngày ${from} (không tính ngày tiếp nhận): ngày thứ ${n} là ${day}; hạn là ${at} (hết phiên làm việc cuối của ngày).`,
    countedDaysMidnight: (n: number, from: string, day: string, at: string) =>
      `${viUnit(n, 'workingDays')} kể từ ngày ${from} (không tính ngày tiếp nhận): ngày thứ ${n} là ${day}; hạn là ${at} (hết ngày, BLDS 2015 Điều 148).`,
    countedHours: (n: number, from: string, at: string) => `${viUnit(n, 'workingHours')} tính trong các phiên làm việc từ ${from}: hạn là ${at}.`,
    supplementRequested: (at: string, used: number, unit: Unit) => `Yêu cầu bổ sung, hoàn thiện hồ sơ lúc ${at}; đã dùng ${viUnit(used, unit)}.`,
    pause: 'Theo hồ sơ thủ tục, thời hạn tạm dừng trong thời gian chờ bổ sung (thời gian đã dùng được giữ lại).',
    restart: 'Theo hồ sơ thủ tục, thời hạn được tính lại từ đầu khi nhận đủ hồ sơ bổ sung.',
    restartByDecree: 'Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ (NĐ 118/2025/NĐ-CP Điều 19 khoản 5).',
    supplementAgain: (n: number) =>
      `Cảnh báo: yêu cầu bổ sung lần thứ ${n}; NĐ 118/2025/NĐ-CP Điều 11 khoản 2 điểm c: chỉ được yêu cầu sửa đổi, bổ sung một lần.`,
    lateSupplementRequest: (received: string, latest: string) =>
      `Cảnh báo: yêu cầu bổ sung sau ngày ${latest}, quá 03 ngày làm việc kể từ ngày tiếp nhận hồ sơ ${received} (NĐ 118/2025/NĐ-CP Điều 19 khoản 5, trừ khi pháp luật chuyên ngành quy định thời gian khác).`,
    supplementReceived: (at: string, left: number, unit: Unit) => `Nhận hồ sơ bổ sung lúc ${at}; thời hạn còn lại ${viUnit(left, unit)}.`,
    extended: (n: number, unit: Unit, reason: string) => `Gia hạn thêm ${viUnit(n, unit)}; lý do: ${reason}.`,
    reappointed: (at: string, due: string, reason: string) => `Văn bản xin lỗi lúc ${at}, hẹn lại ngày trả kết quả: ${due}; lý do: ${reason}.`,
    tooManyReappointments: (max: number) => `Cảnh báo: hẹn lại quá ${max} lần (NĐ 118/2025/NĐ-CP Điều 19 khoản 6: không quá một lần).`,
    lateApology: 'Cảnh báo: văn bản xin lỗi gửi muộn hơn 01 ngày làm việc trước ngày hết hạn (NĐ 118/2025/NĐ-CP Điều 19 khoản 6).',
    suspendedNow: 'Hồ sơ đang chờ bổ sung: thời hạn chưa chạy lại.',
    stopped: (at: string, reason: string) => `Dừng giải quyết hồ sơ lúc ${at}; lý do: ${reason}.`,
    verdictStopped: (at: string) => `Hồ sơ đã dừng giải quyết lúc ${at}: không tính vào trước hạn, đúng hạn, quá hạn.`,
    unverifiedHours: (id: string) => `Lưu ý: giờ làm việc "${id}" chưa được đối chiếu với văn bản gốc (tạm dùng).`,
    unverifiedProfile: (id: string) => `Lưu ý: hồ sơ thủ tục "${id}" là ví dụ, thời hạn chưa được đối chiếu với văn bản gốc.`,
    judgedOriginal: 'Đánh giá theo ngày hẹn ban đầu (kể cả tạm dừng và gia hạn), không theo ngày hẹn lại.',
    verdictEarly: (at: string, due: string) => `Trả kết quả lúc ${at}, trước ngày hẹn (${due}): trước hạn.`,
    verdictOnTime: (at: string, due: string) => `Trả kết quả lúc ${at}, trong ngày hẹn (hạn ${due}): đúng hạn.`,
    verdictLate: (at: string, due: string, n: number, unit: Unit) => `Trả kết quả lúc ${at}, sau hạn ${due}: quá hạn ${viUnit(n, unit)}.`,
    verdictOpen: (asOf: string, due: string) => `Đến ${asOf} chưa có kết quả; hạn ${due}: còn trong hạn.`,
    verdictOverdue: (asOf: string, due: string, n: number, unit: Unit) => `Đến ${asOf} chưa có kết quả; hạn ${due}: đã quá hạn ${viUnit(n, unit)}.`,
    verdictSuspended: (asOf: string) => `Đến ${asOf} hồ sơ đang chờ bổ sung: thời hạn tạm dừng.`,
    verdictSuspendedClose: (asOf: string, requested: string, lastDay: string) =>
      `Đến ${asOf} hồ sơ đang chờ bổ sung: thời hạn tạm dừng. Đã quá 15 ngày kể từ khi thông báo bổ sung lúc ${requested} (ngày thứ 15 là ${lastDay}): Bộ phận Một cửa đóng hồ sơ trên Hệ thống thông tin giải quyết TTHC (NĐ 118/2025/NĐ-CP Điều 19 khoản 5, trừ khi pháp luật chuyên ngành quy định thời hạn khác).`,
    status: VI_STATUS,
    summaryTitle: (period: string, from: string, to: string) => `Tổng hợp kỳ ${periodName(period, 'vi')} (số liệu từ ngày ${from} đến hết ngày ${to}):`,
    summaryHead: [
      'Đơn vị / thủ tục',
      'Tiếp nhận',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Đang giải quyết trong hạn',
      'Đang giải quyết quá hạn',
      'Tỷ lệ đúng hạn',
    ],
    total: 'Tổng cộng',
    rate: (r: number) => `${(r * 100).toFixed(1).replace('.', ',')}%`,
    countLabel: (s: keyof typeof VI_STATUS) => VI_STATUS[s],
    records: (n: number, errors: number) => `${n} hồ sơ, ${errors} dòng lỗi.`,
  }),
  en: {
    received: (at: string) => `Complete, valid dossier received at ${at}.`,
    movedOutsideHours: (at: string) => `Received outside office hours or on a day off: the time runs from the next working session, ${at}.`,
    movedCutoff: (cutoff: string, at: string) => `Received after ${cutoff} (the procedure's cut-off): the time runs from the next working day, ${at}.`,
    countedDays: (n: number, from: string, day: string, at: string) =>
      `${enUnit(n, 'workingDays')} from ${from} (the day of receipt not counted): day ${n} is ${day}; due at ${at} (end of the day's last session).`,
    countedDaysMidnight: (n: number, from: string, day: string, at: string) =>
      `${enUnit(n, 'workingDays')} from ${from} (the day of receipt not counted): day ${n} is ${day}; due at ${at} (end of the day, Civil Code 2015 Art. 148).`,
    countedHours: (n: number, from: string, at: string) => `${enUnit(n, 'workingHours')} counted inside working sessions from ${from}: due at ${at}.`,
    supplementRequested: (at: string, used: number, unit: Unit) => `Supplements requested at ${at}; ${enUnit(used, unit)} used.`,
    pause: "By the procedure's profile the clock pauses while supplements are awaited (time used is kept).",
    restart: "By the procedure's profile the clock restarts from the beginning once the complete supplements arrive.",
    restartByDecree: 'The time restarts from the beginning once the complete dossier is received (NĐ 118/2025/NĐ-CP Art. 19(5)).',
    supplementAgain: (n: number) => `Warning: supplement request number ${n}; NĐ 118/2025/NĐ-CP Art. 11(2)(c) allows supplements to be asked for once.`,
    lateSupplementRequest: (received: string, latest: string) =>
      `Warning: supplements requested after ${latest}, more than 3 working days after the dossier was received on ${received} (NĐ 118/2025/NĐ-CP Art. 19(5), unless a sector law sets another time).`,
    supplementReceived: (at: string, left: number, unit: Unit) => `Supplements received at ${at}; ${enUnit(left, unit)} left.`,
    extended: (n: number, unit: Unit, reason: string) => `Extended by ${enUnit(n, unit)}; reason: ${reason}.`,
    reappointed: (at: string, due: string, reason: string) => `Apology letter at ${at}, new appointment: ${due}; reason: ${reason}.`,
    tooManyReappointments: (max: number) => `Warning: re-appointed more than ${max} time(s) (NĐ 118/2025/NĐ-CP Art. 19(6): at most once).`,
    lateApology: 'Warning: the apology letter came later than 1 working day before the due day (NĐ 118/2025/NĐ-CP Art. 19(6)).',
    suspendedNow: 'The dossier awaits supplements: the clock is stopped.',
    stopped: (at: string, reason: string) => `Processing stopped at ${at}; reason: ${reason}.`,
    verdictStopped: (at: string) => `Processing was stopped at ${at}: not counted as early, on time or late.`,
    unverifiedHours: (id: string) => `Note: office hours "${id}" are not checked against a primary text (provisional).`,
    unverifiedProfile: (id: string) => `Note: procedure profile "${id}" is an example; its processing time is not checked against a primary text.`,
    judgedOriginal: 'Judged against the original appointment (with pauses and extensions), not the new one.',
    verdictEarly: (at: string, due: string) => `Result returned at ${at}, before the appointment day (${due}): early.`,
    verdictOnTime: (at: string, due: string) => `Result returned at ${at}, on the appointment day (due ${due}): on time.`,
    verdictLate: (at: string, due: string, n: number, unit: Unit) => `Result returned at ${at}, after ${due}: late by ${enUnit(n, unit)}.`,
    verdictOpen: (asOf: string, due: string) => `No result by ${asOf}; due ${due}: not due yet.`,
    verdictOverdue: (asOf: string, due: string, n: number, unit: Unit) => `No result by ${asOf}; due ${due}: overdue by ${enUnit(n, unit)}.`,
    verdictSuspended: (asOf: string) => `At ${asOf} the dossier awaits supplements: the clock is stopped.`,
    verdictSuspendedClose: (asOf: string, requested: string, lastDay: string) =>
      `At ${asOf} the dossier awaits supplements: the clock is stopped. More than 15 days have passed since the supplements were requested at ${requested} (day 15 was ${lastDay}): the one-stop desk closes the dossier in the procedure system (NĐ 118/2025/NĐ-CP Art. 19(5), unless a sector law sets another time).`,
    status: {
      open: 'not due yet',
      early: 'early',
      onTime: 'on time',
      late: 'late',
      overdue: 'overdue',
      suspended: 'awaiting supplements',
      stopped: 'stopped',
      error: 'error',
    },
    summaryTitle: (period: string, from: string, to: string) => `Summary of ${period} (data from ${from} to ${to}):`,
    summaryHead: ['Unit / procedure', 'Received', 'Early', 'On time', 'Late', 'Open on time', 'Open overdue', 'On-time rate'],
    total: 'Total',
    rate: (r: number) => `${(r * 100).toFixed(1)} %`,
    countLabel: (s: keyof typeof VI_STATUS) => s,
    records: (n: number, errors: number) => `${n} dossiers, ${errors} bad lines.`,
  },
};
