/**
 * The occurrences of a plan's cells: from a rule's result (a due day), or without a due day (a
 * row the plan gives no rule, a status rule, an event-driven rule awaiting its event).
 */
import type { LocalizedText } from '../calendar/types.js';
import type { LegalRef } from '../rules/schema.js';
import type { CompiledRule, DueResult } from '../rules/types.js';
import type { Plan, PlanSchedule } from './schema.js';
import type { PlanEvent, PlanOccurrence, UnitRef } from './schedule-types.js';
import { eventFacts, type Task } from './tasks.js';

/** The fields of an occurrence without a due day (an ongoing row, an event not supplied). */
const UNDATED = {
  from: null,
  due: null,
  windowStart: null,
  lastWorkingDay: null,
  period: null,
  dataPeriod: null,
  dependsOnProvisional: false,
  pending: [],
} as const;

const SCHEDULE_NOTES: Record<Exclude<PlanSchedule['type'], 'rule'>, LocalizedText> = {
  ongoing: { vi: 'Thường xuyên: không có hạn cụ thể', en: 'Ongoing: no due day' },
  onOccurrence: { vi: 'Khi có phát sinh: không có hạn cụ thể', en: 'On occurrence: no due day' },
  untilSuperseded: { vi: 'Thường xuyên, cho đến khi có văn bản thay thế', en: 'Ongoing until superseded' },
};

const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const viInSentence = (s: string): string => (/^\p{Lu}\p{Ll}/u.test(s) ? lowerFirst(s) : s);

/** What every occurrence of a cell shares: where it is in the plan, its task and its units. */
type CellFields = Pick<PlanOccurrence, 'row' | 'item' | 'section' | 'content' | 'wording' | 'lead' | 'cooperating'>;

/** A cell's occurrences: its key prefix and shared fields. @internal */
export interface Cell {
  readonly task: Task;
  /** Row number, with `#item` for an item: the first part of the occurrence keys. */
  readonly key: string;
  readonly fields: CellFields;
}

/** Units by id as occurrences name them (an id the plan does not list is its own name). @internal */
export function unitRefs(plan: Plan): (ids: readonly string[]) => UnitRef[] {
  const unitNames = new Map(plan.units.map((u) => [u.id, u.name]));
  return (ids) => ids.map((id) => ({ id, name: unitNames.get(id) ?? { vi: id, en: id } }));
}

/** The cell of a task, its units named by `refs` (see {@link unitRefs}). @internal */
export function cellOf(task: Task, refs: (ids: readonly string[]) => UnitRef[]): Cell {
  const { row, item } = task;
  const cell = item ?? row;
  const schedule = cell.schedule;
  const fields: CellFields = {
    row: row.number,
    item: item?.key ?? null,
    section: row.section,
    content: cell.content,
    wording: (schedule.type === 'rule' ? schedule.deadlineText : undefined) ?? cell.timeText,
    lead: refs(cell.lead),
    cooperating: refs(cell.cooperating),
  };
  return { task, key: item ? `${row.number}#${item.key}` : row.number, fields };
}

/** The occurrence of a rule's result for a cell. @internal */
export function resultOccurrence(cell: Cell, rule: CompiledRule, r: DueResult, event: PlanEvent | null): PlanOccurrence {
  const third = r.period ?? (event ? `event:${event.id ?? r.from ?? ''}` : '-');
  return {
    key: `${cell.key}|${rule.id}|${third}|${r.due ?? '-'}`,
    ...cell.fields,
    ruleId: rule.id,
    title: rule.title,
    variant: r.variant,
    kind: r.kind,
    from: r.from,
    due: r.due,
    windowStart: r.windowStart,
    lastWorkingDay: r.lastWorkingDay,
    period: r.period,
    dataPeriod: r.dataPeriod,
    dependsOnProvisional: r.dependsOnProvisional,
    pending: r.pending,
    legalBasis: rule.legalBasis,
    interpretation: r.interpretation,
    note: r.note,
    awaiting: [],
    event,
  };
}

/** The occurrence of a cell the plan gives no rule ("Thường xuyên", "Khi có phát sinh"). @internal */
export function ruleLessOccurrence(plan: Plan, cell: Cell): PlanOccurrence {
  const schedule = (cell.task.item ?? cell.task.row).schedule;
  const type = schedule.type === 'rule' ? 'ongoing' : schedule.type;
  const basis: LegalRef = { document: plan.plan.document, date: plan.plan.date, title: plan.plan.title, articles: [`mục ${cell.task.row.number}`] };
  return {
    key: `${cell.key}|-|-|-`,
    ...cell.fields,
    ruleId: null,
    title: null,
    variant: null,
    kind: type,
    ...UNDATED,
    legalBasis: [basis],
    interpretation: null,
    note:
      schedule.type === 'untilSuperseded'
        ? { vi: `Thường xuyên, ${lowerFirst(schedule.until.vi)}`, en: `Ongoing ${lowerFirst(schedule.until.en)}` }
        : SCHEDULE_NOTES[type],
    awaiting: [],
    event: null,
  };
}

function awaitingNote(rule: CompiledRule, facts: readonly string[]): LocalizedText {
  // A description that opens with a capital "Ngày" is lower-cased in the middle of the sentence (an acronym such as UBND is kept).
  const vi = facts.map((f) => viInSentence(rule.facts[f]?.description.vi ?? f)).join(' hoặc ');
  const en = facts.map((f) => rule.facts[f]?.description.en ?? f).join(' / ');
  return { vi: `Chờ sự kiện: thời hạn tính từ ${vi}`, en: `Awaiting an event: the due day counts from ${en}` };
}

/** The occurrence of an event-driven rule whose event was not supplied: no due day yet. @internal */
export function awaitingOccurrence(cell: Cell, rule: CompiledRule): PlanOccurrence {
  const facts = eventFacts(rule);
  return {
    key: `${cell.key}|${rule.id}|awaiting|-`,
    ...cell.fields,
    ruleId: rule.id,
    title: rule.title,
    variant: null,
    kind: 'awaitingEvent',
    ...UNDATED,
    legalBasis: rule.legalBasis,
    interpretation: rule.interpretation,
    note: awaitingNote(rule, facts),
    awaiting: facts,
    event: null,
  };
}
