/**
 * The official calendar data (`holidays/<year>.json`) against its schema and against the
 * hand-checkable golden list `test/golden/official-days.txt`, which is written from the
 * reference independently of the JSON.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isoWeekday, tryParseIsoDay } from '../src/core/days.js';
import { holidayYearSchema, type HolidayEntry, type HolidayYear } from '../src/holidays/schema.js';

const HOLIDAYS_DIR = fileURLToPath(new URL('../holidays/', import.meta.url));
const GOLDEN_FILE = fileURLToPath(new URL('./golden/official-days.txt', import.meta.url));
const OFFICIAL_YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const OFF_KINDS = new Set(['holiday', 'tet', 'nghiBu', 'swappedDayOff']);

const yearFiles = readdirSync(HOLIDAYS_DIR)
  .filter((f) => /^\d{4}\.json$/.test(f))
  .sort();

function readRaw(file: string): unknown {
  return JSON.parse(readFileSync(HOLIDAYS_DIR + file, 'utf8'));
}

/** Parsed year files by year; a file that fails the schema is left out (its own test fails). */
const byYear = new Map<number, HolidayYear>();
for (const f of yearFiles) {
  const parsed = holidayYearSchema.safeParse(readRaw(f));
  if (parsed.success) byYear.set(Number(f.slice(0, 4)), parsed.data);
}

function dayOf(date: string): number {
  const d = tryParseIsoDay(date);
  if (d === undefined) throw new Error(`not a date: ${date}`);
  return d;
}

function weekdayName(date: string): string {
  return WEEKDAYS[isoWeekday(dayOf(date)) - 1];
}

function isWeekend(date: string): boolean {
  return isoWeekday(dayOf(date)) >= 6;
}

/** `date off|work` for every entry of a file that changes the plain Monday–Friday status. */
function exceptionsOf(file: HolidayYear): string[] {
  const out: string[] = [];
  for (const e of file.entries) {
    if (OFF_KINDS.has(e.kind) && !isWeekend(e.date)) out.push(`${e.date} off`);
    else if (e.kind === 'makeUpWorkday' && isWeekend(e.date)) out.push(`${e.date} work`);
  }
  return out.sort();
}

interface GoldenLine {
  year: number;
  date: string;
  status: string;
  weekday: string;
  reason: string;
  lineNo: number;
}

function readGolden(): { lines: GoldenLine[]; sections: number[]; problems: string[] } {
  const lines: GoldenLine[] = [];
  const sections: number[] = [];
  const problems: string[] = [];
  let year: number | undefined;
  readFileSync(GOLDEN_FILE, 'utf8')
    .split(/\r?\n/)
    .forEach((text, i) => {
      const lineNo = i + 1;
      const header = /^#\s*(\d{4})\s+—\s+\S/.exec(text);
      if (header) {
        year = Number(header[1]);
        sections.push(year);
        return;
      }
      if (text.trim() === '' || text.trimStart().startsWith('#')) return;
      const m = /^(\d{4}-\d{2}-\d{2})\s+(off|work)\s+(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(\S.*)$/.exec(text);
      if (!m) problems.push(`line ${lineNo}: not 'YYYY-MM-DD  off|work  Day  reason': ${text}`);
      else if (year === undefined) problems.push(`line ${lineNo}: outside a '# YYYY — …' section`);
      else lines.push({ year, date: m[1], status: m[2], weekday: m[3], reason: m[4], lineNo });
    });
  return { lines, sections, problems };
}

const golden = readGolden();

/** Is `date` a working day by the JSON data alone (no pending days, no overlays)? */
function isWorkingDayByData(date: string): boolean {
  const year = Number(date.slice(0, 4));
  const entries = [year - 1, year, year + 1].flatMap((y) => byYear.get(y)?.entries ?? []);
  const e = entries.find((x) => x.date === date);
  if (e === undefined) return !isWeekend(date);
  return e.kind === 'makeUpWorkday';
}

function deepClone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

describe('holidays/*.json year files', () => {
  it('has a file for every official year 2016–2026', () => {
    for (const y of OFFICIAL_YEARS) expect(existsSync(`${HOLIDAYS_DIR}${y}.json`), `holidays/${y}.json`).toBe(true);
  });

  it.each(yearFiles)('%s satisfies holidayYearSchema and names its own year', (f) => {
    const raw = readRaw(f) as Record<string, unknown>;
    const parsed = holidayYearSchema.safeParse(raw);
    const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([]);
    expect(parsed.data?.year).toBe(Number(f.slice(0, 4)));
    expect(raw.$schema).toBe('./schema.json');
  });

  it('lists entries in date order', () => {
    for (const [y, file] of byYear) {
      const dates = file.entries.map((e) => e.date);
      expect(dates, String(y)).toEqual([...dates].sort());
    }
  });

  it('lists a date in one year file only (2018-12-31 is in the 2019 file, whose arrangement moved it)', () => {
    const seen = new Map<string, number>();
    const twice: string[] = [];
    for (const [y, file] of byYear) {
      for (const e of file.entries) {
        if (seen.has(e.date)) twice.push(`${e.date}: ${seen.get(e.date)} and ${y}`);
        seen.set(e.date, y);
      }
    }
    expect(twice).toEqual([]);
    expect(seen.get('2018-12-31')).toBe(2019);
  });

  it('the Labour Code, where a file cites it for days no notice sets, is graded derived [D] and cited by an entry', () => {
    let files = 0;
    for (const [y, file] of byYear) {
      const cited = new Set(file.entries.flatMap((e) => e.documents));
      for (const d of file.documents.filter((x) => x.id.startsWith('Bộ luật Lao động'))) {
        files++;
        expect(d.evidence, `${y}: ${d.id}`).toBe('D');
        expect(cited.has(d.id), `${y}: ${d.id} is cited`).toBe(true);
      }
    }
    expect(files).toBeGreaterThanOrEqual(3); // 2016, 2017, 2018
  });
});

describe('holidayYearSchema rejects broken data with the path inside the file', () => {
  const base = (): HolidayYear => {
    const raw = readRaw('2025.json') as HolidayYear;
    return deepClone(raw);
  };
  const indexOf = (file: HolidayYear, date: string): number => {
    const i = file.entries.findIndex((e) => e.date === date);
    if (i < 0) throw new Error(`${date} is not an entry of the fixture`);
    return i;
  };
  const issuePaths = (value: unknown): string[] => {
    const r = holidayYearSchema.safeParse(value);
    expect(r.success).toBe(false);
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };

  it('the unbroken fixture parses', () => {
    expect(holidayYearSchema.safeParse(base()).success).toBe(true);
  });

  it('a makeUpWorkday on a Wednesday', () => {
    const f = base();
    const i = indexOf(f, '2025-04-26');
    f.entries[i].date = '2025-04-23';
    expect(issuePaths(f)).toContain(`entries.${i}.kind`);
  });

  it('an unknown document id', () => {
    const f = base();
    const i = indexOf(f, '2025-04-07');
    f.entries[i].documents = [f.entries[i].documents[0], 'CV 0000/VPCP-XYZ'];
    expect(issuePaths(f)).toContain(`entries.${i}.documents.1`);
  });

  it('a duplicate date', () => {
    const f = base();
    f.entries.push(deepClone(f.entries[0]));
    expect(issuePaths(f)).toContain(`entries.${f.entries.length - 1}.date`);
  });

  it('2025-02-29, a date that does not exist', () => {
    const f = base();
    const i = indexOf(f, '2025-01-31');
    f.entries[i].date = '2025-02-29';
    expect(issuePaths(f)).toContain(`entries.${i}.date`);
  });

  it('a missing sources', () => {
    const f = base();
    const i = indexOf(f, '2025-09-02');
    delete (f.entries[i] as Partial<HolidayEntry>).sources;
    expect(issuePaths(f)).toContain(`entries.${i}.sources`);
  });
});

describe('golden list test/golden/official-days.txt', () => {
  it('is well formed, one section per official year, no date twice', () => {
    expect(golden.problems).toEqual([]);
    expect(golden.sections).toEqual(OFFICIAL_YEARS);
    const dates = golden.lines.map((l) => l.date);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('names the right weekday on every line, and off is Mon–Fri, work is Sat/Sun', () => {
    const wrong = golden.lines
      .filter((l) => weekdayName(l.date) !== l.weekday)
      .map((l) => `line ${l.lineNo}: ${l.date} is ${weekdayName(l.date)}, not ${l.weekday}`);
    expect(wrong).toEqual([]);
    for (const l of golden.lines) expect(isWeekend(l.date), `line ${l.lineNo}`).toBe(l.status === 'work');
  });

  it.each(OFFICIAL_YEARS)('%i: the JSON exceptions equal the golden lines exactly', (year) => {
    const file = byYear.get(year);
    expect(file, `holidays/${year}.json parses`).toBeDefined();
    const fromGolden = golden.lines
      .filter((l) => l.year === year)
      .map((l) => `${l.date} ${l.status}`)
      .sort();
    expect(exceptionsOf(file!)).toEqual(fromGolden);
  });

  it('agrees with the known cases', () => {
    const status = (d: string) => golden.lines.find((l) => l.date === d)?.status;
    expect(status('2025-04-26')).toBe('work');
    expect(status('2024-05-04')).toBe('work');
    expect(status('2023-05-02')).toBe('off');
    expect(status('2023-05-03')).toBe('off');
    expect(status('2018-12-31')).toBe('off');
    expect(status('2016-02-12')).toBe('off'); // nghỉ bù for 29 tháng Chạp on Sun 07/02/2016
    expect(status('2017-05-02')).toBe('off'); // nghỉ bù for Sun 30/04/2017, Mon 01/05 itself a holiday
    expect(status('2018-02-14')).toBe('off'); // TB 573/TB-VPCP: the break starts Wed 14/02/2018
    expect(status('2018-09-03')).toBe('off');
  });
});

describe('working status read from the JSON', () => {
  it.each([
    ['2025-04-26', true], // Sat, make-up for Fri 2025-05-02
    ['2025-05-02', false],
    ['2024-05-04', true], // Sat, make-up for Mon 2024-04-29
    ['2024-04-29', false],
    ['2023-05-02', false], // nghỉ bù Giỗ Tổ (Sat 29/04)
    ['2023-05-03', false], // nghỉ bù 30/4 (Sun)
    ['2023-05-04', true],
    ['2018-12-31', false], // in the 2019 file
    ['2019-01-05', true],
    ['2026-01-10', true],
    ['2026-08-22', true],
    ['2026-11-24', false], // Ngày Văn hóa Việt Nam, NQ 28/2026/QH16
    ['2026-11-23', true], // the proposed swap is pending: not a day off by default
    ['2026-11-28', false], // nor is its Saturday a working day
    ['2025-04-27', false], // an ordinary Sunday
    ['2016-02-05', true], // Fri before the Tết Bính Thân break (Sat 06/02–Sun 14/02)
    ['2016-02-12', false],
    ['2016-02-15', true],
    ['2016-04-18', false], // nghỉ bù Giỗ Tổ (Sat 16/04)
    ['2017-01-02', false], // nghỉ bù Tết Dương lịch (Sun 01/01)
    ['2017-01-25', true],
    ['2017-02-01', false], // mùng 5 Đinh Dậu, nghỉ bù
    ['2017-02-02', true],
    ['2017-05-02', false],
    ['2017-09-04', false], // nghỉ bù Quốc khánh (Sat 02/09)
    ['2018-02-13', true],
    ['2018-02-20', false], // TB 573: to the end of Tue 20/02
    ['2018-02-21', true],
    ['2018-09-03', false],
    ['2018-09-04', true], // one Quốc khánh day under the Labour Code 2012
  ] as const)('%s is a working day: %s', (date, working) => {
    expect(isWorkingDayByData(date)).toBe(working);
  });
});

describe('pairs', () => {
  const all = [...byYear.entries()].flatMap(([y, f]) => f.entries.map((e) => ({ year: y, e })));
  const find = (year: number, date: string) => all.filter((x) => Math.abs(x.year - year) <= 1 && x.e.date === date).map((x) => x.e);

  it('every pairedWith names an entry of the same or an adjacent year file', () => {
    const dangling = all
      .filter(({ e }) => e.pairedWith !== undefined)
      .filter(({ year, e }) => find(year, e.pairedWith!).length !== 1)
      .map(({ e }) => `${e.date} → ${e.pairedWith}`);
    expect(dangling).toEqual([]);
  });

  it('swaps are mutual: a swappedDayOff and its make-up Saturday name each other', () => {
    const bad: string[] = [];
    for (const { year, e } of all) {
      if (e.kind !== 'swappedDayOff' && e.kind !== 'makeUpWorkday') continue;
      const other = find(year, e.pairedWith!)[0];
      const want = e.kind === 'swappedDayOff' ? 'makeUpWorkday' : 'swappedDayOff';
      if (other?.kind !== want || other.pairedWith !== e.date) bad.push(`${e.date} (${e.kind}) ↔ ${e.pairedWith}`);
    }
    expect(bad).toEqual([]);
  });

  it('a nghiBu names an earlier weekend holiday, and each weekend holiday has exactly one nghiBu', () => {
    const bad: string[] = [];
    for (const { year, e } of all) {
      if (e.kind !== 'nghiBu' || e.pairedWith === undefined) continue;
      const h = find(year, e.pairedWith)[0];
      if (h?.kind !== 'holiday' || !isWeekend(h.date) || h.date >= e.date) bad.push(`${e.date} → ${e.pairedWith}`);
    }
    for (const { e } of all) {
      if (e.kind !== 'holiday' || !isWeekend(e.date)) continue;
      const n = all.filter((x) => x.e.kind === 'nghiBu' && x.e.pairedWith === e.date).length;
      if (n !== 1) bad.push(`${e.date}: ${n} nghiBu`);
    }
    expect(bad).toEqual([]);
  });

  it('a nghiBu without pairedWith is a Tết one and says which weekend Tết day it compensates', () => {
    const bad = all
      .filter(({ e }) => e.kind === 'nghiBu' && e.pairedWith === undefined)
      .filter(({ e }) => !e.name.vi.includes('Tết') || !/\d{4}-\d{2}-\d{2}/.test(e.note ?? ''))
      .map(({ e }) => e.date);
    expect(bad).toEqual([]);
  });

  it('no other kind carries pairedWith', () => {
    const bad = all.filter(({ e }) => (e.kind === 'holiday' || e.kind === 'tet') && e.pairedWith !== undefined).map(({ e }) => e.date);
    expect(bad).toEqual([]);
  });
});

describe('2026: Ngày Văn hóa Việt Nam is an entry; the swap around it is pending', () => {
  it('2026-11-24 is a holiday entry citing NQ 28/2026/QH16, with the document declared', () => {
    const f = byYear.get(2026);
    expect(f).toBeDefined();
    const e = f?.entries.find((x) => x.date === '2026-11-24');
    expect(e).toMatchObject({ kind: 'holiday' });
    expect(e?.documents).toContain('NQ 28/2026/QH16');
    expect(weekdayName('2026-11-24')).toBe('Tue');
    expect(f?.documents.find((d) => d.id === 'NQ 28/2026/QH16')?.note).toMatch(/NOT VERIFIED/);
  });

  it('the pending proposal is a swap Mon 23/11 ↔ Sat 28/11, and no other year has pending notices', () => {
    const f = byYear.get(2026);
    expect(f?.pending.map((p) => [p.date, p.kind, p.pairedWith])).toEqual([
      ['2026-11-23', 'dayOff', '2026-11-28'],
      ['2026-11-28', 'makeUpWorkday', '2026-11-23'],
    ]);
    expect(f?.entries.some((e) => e.date === '2026-11-23' || e.date === '2026-11-28')).toBe(false);
    for (const y of byYear.keys()) if (y !== 2026) expect(byYear.get(y)?.pending ?? [], String(y)).toEqual([]);
  });
});
