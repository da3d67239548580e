/**
 * Text from a user's file on its way out, where it could do harm: into a spreadsheet (a cell
 * that starts like a formula is run as one) and onto a terminal (escape sequences, and line
 * breaks that forge report lines). Every writer of such output goes through these two.
 */

/**
 * Whether a cell starting with this character is read as a formula by Excel, LibreOffice or
 * Google Sheets: `=`, `+`, `-`, `@`, tab and CR (OWASP's list, the one csv-stringify's
 * `escape_formulas` uses), and their full-width forms, which some spreadsheets read the same way.
 */
function startsFormula(c: number): boolean {
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 || c === 0xff1d || c === 0xff0b || c === 0xff0d || c === 0xff20;
}

/**
 * A text cell for a spreadsheet: text that a spreadsheet would run as a formula (`=HYPERLINK(…)`,
 * `+cmd|…`, `@SUM(…)`, `-1+1`) gets a single quote in front, as OWASP advises ("CSV Injection")
 * and csv-stringify's `escape_formulas` does; the spreadsheet then shows it as text. Other text is
 * returned as it is. Numbers are not text: write them without this.
 * @example `formulaSafe('=1+1') // "'=1+1"`
 * @internal
 */
export function formulaSafe(s: string): string {
  return s.length > 0 && startsFormula(s.charCodeAt(0)) ? "'" + s : s;
}

/** C0 controls, DEL, C1 controls; and the Unicode line and paragraph separators. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** The mark a line break in user text becomes in a report for people. */
const LINE_BREAK_MARK = '↵';

/**
 * One line of text for a terminal, from text that may hold anything: each line break (LF, CRLF,
 * CR, U+2028, U+2029) becomes `↵`, so a title cannot forge a line of the report; a tab becomes a
 * space; escape sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL|ESC \`, and other `ESC x`) and
 * every other control character (C0, DEL, C1) are removed, so nothing can move the cursor, change
 * colours, set the window title or write a hyperlink. Linear in the length of the text; text
 * without control characters is returned as it is.
 * @example `printable('a\nb\u001b[31m!') // 'a↵b!'`
 * @internal
 */
export function printable(s: string): string {
  if (!UNPRINTABLE.test(s)) return s;
  let out = '';
  let from = 0;
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && (c < 0x7f || c > 0x9f) && c !== 0x2028 && c !== 0x2029) {
      i++;
      continue;
    }
    out += s.slice(from, i);
    let next = i + 1;
    if (c === 10 || c === 0x2028 || c === 0x2029) out += LINE_BREAK_MARK;
    else if (c === 13) {
      out += LINE_BREAK_MARK;
      if (s.charCodeAt(next) === 10) next++;
    } else if (c === 9) out += ' ';
    else if (c === 0x1b || c === 0x9b || c === 0x9d) {
      // ESC [ (or C1 CSI): parameters and intermediates, then one final byte.
      // ESC ] (or C1 OSC): up to BEL or ESC \ (or the end of the text).
      const kind = c === 0x1b ? s.charCodeAt(next) : c === 0x9b ? 91 : 93;
      if (c === 0x1b && next < n) next++;
      if (kind === 91) {
        while (next < n && s.charCodeAt(next) >= 0x20 && s.charCodeAt(next) <= 0x3f) next++;
        if (next < n && s.charCodeAt(next) >= 0x40 && s.charCodeAt(next) <= 0x7e) next++;
      } else if (kind === 93) {
        while (next < n) {
          const d = s.charCodeAt(next);
          if (d === 7) {
            next++;
            break;
          }
          if (d === 0x1b && s.charCodeAt(next + 1) === 92) {
            next += 2;
            break;
          }
          next++;
        }
      }
    }
    // Any other control character is dropped.
    i = from = next;
  }
  return out + s.slice(from);
}

/**
 * {@link printable} for each line of a text of several lines (a table whose cells hold text from
 * input): its own line breaks kept, any other control character made visible.
 * @example `printableLines('Đơn vị\nSở \u001b[31mY tế') // 'Đơn vị\nSở Y tế'`
 * @internal
 */
export const printableLines = (s: string): string => s.split('\n').map(printable).join('\n');
