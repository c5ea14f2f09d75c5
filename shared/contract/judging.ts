// Contract channels for judges, providers, prices and evaluation runs.
import { z } from 'zod';
import type { OutputType } from '../domain';
import type {
  FewShotExample,
  JudgeAggregate,
  JudgeSpec,
  JudgeSummary,
  JudgeVersionView,
  ModelParams,
  ModelPrice,
  ProviderConfig,
  ProviderLimits,
  RunProgress,
  VerdictResult,
  RunStatus,
  TemplateInfo,
} from '../judging';
import { HEURISTIC_SCORERS, PROVIDER_KINDS } from '../judging';
import { queueFilterSchema } from './review';
import { id, returns } from './schema-helpers';

const name = z.string().trim().min(1).max(120);
const providerId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, . _ - (up to 64)');

export const outputTypeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('scale'),
    min: z.number(),
    max: z.number(),
    passThreshold: z.number().nullable(),
  }),
  z.object({ kind: z.literal('pass_fail') }),
  z.object({ kind: z.literal('categories'), categories: z.array(z.string().min(1)).min(2) }),
]) satisfies z.ZodType<OutputType>;

const paramsSchema = z.object({
  temperature: z.number().min(0).max(2),
  maxTokens: z.number().int().min(1).max(32_000),
  topP: z.number().min(0).max(1).nullable(),
  logprobs: z.boolean(),
}) satisfies z.ZodType<ModelParams>;

const fewShotSchema = z.object({
  request: z.string().nullable(),
  response: z.string().nullable(),
  expected_response: z.string().nullable(),
  context: z.string().nullable(),
  score: z.number().nullable(),
  label: z.string().nullable(),
  pass: z.boolean().nullable(),
  justification: z.string(),
  itemId: z.number().int().nullable(),
  labelId: z.number().int().nullable(),
}) satisfies z.ZodType<FewShotExample>;

export const judgeSpecSchema = z.object({
  template: z.string().nullable(),
  kind: z.enum(['llm', 'heuristic']),
  description: z.string().max(2000),
  instructions: z.string().max(20_000),
  outputType: outputTypeSchema,
  greaterIsBetter: z.boolean(),
  mode: z.enum(['item', 'per_chunk', 'per_guideline', 'pairwise']),
  guidelines: z.record(z.string(), z.array(z.string())).nullable(),
  heuristic: z.object({ scorer: z.enum(HEURISTIC_SCORERS), options: z.record(z.string(), z.unknown()) }).nullable(),
  provider: providerId.nullable(),
  model: z.string().min(1).max(200).nullable(),
  params: paramsSchema,
  fewshot: z.array(fewShotSchema).max(50),
}) satisfies z.ZodType<JudgeSpec>;

const limitsSchema = z.object({
  concurrency: z.number().int().min(1).max(256),
  rpm: z.number().int().min(1).nullable(),
  tpm: z.number().int().min(1).nullable(),
  timeoutMs: z.number().int().min(1000).max(600_000),
  maxRetries: z.number().int().min(0).max(10),
}) satisfies z.ZodType<ProviderLimits>;

export const providerConfigSchema = z.object({
  id: providerId,
  kind: z.enum(PROVIDER_KINDS),
  baseUrl: z.url({ protocol: /^https?$/ }).nullable(),
  azure: z
    .object({
      endpoint: z.url({ protocol: /^https?$/ }),
      apiVersion: z.string().min(1),
      deployment: z.string().nullable(),
    })
    .nullable(),
  region: z.string().nullable(),
  profile: z.string().nullable(),
  endpoint: z.url({ protocol: /^https?$/ }).nullable(),
  limits: limitsSchema,
}) satisfies z.ZodType<ProviderConfig>;

/** Which items of a dataset a run covers. */
export const selectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  /** Items whose key is listed. */
  z.object({ kind: z.literal('keys'), keys: z.array(z.string()).min(1) }),
  /** A reproducible random sample of N items. */
  z.object({ kind: z.literal('sample'), size: z.number().int().min(1), seed: z.number().int().default(1) }),
  /** The first N items (the CLI's --limit). */
  z.object({ kind: z.literal('first'), size: z.number().int().min(1) }),
  /** Items matching a filter: text search, a judge's score range or pass/fail, tags, errors… */
  z.object({ kind: z.literal('filter'), filter: queueFilterSchema }),
]);
export type Selection = z.infer<typeof selectionSchema>;

/** A candidate model that answers each request before the judges look at its answers. */
export const candidateSchema = z.object({
  provider: providerId,
  model: z.string().min(1).max(200),
  system: z.string().max(20_000).default(''),
  temperature: z.number().min(0).max(2).default(0),
  maxTokens: z.number().int().min(1).max(32_000).default(1024),
});
export type Candidate = z.infer<typeof candidateSchema>;

const runPlan = {
  datasetId: id,
  judgeVersionIds: z.array(id).min(1),
  selection: selectionSchema.default({ kind: 'all' }),
  /** Run only on the selected items that have every field the judges need (else such a run is refused). */
  onlyComplete: z.boolean().default(false),
};

export interface KeyStatus {
  present: boolean;
  /** Where the key comes from: the key store's backend (`keychain (…)`, `environment`), or null when missing. */
  source: string | null;
  /** The key redacted (`sk-…a1b2`), to tell keys apart; never the key. */
  hint: string | null;
  /** Why the key is not sent to this provider's endpoint (it was entered for another), or null. */
  problem: string | null;
  /** Environment variables read for this provider's key, in order (GAVEL_KEY_<ID>, then the SDK's own). */
  envVariables: string[];
}

export interface ProvidersView {
  providers: ProviderConfig[];
  keys: Record<string, KeyStatus>;
  keyStore: { writable: boolean; secure: boolean; backend: string };
}

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

export interface SpecDiffEntry {
  field: string;
  before: string;
  after: string;
  lines: { added: boolean; removed: boolean; value: string }[] | null;
}

export interface PromptPreview {
  /** The exact requests the judge would send for the item (several for per-chunk / pairwise judges). */
  requests: { system: string; messages: { role: 'user' | 'assistant'; content: string }[] }[];
  /** Set instead when the judge cannot be applied to the item (e.g. a required field is missing). */
  problem: string | null;
  /** Heuristic judges send no prompt: the verdict they give this item, computed offline. */
  heuristicVerdict: VerdictResult | null;
}

export const judgingChannels = {
  'templates.list': { input: z.object({}), output: returns<TemplateInfo[]>() },
  'judges.list': { input: z.object({}), output: returns<JudgeSummary[]>() },
  'judges.get': {
    input: z.object({ name }),
    output: returns<{ judge: JudgeSummary; versions: JudgeVersionView[] }>(),
  },
  /**
   * Saves a judge definition: a new version when it differs from every existing one. A candidate
   * (alignment's) is kept aside: it does not become the judge's current version.
   */
  'judges.save': {
    input: z.object({ name, spec: judgeSpecSchema, candidate: z.boolean().optional() }),
    output: returns<{ version: JudgeVersionView; created: boolean }>(),
  },
  'judges.diff': { input: z.object({ from: id, to: id }), output: returns<SpecDiffEntry[]>() },
  'judges.preview': { input: z.object({ spec: judgeSpecSchema, itemId: id }), output: returns<PromptPreview>() },
  'providers.list': { input: z.object({}), output: returns<ProvidersView>() },
  'providers.save': { input: z.object({ config: providerConfigSchema }), output: returns<ProvidersView>() },
  'providers.delete': { input: z.object({ id: providerId }), output: returns<ProvidersView>() },
  /** Stores a key in the OS keychain (desktop app only); the key never comes back out. */
  'providers.setKey': {
    input: z.object({ id: providerId, key: z.string().min(1).max(4096) }),
    output: returns<ProvidersView>(),
  },
  'providers.test': {
    input: z.object({ id: providerId }),
    output: returns<{ ok: boolean; message: string; models: string[] }>(),
  },
  'providers.detectOllama': { input: z.object({}), output: returns<{ available: boolean; models: string[] }>() },
  'prices.list': { input: z.object({}), output: returns<ModelPrice[]>() },
  'prices.save': {
    input: z.object({
      prices: z.array(z.object({ model: z.string().min(1), input: z.number().min(0), output: z.number().min(0) })),
    }),
    output: returns<ModelPrice[]>(),
  },
  'runs.estimate': {
    input: z.object({ ...runPlan, generation: candidateSchema.optional() }),
    output: returns<RunEstimate>(),
  },
  'runs.start': {
    input: z.object({
      ...runPlan,
      name: z.string().trim().max(200).optional(),
      /** Generate the answers with this model first, and judge those instead of the dataset's. */
      generation: candidateSchema.optional(),
    }),
    output: returns<RunSummary>(),
  },
  /** One run per candidate model over the same items and judges: a side-by-side model comparison. */
  'runs.compareModels': {
    input: z.object({ ...runPlan, candidates: z.array(candidateSchema).min(2).max(8) }),
    output: returns<RunSummary[]>(),
  },
  /** A pairwise judge over the answers of two runs (A = runA), each pair asked in both orders. */
  'runs.startPairwise': {
    input: z.object({ runA: id, runB: id, judgeVersionId: id, name: z.string().trim().max(200).optional() }),
    output: returns<RunSummary>(),
  },
  'runs.list': { input: z.object({ datasetId: id.optional() }), output: returns<RunSummary[]>() },
  'runs.get': { input: z.object({ id }), output: returns<RunDetail>() },
  'runs.judgments': {
    input: z.object({
      id,
      status: z.enum(['pending', 'running', 'done', 'error']).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: returns<{ total: number; rows: RunJudgmentRow[] }>(),
  },
  'runs.cancel': { input: z.object({ id }), output: returns<RunSummary>() },
  'runs.pause': { input: z.object({ id }), output: returns<RunSummary>() },
  'runs.resume': { input: z.object({ id }), output: returns<RunSummary>() },
  'runs.retryErrors': { input: z.object({ id }), output: returns<RunSummary>() },
};
