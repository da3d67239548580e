/** Allocation-free shape checks of the period strings facts arrive as ('YYYY-MM', 'YYYY-Qn', …). */

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -100_000;
};

const year4 = (s: string): boolean => digit(s, 0) + digit(s, 1) + digit(s, 2) + digit(s, 3) >= 0;

/** 'YYYY-MM' with a month 01–12. @internal */
export function isIsoMonth(s: string): boolean {
  if (s.length !== 7 || s.charCodeAt(4) !== 45 || !year4(s)) return false;
  const m = digit(s, 5) * 10 + digit(s, 6);
  return m >= 1 && m <= 12;
}

/** 'YYYY-Qn' with n 1–4. @internal */
export function isIsoQuarter(s: string): boolean {
  const q = s.charCodeAt(6);
  return s.length === 7 && s.charCodeAt(4) === 45 && s.charCodeAt(5) === 81 && q >= 49 && q <= 52 && year4(s);
}

/** 'YYYY-Hn' with n 1–2. @internal */
export function isIsoHalf(s: string): boolean {
  const h = s.charCodeAt(6);
  return s.length === 7 && s.charCodeAt(4) === 45 && s.charCodeAt(5) === 72 && (h === 49 || h === 50) && year4(s);
}

/** 'YYYY'. @internal */
export function isIsoYear(s: string): boolean {
  return s.length === 4 && year4(s);
}
