// The judge editor's preview: the prompt or the heuristic verdict on an item, after edits pause.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PREVIEW_DELAY_MS } from '../../../renderer/src/store/slices/judges/judge-preview';
import type { PromptPreview } from '../../../shared/contract';
import { fail, ok, type Result } from '../../../shared/result';
import { deferred } from './fake-api';
import { judgesPage, preview, regexVerdict } from './judges-page';

describe('judge preview', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('previews once edits pause, with the latest draft', async () => {
    const { store, api } = await judgesPage();
    store.getState().createJudgeFromTemplate('answer_correctness');
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    api['judges.preview'].mockClear();

    for (const instructions of ['R', 'Ra', 'Rat', 'Rate {{response}}']) {
      store.getState().editJudgeSpec({ instructions });
      await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS / 3);
    }
    expect(api['judges.preview']).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    expect(api['judges.preview']).toHaveBeenCalledOnce();
    expect(api['judges.preview'].mock.calls[0]?.[0]).toMatchObject({
      itemId: 11,
      spec: { instructions: 'Rate {{response}}' },
    });
  });

  it('re-previews on another item, and drops an answer about an older draft', async () => {
    const slow = deferred<Result<PromptPreview>>();
    const { store, api } = await judgesPage();
    store.getState().createJudgeFromTemplate('answer_correctness');
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);

    api['judges.preview'].mockReturnValueOnce(slow.promise);
    store.getState().editJudgeSpec({ instructions: 'old' });
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    api['judges.preview'].mockResolvedValueOnce(ok(preview('new')));
    store.getState().choosePreviewItem(12);
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    slow.resolve(ok(preview('old')));
    await vi.advanceTimersByTimeAsync(1);

    expect(api['judges.preview']).toHaveBeenLastCalledWith(expect.objectContaining({ itemId: 12 }));
    expect(store.getState().judgePreview.preview).toEqual(preview('new'));
  });

  it('shows why a judge cannot be applied to the item', async () => {
    const { store, api } = await judgesPage();
    api['judges.preview'].mockResolvedValue(
      ok({ requests: [], problem: 'missing field: expected_response', heuristicVerdict: null }),
    );
    store.getState().createJudgeFromTemplate('answer_correctness');
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    expect(store.getState().judgePreview.preview?.problem).toBe('missing field: expected_response');
  });

  it('previews a heuristic judge as the verdict it computes for the item', async () => {
    const { store, api } = await judgesPage();
    api['judges.preview'].mockResolvedValue(ok({ requests: [], problem: null, heuristicVerdict: regexVerdict }));
    store.getState().createJudgeFromTemplate('regex');
    store.getState().editJudgeSpec({ heuristic: { scorer: 'regex', options: { pattern: 'paris' } } });
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    expect(api['judges.preview']).toHaveBeenCalledOnce();
    expect(api['judges.preview'].mock.calls[0]?.[0]).toMatchObject({
      itemId: 11,
      spec: { kind: 'heuristic', heuristic: { options: { pattern: 'paris' } } },
    });
    expect(store.getState().judgePreview).toMatchObject({
      loading: false,
      error: null,
      preview: { requests: [], heuristicVerdict: regexVerdict },
    });
  });

  it('previews any item of the dataset by its key, and says so when no item has it', async () => {
    const { store, api } = await judgesPage();
    api['items.find'].mockImplementation(async ({ key }: { datasetId: number; key: string }) =>
      key === 'q-0420' ? ok({ id: 420 }) : fail('NOT_FOUND', `No item with key "${key}" in dataset 1.`),
    );
    store.getState().createJudgeFromTemplate('answer_correctness');
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);

    await store.getState().findPreviewItem('  nope ');
    expect(api['items.find']).toHaveBeenLastCalledWith({ datasetId: 1, key: 'nope' });
    expect(store.getState().judgePreview).toMatchObject({
      itemId: 11,
      missingKey: 'nope',
      findingKey: false,
      error: null,
    });

    await store.getState().findPreviewItem('q-0420');
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    const state = store.getState().judgePreview;
    expect(state).toMatchObject({ itemId: 420, missingKey: null, findingKey: false });
    // Beyond the first items: it joins the choices so the picker shows it.
    expect(state.items.map((item) => item.key)).toEqual(['k11', 'k12', 'q-0420']);
    expect(api['judges.preview']).toHaveBeenLastCalledWith(expect.objectContaining({ itemId: 420 }));

    // A key among the first items picks it without adding a twin.
    api['items.find'].mockResolvedValueOnce(ok({ id: 12 }));
    await store.getState().findPreviewItem('k12');
    expect(store.getState().judgePreview.items).toHaveLength(3);
    expect(store.getState().judgePreview.itemId).toBe(12);
  });

  it('drops a key lookup answered after the dataset changed', async () => {
    const slow = deferred<Result<{ id: number }>>();
    const { store, api } = await judgesPage();
    api['items.find'].mockReturnValueOnce(slow.promise);
    store.getState().createJudgeFromTemplate('answer_correctness');
    await vi.advanceTimersByTimeAsync(1);
    const lookup = store.getState().findPreviewItem('q-0420');
    await store.getState().choosePreviewDataset(1);
    slow.resolve(ok({ id: 420 }));
    await lookup;
    expect(store.getState().judgePreview).toMatchObject({ itemId: 11, findingKey: false });
    expect(store.getState().judgePreview.items.map((item) => item.id)).toEqual([11, 12]);
  });
});
