// Judges, providers and runs as the main process would return them, for the renderer's store tests.
import type { ProvidersView, RunDetail, RunSummary } from '../../../shared/contract';
import type { ItemRow } from '../../../shared/domain';
import {
  DEFAULT_LIMITS,
  DEFAULT_PARAMS,
  type JudgeAggregate,
  type JudgeSpec,
  type JudgeSummary,
  type JudgeVersionView,
  type ProviderConfig,
  type RunProgress,
  type TemplateInfo,
} from '../../../shared/judging';

export const correctnessTemplate: TemplateInfo = {
  name: 'answer_correctness',
  family: 'mlflow',
  description: 'Correct against the reference (1–5).',
  spec: {
    template: 'answer_correctness',
    kind: 'llm',
    description: 'Correct against the reference (1–5).',
    instructions: 'Rate {{response}} against {{expected_response}}.',
    outputType: { kind: 'scale', min: 1, max: 5, passThreshold: 4 },
    greaterIsBetter: true,
    mode: 'item',
    guidelines: null,
    heuristic: null,
  },
};

export const regexTemplate: TemplateInfo = {
  name: 'regex',
  family: 'heuristic',
  description: 'Does the response match a pattern?',
  spec: {
    template: 'regex',
    kind: 'heuristic',
    description: 'Does the response match a pattern?',
    instructions: '',
    outputType: { kind: 'pass_fail' },
    greaterIsBetter: true,
    mode: 'item',
    guidelines: null,
    heuristic: { scorer: 'regex', options: { pattern: '' } },
  },
};

export const judgeSpec = (changes: Partial<JudgeSpec> = {}): JudgeSpec => ({
  ...correctnessTemplate.spec,
  provider: 'openai',
  model: 'gpt-4o-mini',
  params: DEFAULT_PARAMS,
  fewshot: [],
  ...changes,
});

export const version = (id: number, number: number, spec: JudgeSpec = judgeSpec()): JudgeVersionView => ({
  id,
  judgeId: 1,
  judge: 'correctness',
  version: number,
  kind: spec.kind,
  contentHash: `hash${id}`,
  createdAt: '2025-05-01T10:00:00Z',
  spec,
  outputType: spec.outputType,
  versionLabel: null,
  model: spec.model,
  source: null,
  candidate: false,
});

export const judgeSummary = (latest: JudgeVersionView, versions = latest.version): JudgeSummary => ({
  id: latest.judgeId,
  name: latest.judge,
  description: null,
  versions,
  latest,
});

export const provider = (id: string, changes: Partial<ProviderConfig> = {}): ProviderConfig => ({
  id,
  kind: 'openai',
  baseUrl: null,
  azure: null,
  region: null,
  profile: null,
  endpoint: null,
  limits: DEFAULT_LIMITS,
  ...changes,
});

/** The variables the main process names for a provider's key (its own, then the SDK's). */
const envVariablesOf = (p: ProviderConfig): string[] =>
  p.kind === 'heuristic' || p.kind === 'bedrock' ? [] : [`GAVEL_KEY_${p.id.toUpperCase()}`, 'OPENAI_API_KEY'];

export const providersView = (providers: ProviderConfig[], keyed: string[] = []): ProvidersView => ({
  providers,
  keys: Object.fromEntries(
    providers.map((p) => [
      p.id,
      {
        present: keyed.includes(p.id),
        source: keyed.includes(p.id) ? 'keychain' : null,
        hint: null,
        problem: null,
        envVariables: envVariablesOf(p),
      },
    ]),
  ),
  keyStore: { writable: true, secure: true, backend: 'keychain' },
});

export const itemRow = (id: number): ItemRow => ({
  id,
  key: `k${id}`,
  request: 'q',
  response: 'a',
  expected_response: null,
  verdicts: {},
});

export const runSummary = (id: number, changes: Partial<RunSummary> = {}): RunSummary => ({
  id,
  datasetId: 1,
  dataset: 'qa',
  name: `run ${id}`,
  kind: 'eval',
  status: 'running',
  holder: null,
  firstError: null,
  message: null,
  judges: [{ judge: 'correctness', version: 1, judgeVersionId: 10 }],
  total: 100,
  done: 0,
  errors: 0,
  inputTokens: 0,
  outputTokens: 0,
  cost: 0,
  createdAt: '2025-05-01T10:00:00Z',
  finishedAt: null,
  ...changes,
});

export const aggregate = (judge: string, changes: Partial<JudgeAggregate> = {}): JudgeAggregate => ({
  judge,
  judgeVersionId: 10,
  version: 1,
  outputType: { kind: 'scale', min: 1, max: 5, passThreshold: 4 },
  n: 10,
  errors: 0,
  mean: 4,
  variance: 1,
  p90: 5,
  passRate: 0.7,
  distribution: { '3': 3, '5': 7 },
  inputTokens: 1000,
  outputTokens: 200,
  cost: 0.01,
  latencyMsMean: 800,
  ...changes,
});

export const runDetail = (id: number, changes: Partial<RunDetail> = {}): RunDetail => ({
  ...runSummary(id),
  progress: null,
  aggregates: [],
  generation: null,
  pairwise: null,
  ...changes,
});

export const progress = (runId: number, changes: Partial<RunProgress> = {}): RunProgress => ({
  runId,
  status: 'running',
  total: 100,
  done: 10,
  errors: 1,
  rate: 5,
  rateLimitWaitSeconds: null,
  message: null,
  etaSeconds: 18,
  cost: 0.02,
  inputTokens: 5000,
  outputTokens: 800,
  ...changes,
});
