// The judges page's store: loading, opening templates and judges, saving versions.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasUnsavedEdits } from '../../../renderer/src/store/slices/judges/judge-editor';
import { PREVIEW_DELAY_MS } from '../../../renderer/src/store/slices/judges/judge-preview';
import type { SpecDiffEntry } from '../../../shared/contract';
import type { JudgeSpec } from '../../../shared/judging';
import { fail, ok } from '../../../shared/result';
import { correctnessTemplate, judgeSpec, judgeSummary, version } from './judging-fixtures';
import { judgesPage, preview } from './judges-page';

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
