// MLflow `EvaluationExample` fields from Gavel's few-shot examples, shared by the JSON list and the
// Python snippet so both carry exactly the same examples.
import { answerOf } from '../../shared/verdict-value';
import type { ExportData } from './export-data';

export interface MlflowExample {
  input: string;
  output: string;
  /**
   * MLflow genai metrics score 1–5: a yes/no judge's "yes" becomes 5 and "no" 1, read with the
   * metric's greater_is_better (a "yes, harmful" is a 5 on a lower-is-better metric).
   */
  score: number;
  justification: string;
  /** The reference answer as MLflow's `targets` column, when the item has one. */
  grading_context: { targets?: string };
}

export function mlflowExamples(data: ExportData): MlflowExample[] {
  return data.examples.map((example) => ({
    input: example.request ?? '',
    output: example.response ?? '',
    score: example.score ?? (answerOf(example, data.judge) === 'yes' ? 5 : 1),
    justification: example.justification,
    grading_context: example.expected_response === null ? {} : { targets: example.expected_response },
  }));
}
