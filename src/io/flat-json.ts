/** A fast parser for the common NDJSON line: a flat JSON object of plain values. */

/** JSON's number grammar. */
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Where the JSON string whose text starts at `from` closes (its `"`), or -1 when it has an escape, a control character or no end. */
function plainStringEnd(s: string, from: number): number {
  for (let k = from; k < s.length; k++) {
    const d = s.charCodeAt(k);
    if (d === 34) return k;
    if (d === 92 || d < 32) return -1;
  }
  return -1;
}

/**
 * A fast path for the common NDJSON line, a flat object whose members are strings without
 * escapes, numbers, `true`, `false` or `null`: the same object `JSON.parse` makes, about a third
 * faster and lighter on memory. Anything else (an escape, a nested value, a stray character,
 * `__proto__`) gives `undefined`, and `JSON.parse` decides.
 * @internal
 */
export function parseFlatObject(s: string): Record<string, unknown> | undefined {
  const n = s.length;
  let i = 0;
  let c = s.charCodeAt(0);
  while (c === 32 || c === 9) c = s.charCodeAt(++i);
  if (c !== 123) return undefined;
  const out: Record<string, unknown> = {};
  c = s.charCodeAt(++i);
  while (c === 32 || c === 9) c = s.charCodeAt(++i);
  if (c === 125) i++;
  else
    for (;;) {
      if (c !== 34) return undefined;
      const ks = i + 1;
      const k = plainStringEnd(s, ks);
      if (k < 0) return undefined;
      const key = s.slice(ks, k);
      if (key === '__proto__') return undefined;
      i = k + 1;
      c = s.charCodeAt(i);
      while (c === 32 || c === 9) c = s.charCodeAt(++i);
      if (c !== 58) return undefined;
      c = s.charCodeAt(++i);
      while (c === 32 || c === 9) c = s.charCodeAt(++i);
      let v: unknown;
      if (c === 34) {
        const vs = i + 1;
        const e = plainStringEnd(s, vs);
        if (e < 0) return undefined;
        v = s.slice(vs, e);
        i = e + 1;
      } else if (c === 116 && s.startsWith('true', i)) {
        v = true;
        i += 4;
      } else if (c === 102 && s.startsWith('false', i)) {
        v = false;
        i += 5;
      } else if (c === 110 && s.startsWith('null', i)) {
        v = null;
        i += 4;
      } else if (c === 45 || (c >= 48 && c <= 57)) {
        let e = i + 1;
        for (;;) {
          const d = s.charCodeAt(e);
          if ((d >= 48 && d <= 57) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45) e++;
          else break;
        }
        const t = s.slice(i, e);
        if (!JSON_NUMBER.test(t)) return undefined;
        v = Number(t);
        i = e;
      } else return undefined;
      out[key] = v;
      c = s.charCodeAt(i);
      while (c === 32 || c === 9) c = s.charCodeAt(++i);
      if (c === 44) {
        c = s.charCodeAt(++i);
        while (c === 32 || c === 9) c = s.charCodeAt(++i);
        continue;
      }
      if (c !== 125) return undefined;
      i++;
      break;
    }
  c = s.charCodeAt(i);
  while (c === 32 || c === 9) c = s.charCodeAt(++i);
  return i === n ? out : undefined;
}
