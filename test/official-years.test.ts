/**
 * Official years loaded at run time: `createCalendar({ officialYears })` and the CLI's
 * `--holidays FILE` / `holidays validate`. The year used is "the first year without official
 * data", read from the shipped data, so adding a year file needs no edit here. The fixture is
 * written by hand below (one holiday on the first Monday of March, a made-up document).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatDay, isoWeekday } from '../src/core/days.js';
import { createCalendar, dueDate, getDefaultCalendar } from '../src/index.js';
import { parseHolidayYear } from '../src/validate.js';
import { createCalendar as createLight } from '../src/calendar/index.js';
import { cli } from './support/cli.js';
import { thrown } from './support/errors.js';

const shipped = getDefaultCalendar();
const Y = Math.max(...shipped.officialYears) + 1; // the first year without official data
const LAST = Y - 1;

/** The first Monday of March of Y, found by stepping over the days. */
const firstMondayOfMarch = (() => {
  let d = daysFromCivil(Y, 3, 1);
  while (isoWeekday(d) !== 1) d++;
  return formatDay(d);
})();

const yearFile = () => ({
  $schema: './schema.json',
  year: Y,
  dataVersion: `${Y}-01-15`,
  scope: { vi: 'Cán bộ, công chức, viên chức (thử nghiệm)', en: 'Civil servants (test fixture)' },
  documents: [{ id: 'CV 1/TEST', issuer: 'Test', title: { vi: 'Văn bản thử', en: 'Test document' }, evidence: 'D', links: ['https://example.org/cv-1'] }],
  entries: [
    {
      date: firstMondayOfMarch,
      kind: 'holiday',
      name: { vi: 'Ngày nghỉ thử', en: 'Test day off' },
      documents: ['CV 1/TEST'],
      sources: ['https://example.org/cv-1'],
    },
  ],
});

const shippedRaw = (year: number) => JSON.parse(readFileSync(new URL(`../holidays/${year}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** Year files as JSON, validated as a program reading them from disk does (vn-deadlines/validate). */
const years = (...files: unknown[]) => files.map((f, i) => parseHolidayYear(f, `officialYears[${i}]`));

describe('createCalendar({ officialYears })', () => {
  it('a loaded year replaces the provisional one; answers name the data version', () => {
    expect(shipped.dayInfo(firstMondayOfMarch)).toMatchObject({ working: true, status: 'provisional' });
    const cal = createCalendar({ officialYears: years(yearFile()) });
    expect(cal.loadedYears).toEqual([Y]);
    expect(cal.officialYears).toContain(Y);
    expect(cal.dataVersion).toBe(`${shipped.dataVersion}+${Y}@${Y}-01-15`);
    const info = cal.dayInfo(firstMondayOfMarch);
    expect(info).toMatchObject({ working: false, status: 'official', dataVersion: cal.dataVersion });
    expect(info.reasons[0].documents[0].id).toBe('CV 1/TEST');
    expect(shipped.dayInfo(firstMondayOfMarch).dataVersion).toBe(shipped.dataVersion);
    // the whole year is official now: what the file does not list is an ordinary day
    expect(cal.dayInfo(`${Y}-12-31`).status).toBe('official');
    const due = dueDate('hp-2025/central-tthc-list', { ministryDecisionDate: formatDay(daysFromCivil(Y, 3, 1) - 7) }, { calendar: cal });
    expect(due.dataVersion).toBe(cal.dataVersion);
    expect(JSON.parse(JSON.stringify(due)).dataVersion).toBe(cal.dataVersion);
    expect(dueDate('hp-2025/central-tthc-list', { ministryDecisionDate: '2025-01-20' }).dataVersion).toBe(shipped.dataVersion);
  });

  it('a loaded year replaces a shipped one of the same number', () => {
    const changed = shippedRaw(LAST) as { dataVersion: string; entries: { date: string }[] };
    const dropped = changed.entries.find(
      (e) => isoWeekday(daysFromCivil(+e.date.slice(0, 4), +e.date.slice(5, 7), +e.date.slice(8))) <= 5 && e.date.startsWith(String(LAST)),
    )!;
    changed.entries = changed.entries.filter((e) => e !== dropped);
    changed.dataVersion = `${LAST}-12-31`;
    const cal = createCalendar({ officialYears: years(changed) });
    expect(shipped.isWorkingDay(dropped.date)).toBe(false);
    expect(cal.isWorkingDay(dropped.date)).toBe(true);
    expect(cal.dataVersions[LAST]).toBe(`${LAST}-12-31`);
    expect(cal.dataVersion).toMatch(new RegExp(`\\+${LAST}@${LAST}-12-31$`));
  });

  it('a strict calendar reaches the loaded year', () => {
    const strict = createCalendar({ strict: true, officialYears: years(yearFile()) });
    expect(strict.lastDate).toBe(`${Y}-12-31`);
    expect(thrown(() => createCalendar({ strict: true }).isWorkingDay(`${Y}-03-01`)).code).toBe('out_of_coverage');
  });

  it('parseHolidayYear refuses a file that fails the schema, naming the file and the path inside it', () => {
    const bad = yearFile();
    (bad.entries[0] as { kind: string }).kind = 'nope';
    const e = thrown(() => years(yearFile(), bad));
    expect(e.code).toBe('invalid_data');
    expect(e.message).toContain('officialYears[1] at entries.0.kind');
    expect((e.details.issues as { file: string; path: string }[])[0]).toMatchObject({ file: 'officialYears[1]', path: 'entries.0.kind' });
  });

  it('refuses a year loaded twice, a year outside the calendar, and officialData: false with years', () => {
    expect(thrown(() => createCalendar({ officialYears: years(yearFile(), yearFile()) })).code).toBe('invalid_data');
    expect(
      thrown(() => createCalendar({ officialYears: years({ ...yearFile(), year: 2101, entries: [{ ...yearFile().entries[0], date: '2101-03-07' }] }) })).code,
    ).toBe('out_of_coverage');
    expect(thrown(() => createCalendar({ officialData: false, officialYears: years(yearFile()) })).code).toBe('invalid_argument');
    // the light entry takes typed values and checks their shape only
    expect(thrown(() => createLight({ officialYears: [{ year: Y } as never] })).code).toBe('invalid_data');
  });
});

describe('CLI: --holidays FILE and holidays validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vn-holidays-'));
  const good = join(dir, `${Y}.json`);
  writeFileSync(good, JSON.stringify(yearFile(), null, 2));
  const badFile = join(dir, 'bad.json');
  const bad = yearFile();
  (bad.entries[0] as { date: string }).date = `${Y}-02-30`;
  writeFileSync(badFile, JSON.stringify(bad));

  it('holidays validate: 0 for a valid file, 2 with file and path for an invalid one', async () => {
    const ok = await cli('holidays', 'validate', good);
    expect(ok).toMatchObject({ code: 0, err: '' });
    expect(ok.out).toContain(`${good}: hợp lệ — năm ${Y}`);
    expect((await cli('holidays', 'validate', good, '--lang', 'en')).out).toContain(`${good}: ok — year ${Y}`);
    const ko = await cli('holidays', 'validate', good, badFile);
    expect(ko.code).toBe(2);
    expect(ko.err).toContain(`${badFile} tại entries.0.date:`);
    expect((await cli('holidays', 'validate', join(dir, 'missing.json'))).code).toBe(2);
    expect((await cli('holidays', 'check', good)).code).toBe(2);
  });

  it('day, add, between, calendar and due use the file, and their JSON names the data version', async () => {
    const day = JSON.parse((await cli('day', firstMondayOfMarch, '--json', '--holidays', good)).out);
    expect(day).toMatchObject({ working: false, status: 'official', dataVersion: `${shipped.dataVersion}+${Y}@${Y}-01-15` });
    expect(JSON.parse((await cli('day', firstMondayOfMarch, '--json')).out)).toMatchObject({
      working: true,
      status: 'provisional',
      dataVersion: shipped.dataVersion,
    });
    const before = formatDay(daysFromCivil(Y, 3, 1) - 7);
    const add = JSON.parse((await cli('add', before, '10', '--json', '--holidays', good)).out);
    const addShipped = JSON.parse((await cli('add', before, '10', '--json')).out);
    expect(add.dataVersion).toBe(day.dataVersion);
    expect(add.result > addShipped.result).toBe(true); // one more day off on the way
    expect(JSON.parse((await cli('between', before, add.result, '--json', '--holidays', good)).out)).toMatchObject({
      workingDays: 10,
      dataVersion: day.dataVersion,
    });
    expect(JSON.parse((await cli('calendar', String(Y), '--month', '3', '--json', '--holidays', good)).out).dataVersion).toBe(day.dataVersion);
    const due = JSON.parse((await cli('due', 'hp-2025/central-tthc-list', '--fact', `ministryDecisionDate=${before}`, '--json', '--holidays', good)).out);
    expect(due).toMatchObject({ due: add.result, dataVersion: day.dataVersion });
  });

  it('check takes --holidays; a bad file is one line on stderr and exit code 2', async () => {
    const records = join(dir, 'records.ndjson');
    const before = formatDay(daysFromCivil(Y, 3, 1) - 7);
    const add = JSON.parse((await cli('add', before, '10', '--json', '--holidays', good)).out);
    writeFileSync(records, JSON.stringify({ rule: 'hp-2025/central-tthc-list', ministryDecisionDate: before, actual: add.result }) + '\n');
    const withFile = await cli('check', records, '--report', 'ndjson', '--holidays', good);
    expect(JSON.parse(withFile.out.split('\n')[0])).toMatchObject({ status: 'onTime', due: add.result });
    const without = await cli('check', records, '--report', 'ndjson');
    expect(JSON.parse(without.out.split('\n')[0])).toMatchObject({ status: 'late' });
    const broken = await cli('day', firstMondayOfMarch, '--holidays', badFile);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain(`${badFile} at entries.0.date`);
  });
});
