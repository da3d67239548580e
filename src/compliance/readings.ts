/** The readings of one act under several rules, and the most severe of them. */
import type { LocalizedText } from '../calendar/types.js';
import type { Lang } from '../core/lang.js';
import { SEVERITY } from './status.js';
import type { ComplianceReadings, ComplianceResult, ComplianceStatus } from './types.js';
import { readingsLine } from './verdict.js';

/** The readings of one act under several rules. @internal */
export class ComplianceReadingsImpl implements ComplianceReadings {
  readonly status: ComplianceStatus;
  readonly agree: boolean;
  readonly readings: readonly ComplianceResult[];
  readonly governing: ComplianceResult;
  #explanation: LocalizedText | undefined;

  constructor(readings: readonly ComplianceResult[]) {
    let g = readings[0];
    let agree = true;
    for (const r of readings) {
      if (SEVERITY[r.status] < SEVERITY[g.status]) g = r;
      if (r.status !== readings[0].status) agree = false;
    }
    this.readings = readings;
    this.governing = g;
    this.status = g.status;
    this.agree = agree;
  }

  get explanation(): LocalizedText {
    if (this.#explanation === undefined) {
      const text = (l: Lang): string => {
        const parts = this.readings.map((r) => r.explanation[l]);
        const last = readingsLine(this.readings, this.agree, l);
        return `${parts.join('\n\n')}\n\n${last}`;
      };
      this.#explanation = { vi: text('vi'), en: text('en') };
    }
    return this.#explanation;
  }

  toJSON() {
    return { status: this.status, agree: this.agree, readings: this.readings.map((r) => r.toJSON()), explanation: this.explanation };
  }
}
