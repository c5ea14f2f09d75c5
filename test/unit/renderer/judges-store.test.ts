import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import { hasUnsavedEdits } from '../../../renderer/src/store/slices/judges/judge-editor';
import { PREVIEW_DELAY_MS } from '../../../renderer/src/store/slices/judges/judge-preview';
import type { PromptPreview, SpecDiffEntry } from '../../../shared/contract';
import type { DatasetSummary } from '../../../shared/domain';
import type { JudgeSpec, VerdictResult } from '../../../shared/judging';
import { fail, ok, type Result } from '../../../shared/result';
import { createFakeApi, deferred } from './fake-api';
import {
  correctnessTemplate,
  itemRow,
  judgeSpec,
  judgeSummary,
  provider,
  providersView,
  regexTemplate,
  version,
} from './judging-fixtures';

const qa: DatasetSummary = { id: 1, name: 'qa', items: 2, createdAt: '', sourceFormat: 'csv', judges: [], reviewed: {} };
const preview = (system: string): PromptPreview => ({
  requests: [{ system, messages: [{ role: 'user', content: 'the item' }] }],
  problem: null,
  heuristicVerdict: null,
});
const regexVerdict: VerdictResult = {
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
async function judgesPage() {
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

describe('judges slice', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads judges, templates and providers for the page', async () => {
    const latest = version(10, 2);
    const { store, api } = await judgesPage();
    api['judges.list'].mockResolvedValue(ok([judgeSummary(latest)]));
    await store.getState().loadJudgesPage();
    const { judges, providers } = store.getState();
    expect(judges).toMatchObject({ loaded: true, error: null });
    expect(judges.list.map((judge) => judge.name)).toEqual(['correctness']);
    expect(judges.templates.map((template) => template.name)).toEqual(['answer_correctness', 'regex']);
    expect(providers.view?.providers.map((p) => p.id)).toEqual(['local', 'openai']);
    expect(api['templates.list']).toHaveBeenCalledTimes(2);
  });

  it('opens a template in the editor with the first model provider, and previews it on the first item', async () => {
    const { store, api } = await judgesPage();
    store.getState().createJudgeFromTemplate('answer_correctness');
    const { draft } = store.getState().judgeEditor;
    expect(draft).toMatchObject({ name: 'answer_correctness', isNew: true });
    expect(draft?.spec).toMatchObject({
      ...correctnessTemplate.spec,
      provider: 'openai',
      model: null,
      fewshot: [],
    });
    expect(hasUnsavedEdits(store.getState().judgeEditor)).toBe(true);

    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    expect(store.getState().judgePreview).toMatchObject({
      datasetId: 1,
      itemId: 11,
      preview: preview('system prompt'),
    });
    expect(api['judges.preview']).toHaveBeenCalledWith({ spec: draft?.spec, itemId: 11 });
  });

  it('gives a heuristic template no provider and no model', async () => {
    const { store } = await judgesPage();
    store.getState().createJudgeFromTemplate('regex');
    expect(store.getState().judgeEditor.draft?.spec).toMatchObject({
      kind: 'heuristic',
      provider: null,
      model: null,
      heuristic: { scorer: 'regex', options: { pattern: '' } },
    });
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

  it('saves a new version, then reports an identical save as unchanged', async () => {
    const saved = version(21, 3, judgeSpec({ instructions: 'Rate {{response}}' }));
    const save = vi.fn(async ({ spec }: { name: string; spec: JudgeSpec }) =>
      ok({ version: { ...saved, spec }, created: true }),
    );
    const { store, api } = await judgesPage();
    api['judges.save'].mockImplementation(save);
    api['judges.get'].mockResolvedValue(ok({ judge: judgeSummary(saved), versions: [saved] }));
    store.getState().createJudgeFromTemplate('answer_correctness');
    store.getState().renameJudgeDraft('  correctness ');
    store.getState().editJudgeSpec({ model: 'gpt-4o-mini', instructions: 'Rate {{response}}' });

    await store.getState().saveJudge();
    expect(save).toHaveBeenCalledWith({
      name: 'correctness',
      spec: expect.objectContaining({ model: 'gpt-4o-mini', instructions: 'Rate {{response}}' }),
    });
    let editor = store.getState().judgeEditor;
    expect(editor.result).toEqual({ version: 3, created: true });
    expect(editor.draft).toMatchObject({ name: 'correctness', isNew: false });
    expect(hasUnsavedEdits(editor)).toBe(false);
    expect(api['judges.list']).toHaveBeenCalledTimes(2);
    expect(store.getState().versions.judge).toBe('correctness');

    save.mockResolvedValueOnce(ok({ version: { ...saved, spec: judgeSpec() }, created: false }));
    await store.getState().saveJudge();
    editor = store.getState().judgeEditor;
    expect(editor.result).toEqual({ version: 3, created: false });

    // The name of a saved judge is fixed: another name would be another judge.
    store.getState().renameJudgeDraft('other');
    expect(store.getState().judgeEditor.draft?.name).toBe('correctness');
  });

  it('keeps a refused save as the editor error, with the draft untouched', async () => {
    const { store, api } = await judgesPage();
    api['judges.save'].mockResolvedValue(fail('INVALID_INPUT', 'spec.model: an LLM judge needs a model'));
    store.getState().createJudgeFromTemplate('answer_correctness');
    await store.getState().saveJudge();
    const editor = store.getState().judgeEditor;
    expect(editor).toMatchObject({ saving: false, result: null, error: { code: 'INVALID_INPUT' } });
    expect(editor.draft?.isNew).toBe(true);
  });

  it('opens a saved judge on its latest version and compares its two newest versions', async () => {
    const v1 = version(10, 1);
    const v2 = version(11, 2, judgeSpec({ instructions: 'stricter' }));
    const diff: SpecDiffEntry[] = [
      {
        field: 'instructions',
        before: 'Rate',
        after: 'stricter',
        lines: [
          { added: false, removed: true, value: 'Rate\n' },
          { added: true, removed: false, value: 'stricter\n' },
        ],
      },
    ];
    const { store, api } = await judgesPage();
    api['judges.get'].mockResolvedValue(ok({ judge: judgeSummary(v2), versions: [v1, v2] }));
    api['judges.diff'].mockResolvedValue(ok(diff));

    await store.getState().openJudge('correctness');
    expect(store.getState().judgeEditor.draft).toEqual({ name: 'correctness', isNew: false, spec: v2.spec });
    const { versions } = store.getState();
    expect(versions.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(api['judges.diff']).toHaveBeenCalledWith({ from: 10, to: 11 });
    expect(versions).toMatchObject({ from: 10, to: 11, diff, diffing: false });

    await store.getState().compareVersions(11, 11);
    expect(store.getState().versions.diff).toBeNull();
    expect(api['judges.diff']).toHaveBeenCalledOnce();
  });

  it('starts an imported judge, which has no definition, as a custom judge with its output type', async () => {
    const imported = {
      ...version(30, 1),
      kind: 'imported' as const,
      spec: null,
      outputType: { kind: 'pass_fail' as const },
    };
    const { store, api } = await judgesPage();
    api['judges.get'].mockResolvedValue(ok({ judge: judgeSummary(imported), versions: [imported] }));
    await store.getState().openJudge('correctness');
    expect(store.getState().judgeEditor.draft?.spec).toMatchObject({
      template: null,
      kind: 'llm',
      outputType: { kind: 'pass_fail' },
      provider: 'openai',
      model: 'gpt-4o-mini',
    });
  });
});
