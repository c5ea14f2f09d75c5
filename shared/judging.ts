// Judges, providers and runs as both processes see them (docs/architecture.md). Pure types and constants.
import type { ChunkVerdict, OutputType } from './domain';

export const PROVIDER_KINDS = ['openai', 'azure', 'openai-compatible', 'bedrock', 'heuristic'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** Throughput limits of one provider; null means unlimited. */
export interface ProviderLimits {
  concurrency: number;
  rpm: number | null;
  tpm: number | null;
  /** Per request, including the time spent reading the reply. */
  timeoutMs: number;
  /** Retries after the first attempt (429, 5xx, timeouts, throttling). */
  maxRetries: number;
}

export const DEFAULT_LIMITS: ProviderLimits = {
  concurrency: 8,
  rpm: null,
  tpm: null,
  timeoutMs: 60_000,
  maxRetries: 4,
};

/**
 * Where a judge's model is reached. Never holds a secret: API keys live in the OS keychain or the
 * environment, looked up by `id`.
 */
export interface ProviderConfig {
  /** Name the user gives it, e.g. `openai`, `ollama`, `bedrock-us`; judges refer to it. */
  id: string;
  kind: ProviderKind;
  /** OpenAI-compatible servers (Ollama, vLLM, LM Studio, Databricks, OpenRouter); OpenAI override. */
  baseUrl: string | null;
  /** Azure OpenAI. */
  azure: { endpoint: string; apiVersion: string; deployment: string | null } | null;
  /** Amazon Bedrock: region and profile from the AWS chain when null; endpoint for a local server. */
  region: string | null;
  profile: string | null;
  endpoint: string | null;
  limits: ProviderLimits;
}

/** Model parameters that are part of a judge version's identity. */
export interface ModelParams {
  temperature: number;
  maxTokens: number;
  topP: number | null;
  /** OpenAI only: ask for token log-probabilities and report a probability-weighted score. */
  logprobs: boolean;
}

export const DEFAULT_PARAMS: ModelParams = { temperature: 0, maxTokens: 512, topP: null, logprobs: false };

/** How a judge looks at an item. */
export type JudgeMode =
  /** One verdict for the item. */
  | 'item'
  /** One verdict per retrieved chunk, rolled up to a precision (chunk_relevance). */
  | 'per_chunk'
  /** One verdict per named guideline, passing only when all pass (global guidelines). */
  | 'per_guideline'
  /** Response A vs response B for the same request, asked twice with the positions swapped. */
  | 'pairwise';

export const HEURISTIC_SCORERS = [
  'exact_match',
  'token_f1',
  'rouge_l',
  'facts_coverage',
  'contains',
  'regex',
  'length',
  'flesch_kincaid_grade',
  'ari',
] as const;
export type HeuristicScorer = (typeof HEURISTIC_SCORERS)[number];

/** A worked example rendered into the judge's prompt: an item and the verdict the judge should give. */
export interface FewShotExample {
  request: string | null;
  response: string | null;
  expected_response: string | null;
  context: string | null;
  score: number | null;
  label: string | null;
  pass: boolean | null;
  justification: string;
  /** The item and label it came from, when built from reviewed items. */
  itemId: number | null;
  labelId: number | null;
}

/**
 * Everything that makes a judge version what it is. Its content hash identifies the version:
 * editing any field makes a new version; nothing that ran is rewritten.
 */
export interface JudgeSpec {
  /** Built-in template it was made from (`correctness`, `answer_relevance`…), or null for custom. */
  template: string | null;
  kind: 'llm' | 'heuristic';
  description: string;
  /** The rubric: a template using {{request}} {{response}} {{expected_response}} {{expected_facts}} {{guidelines}} {{retrieved_context}}. */
  instructions: string;
  outputType: OutputType;
  greaterIsBetter: boolean;
  mode: JudgeMode;
  /** Named global guidelines, for mode `per_guideline`. */
  guidelines: Record<string, string[]> | null;
  /** For heuristic judges: which scorer and its options (e.g. `{pattern}` for regex, `{min,max}` for length). */
  heuristic: { scorer: HeuristicScorer; options: Record<string, unknown> } | null;
  /** ProviderConfig id, and the model on it; null for heuristic judges. */
  provider: string | null;
  model: string | null;
  params: ModelParams;
  fewshot: FewShotExample[];
}

export interface JudgeVersionView {
  id: number;
  judgeId: number;
  judge: string;
  version: number;
  kind: 'llm' | 'heuristic' | 'imported';
  contentHash: string;
  createdAt: string;
  /** Null for versions imported from other tools' files. */
  spec: JudgeSpec | null;
  outputType: OutputType;
  versionLabel: string | null;
  model: string | null;
  source: string | null;
  /** Saved by an alignment search and not promoted: never the judge's current version. */
  candidate: boolean;
}

/** The judge's current version among its versions (oldest first): the newest that is not a candidate. */
export function currentVersionOf<V extends { candidate: boolean }>(versions: readonly V[]): V | undefined {
  return versions.findLast((version) => !version.candidate);
}

export interface JudgeSummary {
  id: number;
  name: string;
  description: string | null;
  versions: number;
  /** The current version: the newest that is not a candidate. */
  latest: JudgeVersionView;
}

export interface TemplateInfo {
  name: string;
  family: 'mlflow' | 'databricks' | 'bedrock' | 'pairwise' | 'heuristic';
  description: string;
  spec: Omit<JudgeSpec, 'provider' | 'model' | 'params' | 'fewshot'>;
}

/** USD per million tokens. */
export interface ModelPrice {
  model: string;
  input: number;
  output: number;
}

/**
 * 'done' may still have failed judgments (errors > 0); 'failed' means none succeeded; 'interrupted'
 * is a run marked running whose process died (crash, kill): it is never stored, only shown.
 */
export type RunStatus = 'pending' | 'running' | 'paused' | 'cancelled' | 'done' | 'failed' | 'interrupted';

export interface RunProgress {
  runId: number;
  status: RunStatus;
  total: number;
  done: number;
  errors: number;
  /** Judgments per second over the last stretch of the run. */
  rate: number;
  etaSeconds: number | null;
  /** Seconds calls still wait because the provider is rate limiting them; null when not waiting. */
  rateLimitWaitSeconds: number | null;
  /** Why the run stopped when it did not finish by itself; null otherwise. */
  message: string | null;
  cost: number;
  inputTokens: number;
  outputTokens: number;
}

export interface JudgeAggregate {
  judge: string;
  judgeVersionId: number;
  version: number;
  outputType: OutputType;
  n: number;
  errors: number;
  mean: number | null;
  variance: number | null;
  p90: number | null;
  passRate: number | null;
  /** Count of each score (scales), label (categories) or yes/no (pass/fail). */
  distribution: Record<string, number>;
  inputTokens: number;
  outputTokens: number;
  cost: number;
  latencyMsMean: number | null;
}

/** What one evaluation of a judge on an item produced (the runner stores it as a judgment). */
export interface VerdictResult {
  status: 'done' | 'error';
  score: number | null;
  label: string | null;
  pass: boolean | null;
  justification: string | null;
  error: string | null;
  /** Every raw reply the judge gave for this item, kept for audit (and when parsing failed). */
  raw: string | null;
  chunks: ChunkVerdict[] | null;
  /** Probability of each score, when log-probabilities were requested. */
  distribution: Record<string, number> | null;
}
