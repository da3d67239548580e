/** A record's error in the language of a report: what the text, Excel and web reports show. */
import type { RecordError } from '../compliance/records.js';
import type { Lang } from '../core/lang.js';
import { errorText } from './index.js';

/**
 * The words of a record's error: its library error (`cause`) worded by {@link errorText} in
 * `lang`, or, for an error of the record itself, its message.
 * @example `recordErrorText({ code: 'invalid_data', field: 'record', message: 'not JSON' }, 'vi') // 'not JSON'`
 * @internal
 */
export const recordErrorText = (error: RecordError, lang: Lang): string => (error.cause === undefined ? error.message : errorText(error.cause, lang));
