// The Align view's stage for store tests: proposals, a theme, grouping results, searches (one finished
// and promoted) and a store opened on the triage judge with a fake API answering them.
import { vi } from 'vitest';
import type { RendererApi } from '../../../renderer/src/api/types';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import type { AlignSearchView, AlignThemesResult, Proposal, Theme } from '../../../shared/align';
import type { JudgeAgreement } from '../../../shared/contract';
import { ok } from '../../../shared/result';
import { agreementResult } from './calibration-fixtures';
import { createFakeApi } from './fake-api';

export const proposal = (id: number, changes: Partial<Proposal> = {}): Proposal => ({
  id,
  themeId: id,
  theme: `theme ${id}`,
  guideline: `Guideline ${id}.`,
  edited: null,
  status: 'proposed',
  rationales: [{ itemKey: `k${id}`, text: `Why ${id}` }],
  diff: [{ value: 'Rubric.\n' }, { added: true, value: `Guideline ${id}.\n` }],
  ...changes,
});

export const theme: Theme = {
  id: 1,
  theme: 'rewards confident tone',
  itemIds: [4, 9],
  itemKeys: ['k4', 'k9'],
  source: 'tags',
};

export const themes = (changes: Partial<AlignThemesResult> = {}): AlignThemesResult => ({
  judge: 'triage',
  version: 3,
  failures: 6,
  themes: [],
  proposals: [],
  estimate: { inputTokens: 1200, outputTokens: 300, usd: 0.004 },
  cost: 0,
  ...changes,
});

export const search = (changes: Partial<AlignSearchView> = {}): AlignSearchView => ({
  id: 5,
  judge: 'triage',
  from_version: 3,
  to_version: null,
  themes: [],
  candidates: 0,
  test: null,
  promoted: false,
  cost: 0,
  status: 'running',
  phase: 'dev',
  message: null,
  tried: [],
  ...changes,
});

const agreement = (accuracy: number) =>
  ({ ...agreementResult({ binary: { ...agreementResult().binary, accuracy } }) }) as JudgeAgreement;

export const finished = search({
  to_version: 4,
  candidates: 3,
  status: 'done',
  phase: 'test',
  promoted: true,
  cost: 0.12,
  test: {
    items: ['t1', 't2'],
    before: agreement(0.6),
    after: agreement(0.8),
    difference: { value: 0.2, ci: [0.05, 0.35] },
    p_value: 0.0078125,
  },
});

export function aligning(overrides: Partial<RendererApi> = {}) {
  const { api } = createFakeApi({
    'align.proposals': vi.fn(async () => ok([proposal(1, { status: 'accepted' })])),
    'align.themes': vi.fn(async ({ dryRun }: { dryRun?: boolean }) =>
      ok(dryRun ? themes() : themes({ themes: [theme], proposals: [proposal(2)], cost: 0.003 })),
    ),
    'align.list': vi.fn(async () => ok([search({ id: 2, status: 'done' }), search({ id: 5, status: 'paused' })])),
  });
  Object.assign(api, overrides);
  const store = createGavelStore(api);
  store.setState((s) => ({ calibration: { ...s.calibration, judge: 'triage', version: 3 } }));
  return { api, store };
}
