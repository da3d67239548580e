/**
 * Fast ISO helpers for the rules' hot path: a day number's 'YYYY-MM-DD' string, made once and
 * kept (so repeated answers allocate nothing), and allocation-free shape checks of the strings
 * facts arrive as.
 */
import { daysInMonth, formatDay } from '../core/days.js';

const BASE = -25567; // 1900-01-01
const SIZE = 146_463; // through 2300-12-31
const cache: string[] = [];

/** `formatDay(day)`, cached for 1900–2300. @internal */
export function isoOf(day: number): string {
  const i = day - BASE;
  if (i < 0 || i >= SIZE) return formatDay(day);
  return cache[i] ?? (cache[i] = formatDay(day));
}

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -100_000;
};

/** Whether `s` is exactly a 'YYYY-MM-DD' date that exists. @internal */
export function isIsoDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  return y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

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
