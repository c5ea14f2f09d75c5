// Names people read for judges', providers' and runs' identifiers.
import type { HeuristicScorer, JudgeMode, ProviderKind, RunStatus, TemplateInfo } from '../../../shared/judging';
import type { VerdictTone } from './verdict';

export const MODE_LABELS: Record<JudgeMode, string> = {
  item: 'One verdict per item',
  per_chunk: 'One verdict per retrieved chunk',
  per_guideline: 'One verdict per guideline',
  pairwise: 'Response A vs response B',
};

export const SCORER_LABELS: Record<HeuristicScorer, string> = {
  exact_match: 'Exact match',
  token_f1: 'Token F1',
  rouge_l: 'ROUGE-L',
  facts_coverage: 'Expected facts coverage',
  contains: 'Contains',
  regex: 'Regular expression',
  length: 'Length',
  flesch_kincaid_grade: 'Flesch–Kincaid grade',
  ari: 'Automated readability index',
};

export const PROVIDER_KIND_LABELS: Record<ProviderKind, string> = {
  openai: 'OpenAI',
  azure: 'Azure OpenAI',
  'openai-compatible': 'OpenAI-compatible',
  bedrock: 'Amazon Bedrock',
  heuristic: 'Heuristic (no model)',
};

export const TEMPLATE_FAMILIES: { family: TemplateInfo['family']; title: string; blurb: string }[] = [
  { family: 'mlflow', title: 'MLflow-style', blurb: '1–5 scales with a justification.' },
  { family: 'databricks', title: 'Databricks-style', blurb: 'Yes / no verdicts with a rationale.' },
  { family: 'bedrock', title: 'Amazon Bedrock-style', blurb: 'The metrics of Bedrock model evaluation.' },
  { family: 'pairwise', title: 'Pairwise', blurb: 'Response A against response B, asked both ways round.' },
  { family: 'heuristic', title: 'Heuristic', blurb: 'Computed without a model: no network, no cost.' },
];

export const RUN_STATUS_LABELS: Record<RunStatus, string> = {
  pending: 'Pending',
  running: 'Running',
  paused: 'Paused',
  cancelled: 'Cancelled',
  done: 'Done',
  failed: 'Failed',
  interrupted: 'Interrupted',
};

/** The colour a run's status badge takes, from the verdict palette. */
export const RUN_STATUS_TONES: Record<RunStatus, VerdictTone> = {
  pending: 'pending',
  running: 'pending',
  paused: 'neutral',
  cancelled: 'neutral',
  done: 'pass',
  failed: 'fail',
  interrupted: 'error',
};

/** A run's status as shown: a run that finished with failed judgments is never a plain green "Done". */
export function runStatusShown(run: { status: RunStatus; errors: number }): { label: string; tone: VerdictTone } {
  if (run.status === 'done' && run.errors > 0) {
    return { label: `Finished with ${run.errors} ${run.errors === 1 ? 'error' : 'errors'}`, tone: 'error' };
  }
  return { label: RUN_STATUS_LABELS[run.status], tone: RUN_STATUS_TONES[run.status] };
}
