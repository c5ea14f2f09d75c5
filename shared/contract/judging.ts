// Contract channels for judges, providers, prices and evaluation runs.
import * as z from 'zod';
import type {
  JudgeSummary,
  JudgeVersionView,
  ModelPrice,
  ProviderConfig,
  VerdictResult,
  TemplateInfo,
} from '../judging';
import { candidateSchema, judgeSpecSchema, providerConfigSchema, providerId, selectionSchema } from './judge-schemas';
import type { RunDetail, RunEstimate, RunJudgmentRow, RunSummary } from './run-views';
import { id, returns, type ChannelDefinitions } from './schema-helpers';

export * from './judge-schemas';
export type * from './run-views';

const name = z.string().trim().min(1).max(120);

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
} satisfies ChannelDefinitions<'judging'>;
