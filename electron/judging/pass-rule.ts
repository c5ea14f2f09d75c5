// When a verdict passes. Scales compare with the pass threshold; yes/no answers follow the judge's
// polarity: a question whose "yes" is the bad outcome (harmful? refused?) has greaterIsBetter false.
import type { OutputType } from '../../shared/domain';

export function scorePasses(outputType: OutputType, greaterIsBetter: boolean, score: number): boolean | null {
  if (outputType.kind !== 'scale' || outputType.passThreshold === null) return null;
  return greaterIsBetter ? score >= outputType.passThreshold : score <= outputType.passThreshold;
}

export function verdictPasses(verdict: string, greaterIsBetter: boolean): boolean {
  return (verdict === 'yes') === greaterIsBetter;
}

/** The yes/no answer that means `pass` for this polarity (few-shot examples stored as pass/fail). */
export function verdictForPass(pass: boolean, greaterIsBetter: boolean): 'yes' | 'no' {
  return pass === greaterIsBetter ? 'yes' : 'no';
}
