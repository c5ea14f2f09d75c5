// The Runs page's store over a fake API, as the runs store tests drive it.
import { vi } from 'vitest';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import type { Input, RunDetail, RunEstimate } from '../../../shared/contract';
import type { DatasetSummary } from '../../../shared/domain';
import { ok } from '../../../shared/result';
import { createFakeApi } from './fake-api';
import { provider, providersView, runDetail, runSummary } from './judging-fixtures';

export const qa: DatasetSummary = {
  id: 1,
  name: 'qa',
  items: 100,
  createdAt: '',
  sourceFormat: 'csv',
  judges: [],
  reviewed: {},
};
export const estimate: RunEstimate = {
  judgments: 50,
  cached: 5,
  requests: 45,
  inputTokens: 20_000,
  outputTokens: 4_000,
  cost: 0.012,
  unpricedModels: [],
  missingFields: [],
  completeItems: 50,
};

/** The Runs page over a fake API: dataset qa, two runs and three providers; fake timers must be on. */
export async function runsPage() {
  const fake = createFakeApi({
    'datasets.list': vi.fn(async () => ok([qa])),
    'runs.list': vi.fn(async () => ok([runSummary(1), runSummary(2, { status: 'done', done: 100 })])),
    'runs.get': vi.fn(async ({ id }: { id: number }) => ok<RunDetail>(runDetail(id))),
    'runs.estimate': vi.fn(async (_input: Input<'runs.estimate'>) => ok<RunEstimate>(estimate)),
    'runs.judgments': vi.fn(async (_input: unknown) => ok({ total: 0, rows: [] })),
    'providers.list': vi.fn(async () =>
      ok(providersView([provider('local', { kind: 'heuristic' }), provider('openai'), provider('ollama')])),
    ),
  });
  const store = createGavelStore(fake.api);
  store.getState().start();
  await vi.advanceTimersByTimeAsync(1);
  await store.getState().loadRunsPage();
  return { ...fake, store };
}
