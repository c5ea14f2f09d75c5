// The judges page's stage for store tests: one dataset of two items to preview on, the templates and
// providers, and a prompt preview answered for any draft.
import { vi } from 'vitest';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import type { PromptPreview } from '../../../shared/contract';
import type { DatasetSummary } from '../../../shared/domain';
import type { VerdictResult } from '../../../shared/judging';
import { ok } from '../../../shared/result';
import { createFakeApi } from './fake-api';
import { correctnessTemplate, itemRow, provider, providersView, regexTemplate } from './judging-fixtures';

const qa: DatasetSummary = {
  id: 1,
  name: 'qa',
  items: 2,
  createdAt: '',
  sourceFormat: 'csv',
  judges: [],
  reviewed: {},
};
export const preview = (system: string): PromptPreview => ({
  requests: [{ system, messages: [{ role: 'user', content: 'the item' }] }],
  problem: null,
  heuristicVerdict: null,
});
export const regexVerdict: VerdictResult = {
  status: 'done',
  score: null,
  label: null,
  pass: true,
  justification: 'The response matches /paris/i.',
  error: null,
  raw: null,
  chunks: null,
  distribution: null,
};

/** A store on the judges page, with one dataset of two items to preview on. */
export async function judgesPage() {
  const fake = createFakeApi({
    'datasets.list': vi.fn(async () => ok([qa])),
    'items.page': vi.fn(async () => ok({ total: 2, offset: 0, rows: [itemRow(11), itemRow(12)], judges: [] })),
    'templates.list': vi.fn(async () => ok([correctnessTemplate, regexTemplate])),
    'providers.list': vi.fn(async () =>
      ok(providersView([provider('local', { kind: 'heuristic' }), provider('openai')])),
    ),
    'judges.preview': vi.fn(async (_input: unknown) => ok(preview('system prompt'))),
  });
  const store = createGavelStore(fake.api);
  await store.getState().refreshWorkspace();
  await store.getState().loadJudgesPage();
  return { ...fake, store };
}
