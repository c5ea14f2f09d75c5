// When a judge's own verdict passes. Scales compare with the pass threshold the judge states (a
// verdict of a scale without one has no pass of its own); yes/no answers follow the judge's
// polarity through the one definition of a verdict's value.
import type { OutputType } from '../../shared/domain';
import { yesNoForPass, yesNoPasses } from '../../shared/verdict-value';

export function scorePasses(outputType: OutputType, greaterIsBetter: boolean, score: number): boolean | null {
  if (outputType.kind !== 'scale' || outputType.passThreshold === null) return null;
  return greaterIsBetter ? score >= outputType.passThreshold : score <= outputType.passThreshold;
}

export function verdictPasses(verdict: string, greaterIsBetter: boolean): boolean {
  return yesNoPasses(verdict === 'yes' ? 'yes' : 'no', greaterIsBetter);
}

/** The yes/no answer that means `pass` for this polarity (few-shot examples stored as pass/fail). */
export const verdictForPass = yesNoForPass;
