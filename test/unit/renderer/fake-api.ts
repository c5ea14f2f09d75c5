// A RendererApi for store tests: every channel is a vi.fn answering like an empty workspace,
// overridable per test, and `emit` plays the main process pushing an event.
import { vi } from 'vitest';
import type { RendererApi } from '../../../renderer/src/api/types';
import type {
  GavelEvent,
  PromptPreview,
  ProvidersView,
  RunJudgmentRow,
  RunSummary,
  SpecDiffEntry,
} from '../../../shared/contract';
import type { JudgeSummary, ModelPrice, TemplateInfo } from '../../../shared/judging';
import { ok } from '../../../shared/result';

export const noProviders: ProvidersView = {
  providers: [],
  keys: {},
  keyStore: { writable: true, secure: true, backend: 'keychain' },
};

export function createFakeApi<Overrides extends Partial<RendererApi> = Record<never, never>>(overrides?: Overrides) {
  const listeners = new Set<(event: GavelEvent) => void>();
  const defaults = {
    'workspace.info': vi.fn(async () => ok({ path: '/tmp/test.gavel', schemaVersion: 1, datasets: 0 })),
    'datasets.list': vi.fn(async () => ok([])),
    'datasets.delete': vi.fn(async () => ok({ deleted: 1 })),
    'items.page': vi.fn(async () => ok({ total: 0, offset: 0, rows: [], judges: [] })),
    'items.get': vi.fn(),
    'items.find': vi.fn(),
    'import.inspect': vi.fn(),
    'import.run': vi.fn(),
    'templates.list': vi.fn(async () => ok<TemplateInfo[]>([])),
    'judges.list': vi.fn(async () => ok<JudgeSummary[]>([])),
    'judges.get': vi.fn(),
    'judges.save': vi.fn(),
    'judges.diff': vi.fn(async () => ok<SpecDiffEntry[]>([])),
    'judges.preview': vi.fn(async () => ok<PromptPreview>({ requests: [], problem: null, heuristicVerdict: null })),
    'providers.list': vi.fn(async () => ok(noProviders)),
    'providers.save': vi.fn(async () => ok(noProviders)),
    'providers.delete': vi.fn(async () => ok(noProviders)),
    'providers.setKey': vi.fn(async () => ok(noProviders)),
    'providers.test': vi.fn(async () => ok({ ok: true, message: 'Connected', models: [] })),
    'providers.detectOllama': vi.fn(async () => ok({ available: false, models: [] })),
    'prices.list': vi.fn(async () => ok<ModelPrice[]>([])),
    'prices.save': vi.fn(async ({ prices }: { prices: ModelPrice[] }) => ok(prices)),
    'runs.estimate': vi.fn(),
    'runs.start': vi.fn(),
    'runs.compareModels': vi.fn(),
    'runs.startPairwise': vi.fn(),
    'runs.list': vi.fn(async () => ok<RunSummary[]>([])),
    'runs.get': vi.fn(),
    'runs.judgments': vi.fn(async () => ok<{ total: number; rows: RunJudgmentRow[] }>({ total: 0, rows: [] })),
    'runs.cancel': vi.fn(),
    'runs.pause': vi.fn(),
    'runs.resume': vi.fn(),
    'runs.retryErrors': vi.fn(),
    'reviewers.list': vi.fn(),
    'reviewers.ensure': vi.fn(),
    'labels.save': vi.fn(),
    'labels.history': vi.fn(),
    'labels.exportPack': vi.fn(),
    'labels.importPack': vi.fn(),
    'labels.undo': vi.fn(),
    'review.queue': vi.fn(),
    'sessions.create': vi.fn(),
    'sessions.list': vi.fn(),
    'sessions.get': vi.fn(),
    'adjudication.list': vi.fn(),
    'adjudication.resolve': vi.fn(),
    sourceForFile: vi.fn(async () => ok({ kind: 'path' as const, path: '/data/qa.csv' })),
    onEvent: vi.fn((listener: (event: GavelEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  } satisfies RendererApi;
  // Typed so a test reaches the mocks it passed in as mocks (e.g. `api['import.run'].mock.calls`).
  const api = { ...defaults, ...overrides } as Omit<typeof defaults, keyof Overrides> & Overrides;
  const emit = (event: GavelEvent) => {
    for (const listener of listeners) listener(event);
  };
  return { api, emit, listeners };
}

/** A promise the test settles by hand, to hold an API answer while checking the state in between. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/** Lets pending promise callbacks run. */
export const flush = () => new Promise((settle) => setTimeout(settle, 0));
