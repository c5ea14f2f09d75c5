// The experts' decisions as MLflow 3 Feedback, one JSON line per item, with the arguments
// `mlflow.log_feedback` takes. Named as the judge and sourced HUMAN, they are what a judge's
// `align()` learns from once logged on the traces.
import { jsonl } from './json-text';
import { verdictValue, type ExportData } from './export-data';

export function mlflowAssessments(data: ExportData): string {
  return jsonl(
    data.rows.map((row) => ({
      // Items imported from MLflow traces are keyed by their trace id.
      trace_id: row.key,
      name: data.judge.name,
      value: verdictValue(row.human),
      rationale: row.human.rationale,
      source: {
        source_type: 'HUMAN',
        // One decision may stand for several reviewers' agreeing labels (the consensus).
        source_id: row.human.reviewers.length > 0 ? row.human.reviewers.join(', ') : 'gavel',
      },
    })),
  );
}
