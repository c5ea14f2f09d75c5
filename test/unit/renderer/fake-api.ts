// A RendererApi for store tests: every channel is a vi.fn answering like an empty workspace,
// overridable per test, and `emit` plays the main process pushing an event.
import { vi, type Mock } from 'vitest';
import type { RendererApi } from '../../../renderer/src/api/types';
import { CHANNELS, type Channel } from '../../../shared/channels';
import type {
  AccessView,
  GavelEvent,
  ReviewerLinkView,
  PromptPreview,
  ProvidersView,
  RunJudgmentRow,
  RunSummary,
  SpecDiffEntry,
} from '../../../shared/contract';
import type { LabelView } from '../../../shared/domain';
import type { JudgeSummary, ModelPrice, TemplateInfo } from '../../../shared/judging';
import type { QueueCounts, QueueRow, ReviewerView, SessionView } from '../../../shared/review';
import { ok } from '../../../shared/result';

export const noProviders: ProvidersView = {
  providers: [],
  keys: {},
  keyStore: { writable: true, secure: true, backend: 'keychain' },
};

export const noCounts: QueueCounts = {
  all: 0,
  unreviewed: 0,
  reviewed_by_me: 0,
  disagreement: 0,
  flagged: 0,
  errors: 0,
};

export function createFakeApi<Overrides extends Partial<RendererApi> = Record<never, never>>(overrides?: Overrides) {
  const listeners = new Set<(event: GavelEvent) => void>();
  // Every channel without an answer below is a bare mock, so a channel added to the contract needs no
  // edit here until a test wants it to answer.
  const unanswered = Object.fromEntries(CHANNELS.map((channel) => [channel, vi.fn()])) as Record<Channel, Mock>;
  const defaults = {
    ...unanswered,
    // The desktop app's caller: the owner, who may use every channel.
    'access.me': vi.fn(async () => ok<AccessView>({ role: 'owner', reviewer: null, channels: [...CHANNELS] })),
    'access.list': vi.fn(async () => ok<ReviewerLinkView[]>([])),
    'workspace.info': vi.fn(async () => ok({ path: '/tmp/test.gavel', schemaVersion: 1, datasets: 0 })),
    'datasets.list': vi.fn(async () => ok([])),
    'datasets.delete': vi.fn(async () => ok({ deleted: 1 })),
    'items.page': vi.fn(async () => ok({ total: 0, offset: 0, rows: [], judges: [] })),
    'templates.list': vi.fn(async () => ok<TemplateInfo[]>([])),
    'judges.list': vi.fn(async () => ok<JudgeSummary[]>([])),
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
    'runs.list': vi.fn(async () => ok<RunSummary[]>([])),
    'runs.judgments': vi.fn(async () => ok<{ total: number; rows: RunJudgmentRow[] }>({ total: 0, rows: [] })),
    'reviewers.ensure': vi.fn(async ({ name }: { name: string }) => ok<ReviewerView>({ id: 1, name, labels: 0 })),
    'labels.history': vi.fn(async () => ok<LabelView[]>([])),
    'review.queue': vi.fn(async () => ok({ total: 0, counts: noCounts, rows: [] as QueueRow[] })),
    'sessions.list': vi.fn(async () => ok<SessionView[]>([])),
    linkFor: (token: string) => `http://127.0.0.1:4321/?token=${token}`,
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
