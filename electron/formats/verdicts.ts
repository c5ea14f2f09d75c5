// Building imported verdicts and judges.
import type { OutputType } from '../../shared/domain';
import type { ImportedJudge, ImportedVerdict } from './types';

type VerdictValues = Partial<Omit<ImportedVerdict, 'judge' | 'status' | 'error'>>;

/** A verdict the judge produced; fields the file does not carry are null. */
export function doneVerdict(judge: ImportedJudge, values: VerdictValues): ImportedVerdict {
  return { ...blankVerdict(judge), ...values, status: 'done' };
}

/** A judge call the file records as failed: no score, only the error. */
export function errorVerdict(judge: ImportedJudge, error: string, values: VerdictValues = {}): ImportedVerdict {
  return { ...blankVerdict(judge), ...values, status: 'error', error };
}

function blankVerdict(judge: ImportedJudge): ImportedVerdict {
  return {
    judge,
    status: 'done',
    score: null,
    label: null,
    pass: null,
    justification: null,
    error: null,
    chunks: null,
    latencyMs: null,
    inputTokens: null,
    outputTokens: null,
    cost: null,
  };
}

export const PASS_FAIL: OutputType = { kind: 'pass_fail' };

export function scale(min: number, max: number): OutputType {
  return { kind: 'scale', min, max, passThreshold: null };
}

/**
 * Hands out one judge object per distinct judge, so every verdict of a judge shares it (readers
 * of the records can compare judges by identity).
 */
export class JudgeRegistry {
  private readonly judges = new Map<string, ImportedJudge>();

  get(judge: ImportedJudge): ImportedJudge {
    const id = JSON.stringify([
      judge.name,
      judge.version,
      judge.kind,
      judge.model,
      judge.instructions,
      judge.outputType,
    ]);
    let known = this.judges.get(id);
    if (known === undefined) {
      known = judge;
      this.judges.set(id, judge);
    }
    return known;
  }
}

/** Values a judge was seen to give, for judges whose scale the file does not state. */
export class ObservedScale {
  private min = Infinity;
  private max = -Infinity;
  private readonly labels = new Set<string>();

  add(value: unknown): void {
    if (typeof value === 'number' && Number.isFinite(value)) {
      this.min = Math.min(this.min, value);
      this.max = Math.max(this.max, value);
    } else if (typeof value === 'string' && value.length > 0) {
      this.labels.add(value);
    }
  }

  /**
   * The smallest whole-number scale holding every score seen (0..1 when all scores fall within
   * it), or the labels seen when the judge gave only labels.
   */
  outputType(): OutputType {
    if (this.min === Infinity) {
      return this.labels.size > 0 ? { kind: 'categories', categories: [...this.labels] } : scale(0, 1);
    }
    if (this.min >= 0 && this.max <= 1) return scale(0, 1);
    const min = Math.floor(this.min);
    return scale(min, Math.max(Math.ceil(this.max), min + 1));
  }
}
