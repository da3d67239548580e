/**
 * Reads the plan table of QĐ 257/QĐ-UBND straight from the seed text, independently of
 * `plans/hp-2025.plan.json`, so that tests can compare the two.
 *
 * The table is tab-separated, six cells a line (TT, content, time, lead, cooperating, result),
 * with HTML tags here and there. A line whose first cell is I, II or III opens a section; a
 * number (1, 2.1, …) opens an entry, numbered within its section (II + 2.1 → II.2.1); a line whose
 * first cell is "-", or empty with a content cell starting with "- ", is a bulleted item of the
 * last entry; any other line with an empty first cell continues the last entry or item over a
 * page break, cell by cell. An entry whose number prefixes another entry's is a heading.
 */
import { readFileSync } from 'node:fs';

export const SEED_URL = new URL('../../docs/sources/qd-257-2025-hai-phong.txt', import.meta.url);

/** The five cells after TT: content, time, lead, cooperating, result. */
export type Cells = [content: string, time: string, lead: string, cooperating: string, result: string];

export interface SeedEntry {
  number: string;
  cells: Cells;
  items: { cells: Cells }[];
}

export interface SeedTable {
  sections: Map<string, string>;
  entries: SeedEntry[];
  /** Numbers of entries that head other entries (II.1, …, III.3). */
  headings: Set<string>;
  /** Numbers of the other entries: the rows. */
  rows: Set<string>;
}

const clean = (cell: string) =>
  cell
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function readSeedTable(text = readFileSync(SEED_URL, 'utf8')): SeedTable {
  const lines = text.split('\n');
  const header = lines.findIndex((l) => l.startsWith('TT\tNội dung công việc\t'));
  if (header < 0) throw new Error('seed: the plan table header was not found');
  const sections = new Map<string, string>();
  const entries: SeedEntry[] = [];
  let section: string | undefined;
  let current: { cells: Cells } | undefined;
  for (const [i, line] of lines.slice(header + 1).entries()) {
    if (line.trim() === '') continue;
    const cells = line.split('\t').map(clean);
    if (cells.length !== 6) throw new Error(`seed line ${header + 2 + i}: expected 6 cells, got ${cells.length}`);
    const [tt, ...rest] = cells;
    if (/^(I|II|III)$/.test(tt)) {
      section = tt;
      sections.set(tt, rest[0]);
      current = undefined;
    } else if (/^\d+(\.\d+)*$/.test(tt)) {
      if (!section) throw new Error(`seed line ${header + 2 + i}: a numbered entry before any section`);
      const entry: SeedEntry = { number: `${section}.${tt}`, cells: rest as Cells, items: [] };
      entries.push(entry);
      current = entry;
    } else if (tt === '-' || (tt === '' && rest[0].startsWith('- '))) {
      const last = entries.at(-1);
      if (!last) throw new Error(`seed line ${header + 2 + i}: an item before any entry`);
      const item = { cells: [rest[0].replace(/^- /, ''), ...rest.slice(1)] as Cells };
      last.items.push(item);
      current = item;
    } else if (tt === '') {
      if (!current) throw new Error(`seed line ${header + 2 + i}: a continuation before any entry`);
      rest.forEach((c, k) => {
        if (c) current!.cells[k] = `${current!.cells[k]} ${c}`.trim();
      });
    } else {
      throw new Error(`seed line ${header + 2 + i}: unexpected first cell ${JSON.stringify(tt)}`);
    }
  }
  const numbers = entries.map((e) => e.number);
  const headings = new Set(numbers.filter((n) => numbers.some((m) => m.startsWith(`${n}.`))));
  const rows = new Set(numbers.filter((n) => !headings.has(n)));
  return { sections, entries, headings, rows };
}

/** The unit names of a lead or cooperating cell: "- A - B; - C" → ["A", "B", "C"]. */
export function unitNames(cell: string): string[] {
  return cell
    .split(/(?:^|\s)-\s+/)
    .map((s) => s.trim().replace(/;$/, '').trim())
    .filter((s) => s !== '');
}
