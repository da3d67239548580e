/**
 * The one way dates are written inside sentences. Vietnamese: `Thứ Hai, 10/02/2025` (with the
 * weekday) or `10/02/2025`, as official documents write them; English keeps ISO:
 * `2025-02-10 (Mon)` or `2025-02-10`. Data (JSON, NDJSON, CSV columns, the API) stays ISO and
 * never goes through here.
 */
import { isoWeekday, tryParseIsoDay } from './days.js';
import type { Lang } from './lang.js';
import { WEEKDAY_LONG, WEEKDAY_SHORT } from './weekdays.js';

const dmy = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Per language: the date alone, and the date with its weekday (`k`: 0 = Monday). */
const FORMAT: Readonly<Record<Lang, { date: (iso: string) => string; day: (iso: string, k: number) => string }>> = {
  vi: { date: dmy, day: (iso, k) => `${WEEKDAY_LONG.vi[k]}, ${dmy(iso)}` },
  en: { date: (iso) => iso, day: (iso, k) => `${iso} (${WEEKDAY_SHORT.en[k]})` },
};

/** `10/02/2025` in Vietnamese, `2025-02-10` in English. @internal */
export function dateText(iso: string, lang: Lang): string {
  return FORMAT[lang].date(iso);
}

/** `Thứ Hai, 10/02/2025` in Vietnamese, `2025-02-10 (Mon)` in English. @internal */
export function dayText(iso: string, lang: Lang): string {
  return FORMAT[lang].day(iso, isoWeekday(tryParseIsoDay(iso)!) - 1);
}
