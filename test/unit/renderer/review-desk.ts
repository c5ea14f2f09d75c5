// A review desk store over a fake API, as the review store tests drive it.
import { vi } from 'vitest';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import type { RendererApi } from '../../../renderer/src/api/types';
import type { LabelView } from '../../../shared/domain';
import type { QueueRow } from '../../../shared/review';
import { ok } from '../../../shared/result';
import { createFakeApi, flush } from './fake-api';
import { label, queueOf, queueRow, reviewItem, session } from './review-fixtures';

export type SaveInput = Parameters<RendererApi['labels.save']>[0];

/** A desk on dataset 1 reviewed by Dana, its queue holding `rows`, the first item open. */
export async function desk(rows: QueueRow[] = [queueRow(1), queueRow(2)], overrides: Partial<RendererApi> = {}) {
  const faked = createFakeApi({
    'review.queue': vi.fn(async () => queueOf(rows)),
    'items.get': vi.fn(async ({ id }: { id: number }) => ok(reviewItem(id))),
    'labels.save': vi.fn(async (input: SaveInput) =>
      ok(label(99, { judge: input.judge, action: input.action, blind: input.blind ?? null })),
    ),
    'sessions.get': vi.fn(async () => ok(session())),
  });
  Object.assign(faked.api, overrides);
  const store = createGavelStore(faked.api);
  await store.getState().chooseReviewer('Dana');
  await store.getState().chooseReviewDataset(1);
  await flush();
  return { ...faked, store };
}

/**
 * A blind desk over a server that withholds the verdicts of judges Dana has not rated, as the core
 * does: the desk can only show what items.get returns for her.
 */
export async function blindDesk() {
  const labels: LabelView[] = [];
  const itemsGet = vi.fn(async ({ id, reviewer }: { id: number; reviewer?: string }) => {
    const item = reviewItem(id);
    const rated = new Set(
      labels.filter((l) => l.reviewer === reviewer && ['confirm', 'override'].includes(l.action)).map((l) => l.judge),
    );
    const judgments = item.judgments.map((j) =>
      rated.has(j.judge) ? j : { ...j, score: null, label: null, pass: null, justification: null },
    );
    return ok({ ...item, judgments, labels: [...labels] });
  });
  const faked = await desk([queueRow(1)], {
    'sessions.get': vi.fn(async () => ok(session({ blind: true }))),
    'items.get': itemsGet,
    'labels.undo': vi.fn(async () => {
      labels.pop();
      return ok({ restored: null });
    }),
    'labels.save': vi.fn(async (input: SaveInput) => {
      const stored = label(labels.length + 1, {
        judge: input.judge,
        reviewer: input.reviewer,
        action: input.action,
        score: input.score,
        label: input.label,
        pass: input.pass,
        blind: input.blind,
      });
      labels.push(stored);
      return ok(stored);
    }),
  });
  await faked.store.getState().chooseReviewSession(3);
  await flush();
  return { ...faked, itemsGet };
}
export const saved = (api: { 'labels.save': unknown }) =>
  (api['labels.save'] as ReturnType<typeof vi.fn>).mock.calls.map(([input]) => input as SaveInput);
