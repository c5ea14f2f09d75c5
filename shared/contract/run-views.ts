// What the contract's run channels answer: estimates, summaries, details and judgment rows.
import type { OutputType } from '../domain';
import type { JudgeAggregate, RunProgress, RunStatus } from '../judging';

export interface RunEstimate {
  judgments: number;
  /** Judgments already answered by the local cache (they cost nothing). */
  cached: number;
  requests: number;
  inputTokens: number;
  outputTokens: number;
  cost: number;
  /** Models without a price in the table: their cost is not included. */
  unpricedModels: string[];
  /** Fields judges need that some selected items lack: such a run starts only with `onlyComplete`. */
  missingFields: MissingField[];
  /** Selected items that have every field every judge needs. */
  completeItems: number;
}

/** A judge's required field (or alternatives, "expected_response or expected_facts") that items lack. */
export interface MissingField {
  judge: string;
  field: string;
  /** How many selected items lack it. */
  items: number;
}

export interface RunSummary {
  id: number;
  datasetId: number;
  dataset: string;
  name: string;
  kind: 'eval' | 'imported';
  status: RunStatus;
  /** The process executing the run, while one is. */
  holder: { pid: number; host: string; since: string } | null;
  /** The message of the run's first failed judgment, when it has any. */
  firstError: string | null;
  /** Why the run stopped when it did not finish by itself (paused on a refused key, say); else null. */
  message: string | null;
  judges: { judge: string; version: number; judgeVersionId: number }[];
  total: number;
  done: number;
  errors: number;
  inputTokens: number;
  outputTokens: number;
  cost: number;
  createdAt: string;
  finishedAt: string | null;
}

/** What a run's candidate model did: the mlflow.evaluate-style columns beside the judges' scores. */
export interface GenerationSummary {
  provider: string;
  model: string;
  done: number;
  errors: number;
  /** Answers cut off at the token limit. */
  truncated: number;
  latencyMsMean: number | null;
  inputTokens: number;
  outputTokens: number;
  cost: number;
}

export interface RunDetail extends RunSummary {
  progress: RunProgress | null;
  aggregates: JudgeAggregate[];
  generation: GenerationSummary | null;
  /** For a pairwise run: the two runs whose answers it compared. */
  pairwise: { runA: number; runB: number } | null;
}

export interface RunJudgmentRow {
  id: number;
  itemId: number;
  itemKey: string;
  judge: string;
  version: number;
  outputType: OutputType;
  status: 'pending' | 'running' | 'done' | 'error';
  score: number | null;
  label: string | null;
  pass: boolean | null;
  justification: string | null;
  error: string | null;
  raw: string | null;
  attempts: number;
  latencyMs: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  cost: number | null;
}
