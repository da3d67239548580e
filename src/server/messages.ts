/**
 * Every text the HTTP service adds of its own (the library's error messages come from
 * `src/messages`): problem titles and the details of the service's own errors, in Vietnamese
 * and English, with the same keys in both.
 */

/**
 * The service's texts by language.
 * @example `messages.en.title[404] // 'Not found'`
 */
export const messages = {
  vi: {
    title: {
      400: 'Yêu cầu không hợp lệ',
      404: 'Không tìm thấy',
      405: 'Phương thức không được hỗ trợ',
      413: 'Nội dung quá lớn',
      415: 'Kiểu nội dung không được hỗ trợ',
      422: 'Không xử lý được',
      500: 'Lỗi máy chủ',
      503: 'Dịch vụ đang dừng',
    },
    notFound: (path: string) => `Không có địa chỉ ${path}; danh sách ở /openapi.json và /docs`,
    methodNotAllowed: (method: string, allow: string) => `Địa chỉ này không nhận ${method}; chỉ nhận ${allow}`,
    bodyTooLarge: (limit: number) => `Nội dung yêu cầu vượt quá ${limit} byte`,
    tooManyRecords: (limit: number) => `Quá ${limit} bản ghi trong một yêu cầu JSON; gửi application/x-ndjson hoặc text/csv để kiểm tra không giới hạn`,
    badJson: (why: string) => `Nội dung không phải JSON: ${why}`,
    badField: (field: string, why: string) => `Trường ${field} không hợp lệ: ${why}`,
    mediaType: (got: string, allowed: string) => `Không nhận kiểu nội dung ${got}; dùng ${allowed}`,
    internal: 'Lỗi không lường trước; xem nhật ký của máy chủ',
    unreadable: 'Không đọc được dữ liệu gửi lên',
    /** Why a field is not valid (a zod issue), in words. */
    issue: {
      unknownField: 'yêu cầu này không có trường đó',
      missing: 'thiếu trường bắt buộc này',
      expected: (want: string, got: string) => `cần ${want}, nhận được ${got}`,
      empty: 'không được để trống',
      oneOf: (values: string) => `chỉ nhận một trong các giá trị ${values}`,
      tooSmall: (min: string) => `nhỏ hơn mức tối thiểu ${min}`,
      tooBig: (max: string) => `lớn hơn mức tối đa ${max}`,
      date: 'cần một ngày dạng YYYY-MM-DD',
      realDate: 'cần một ngày có thật, dạng YYYY-MM-DD',
      year: 'cần một năm dạng YYYY',
      whole: 'cần một số nguyên',
      other: 'giá trị không hợp lệ',
    },
    /** JSON types, as `issue.expected` names them. */
    types: {
      string: 'một chuỗi ký tự',
      number: 'một số',
      boolean: 'true hoặc false',
      object: 'một đối tượng JSON',
      array: 'một mảng',
      null: 'null',
    },
  },
  en: {
    title: {
      400: 'Bad request',
      404: 'Not found',
      405: 'Method not allowed',
      413: 'Content too large',
      415: 'Unsupported media type',
      422: 'Unprocessable content',
      500: 'Internal server error',
      503: 'Service unavailable',
    },
    notFound: (path: string) => `No resource at ${path}; the list is at /openapi.json and /docs`,
    methodNotAllowed: (method: string, allow: string) => `This resource does not take ${method}; it takes ${allow}`,
    bodyTooLarge: (limit: number) => `The request body is over ${limit} bytes`,
    tooManyRecords: (limit: number) => `More than ${limit} records in one JSON request; send application/x-ndjson or text/csv to check any number`,
    badJson: (why: string) => `The body is not JSON: ${why}`,
    badField: (field: string, why: string) => `Field ${field} is not valid: ${why}`,
    mediaType: (got: string, allowed: string) => `Content type ${got} is not accepted; use ${allowed}`,
    internal: 'An unexpected error; see the server log',
    unreadable: 'The request body could not be read',
    /** Why a field is not valid (a zod issue), in words. */
    issue: {
      unknownField: 'this request has no such field',
      missing: 'required, and missing',
      expected: (want: string, got: string) => `expected ${want}, got ${got}`,
      empty: 'must not be empty',
      oneOf: (values: string) => `must be one of ${values}`,
      tooSmall: (min: string) => `below the minimum ${min}`,
      tooBig: (max: string) => `above the maximum ${max}`,
      date: "expected a date 'YYYY-MM-DD'",
      realDate: "expected a date 'YYYY-MM-DD' that exists",
      year: "expected a year 'YYYY'",
      whole: 'expected a whole number',
      other: 'not a valid value',
    },
    /** JSON types, as `issue.expected` names them. */
    types: {
      string: 'a string',
      number: 'a number',
      boolean: 'true or false',
      object: 'a JSON object',
      array: 'an array',
      null: 'null',
    },
  },
} as const;

/** The HTTP statuses that have a problem title. */
export type ProblemStatus = keyof (typeof messages)['vi']['title'];
