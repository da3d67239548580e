/** The verdict of one rule: the result of `checkCompliance`, its sentence and explanation built when read. */
import type { LocalizedText, PendingNotice } from '../calendar/types.js';
import type { Lang } from '../core/lang.js';
import type { CompiledRuleImpl } from '../rules/compile.js';
import type { DueResult } from '../rules/types.js';
import type { ComplianceResult, ComplianceResultJson, ComplianceStatus, WhatIfChange } from './types.js';
import { say } from '../core/catalogue.js';
import { COMPLIANCE_TEXT } from './messages.js';
import { verdictText } from './verdict.js';
import { itemText } from '../core/citation.js';

const NONE: readonly PendingNotice[] = Object.freeze([]);

/** The result of `checkCompliance`; the verdict sentence and explanation are lazy. @internal */
export class ComplianceResultImpl implements ComplianceResult {
  status: ComplianceStatus = 'notApplicable';
  readonly rule: string;
  readonly title: LocalizedText;
  variant: string | null = null;
  readonly isDeadline: boolean;
  due: string | null = null;
  windowStart: string | null = null;
  lastWorkingDay: string | null = null;
  readonly actual: string | null;
  readonly asOf: string;
  calendarDays: number | null = null;
  workingDays: number | null = null;
  workingDaysLate = 0;
  dependsOnProvisional = false;
  pending: readonly PendingNotice[] = NONE;
  reason: LocalizedText | null = null;
  dueResult: DueResult | null = null;
  declare whatIfPending?: WhatIfChange | null;
  /** @internal The rule, for the explanation of a rule that does not apply. */
  readonly compiled: CompiledRuleImpl;
  #verdict: LocalizedText | undefined;
  #explanation: LocalizedText | undefined;

  constructor(rule: CompiledRuleImpl, actual: string | null, asOf: string) {
    this.rule = rule.id;
    this.title = rule.title;
    this.isDeadline = rule.isDeadline;
    this.actual = actual;
    this.asOf = asOf;
    this.compiled = rule;
  }

  get verdict(): LocalizedText {
    return (this.#verdict ??= { vi: verdictText(this, 'vi'), en: verdictText(this, 'en') });
  }

  get explanation(): LocalizedText {
    if (this.#explanation === undefined) {
      const v = this.verdict;
      const head = (l: Lang): string => {
        if (this.dueResult !== null) return this.dueResult.explanation[l];
        const s = this.compiled.source;
        return `${this.title[l]} [${this.rule}]\n${say(COMPLIANCE_TEXT, l, 'source', { document: s.document, item: itemText(s.item, l), text: s.text })}`;
      };
      this.#explanation = { vi: `${head('vi')}\n${v.vi}`, en: `${head('en')}\n${v.en}` };
    }
    return this.#explanation;
  }

  toJSON(): ComplianceResultJson {
    const out: ComplianceResultJson = {
      status: this.status,
      rule: this.rule,
      title: this.title,
      variant: this.variant,
      isDeadline: this.isDeadline,
      due: this.due,
      windowStart: this.windowStart,
      lastWorkingDay: this.lastWorkingDay,
      actual: this.actual,
      asOf: this.asOf,
      calendarDays: this.calendarDays,
      workingDays: this.workingDays,
      workingDaysLate: this.workingDaysLate,
      dependsOnProvisional: this.dependsOnProvisional,
      pending: this.pending,
      reason: this.reason,
      verdict: this.verdict,
      explanation: this.explanation,
    };
    if (this.whatIfPending !== undefined) out.whatIfPending = this.whatIfPending;
    return out;
  }
}
