import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import type { RendererApi } from '../../../renderer/src/api/types';
import { CALIBRATION_POLL_MS } from '../../../renderer/src/store/slices/calibration/calibration-runs';
import type { FewShotSetView } from '../../../shared/calibration';
import { ok } from '../../../shared/result';
import { agreementResult, calibrationView, example, itemRef, overview, runProgress } from './calibration-fixtures';
import { createFakeApi, flush, noCounts } from './fake-api';

type Calls<C extends keyof RendererApi> = Parameters<RendererApi[C]>[0][];
const calls = <C extends keyof RendererApi>(api: RendererApi, channel: C) =>
  (api[channel] as unknown as ReturnType<typeof vi.fn>).mock.calls.map(([input]) => input) as Calls<C>;

const savedSet = (examples = [example(3), example(4, { pass: true })]): FewShotSetView => ({
  judge: 'correctness',
  suggested: true,
  savedAt: null,
  examples,
});

/** A store on the calibration of `correctness`, every channel answering. */
async function calibrating(overrides: Partial<RendererApi> = {}) {
  const faked = createFakeApi({
    'reviewers.list': vi.fn(async () => ok([{ id: 1, name: 'Dana', labels: 4 }])),
    'calibration.overview': vi.fn(async () => ok(overview())),
    'calibration.breakdown': vi.fn(async () =>
      ok([
        { value: 'billing', agreement: agreementResult({ n: 4 }), worse: { pValue: 1, adjusted: 1, flagged: false } },
      ]),
    ),
    'fewshot.get': vi.fn(async () => ok(savedSet())),
    'fewshot.suggest': vi.fn(async () => ok([example(3), example(4, { pass: true }), example(9)])),
    'fewshot.save': vi.fn(async ({ examples }: { examples: { itemId: number; rationale: string }[] }) =>
      ok<FewShotSetView>({
        judge: 'correctness',
        suggested: false,
        savedAt: '2026-01-02T00:00:00Z',
        examples: examples.map((saved) => example(saved.itemId, { justification: saved.rationale })),
      }),
    ),
    'calibration.list': vi.fn(async () => ok([])),
    'review.queue': vi.fn(async () => ok({ total: 1, counts: noCounts, rows: [] })),
  });
  Object.assign(faked.api, overrides);
  const store = createGavelStore(faked.api);
  await store.getState().loadCalibrationPage();
  await store.getState().chooseCalibrationJudge('correctness');
  return { ...faked, store };
}

afterEach(() => vi.useRealTimers());

describe('calibration overview', () => {
  it('loads the judge’s overview, few-shot set and calibrations against the consensus', async () => {
    const { api, store } = await calibrating();
    expect(store.getState().calibration).toMatchObject({ judge: 'correctness', reviewers: ['Dana'], loading: false });
    expect(store.getState().calibration.overview?.version).toBe(1);
    expect(calls(api, 'calibration.overview')).toEqual([{ judge: 'correctness' }]);
    expect(store.getState().fewshot.examples.map((e) => e.itemId)).toEqual([3, 4]);
    expect(calls(api, 'calibration.list')).toEqual([{ judge: 'correctness' }]);
  });

  it('asks again for one reviewer’s labels, breakdown included', async () => {
    const { api, store } = await calibrating();
    await store.getState().chooseBreakdownField('topic');
    expect(store.getState().calibration.breakdown?.[0]?.value).toBe('billing');
    await store.getState().chooseCalibrationReviewer('Dana');
    expect(calls(api, 'calibration.overview').at(-1)).toEqual({ judge: 'correctness', reviewer: 'Dana' });
    expect(calls(api, 'calibration.breakdown').at(-1)).toEqual({
      judge: 'correctness',
      reviewer: 'Dana',
      field: 'topic',
    });
    expect(calls(api, 'fewshot.get').at(-1)).toMatchObject({ reviewer: 'Dana' });
  });

  it('asks about the chosen version everywhere, until another judge is chosen', async () => {
    const build = vi.fn(async () =>
      ok({ fileName: 'f.json', mimeType: 'application/json', content: '[]', records: 0 }),
    );
    const { api, store } = await calibrating({ 'export.build': build });
    await store.getState().chooseCalibrationVersion(1);
    expect(calls(api, 'calibration.overview').at(-1)).toEqual({ judge: 'correctness', version: 1 });
    expect(calls(api, 'fewshot.get').at(-1)).toMatchObject({ version: 1 });
    await store.getState().buildExport();
    expect(build).toHaveBeenLastCalledWith(expect.objectContaining({ judge: 'correctness', version: 1 }));
    await store.getState().chooseCalibrationJudge('safety');
    expect(calls(api, 'calibration.overview').at(-1)).toEqual({ judge: 'safety' });
  });

  it('opens a cell’s items in the review queue of their dataset, restricted to exactly them', async () => {
    const { api, store } = await calibrating();
    await store.getState().chooseReviewer('Dana');
    await store
      .getState()
      .openCalibrationItems([itemRef(3, 2), itemRef(5, 2), itemRef(6, 1)], 'correctness: judge pass, humans fail');
    await flush();
    const state = store.getState();
    expect(state.section).toBe('review');
    expect(state.reviewQueue).toMatchObject({
      datasetId: 2,
      filter: { items: [3, 5], judge: 'correctness', status: 'all' },
    });
    expect(state.reviewQueue.itemsNote).toMatch(/1 more item is in other datasets/);
    expect(calls(api, 'review.queue').at(-1)).toMatchObject({ datasetId: 2, filter: { items: [3, 5] } });

    await state.setQueueFilter({ items: null });
    expect(store.getState().reviewQueue).toMatchObject({ itemsNote: null, filter: { items: null } });
  });

  it('holds the items where the experts split, and opens one alone in review', async () => {
    const split = {
      item: itemRef(7, 2),
      labels: [
        { reviewer: 'ana', answer: 'yes' },
        { reviewer: 'ben', answer: 'no' },
      ],
    };
    const { api, store } = await calibrating({
      'calibration.overview': vi.fn(async () => ok(overview({ expertSplits: [split] }))),
    });
    expect(store.getState().calibration.overview?.expertSplits).toEqual([split]);
    await store.getState().openCalibrationItems([split.item], 'experts split on nw-7');
    await flush();
    expect(store.getState().section).toBe('review');
    expect(store.getState().reviewQueue).toMatchObject({ datasetId: 2, filter: { items: [7] } });
    expect(calls(api, 'calibration.overview')).toEqual([{ judge: 'correctness' }]);
  });

  it('drops chosen items when another dataset is picked', async () => {
    const { store } = await calibrating();
    await store.getState().openCalibrationItems([itemRef(3, 2)], 'cell');
    await store.getState().chooseReviewDataset(1);
    expect(store.getState().reviewQueue).toMatchObject({ itemsNote: null, filter: { items: null } });
  });
});

describe('few-shot builder', () => {
  it('removes, rewords, reorders, adds an explained miss and saves the set in its order', async () => {
    const { api, store } = await calibrating();
    const state = () => store.getState();
    state().addFewShotExample(9);
    state().addFewShotExample(9);
    state().removeFewShotExample(0);
    state().rewordFewShotExample(0, 'Clearer reason');
    state().moveFewShotExample(1, -1);
    expect(state().fewshot.examples.map((e) => e.itemId)).toEqual([9, 4]);
    expect(state().fewshot.dirty).toBe(true);
    await state().saveFewShot();
    expect(calls(api, 'fewshot.save')).toEqual([
      {
        judge: 'correctness',
        examples: [
          { itemId: 9, labelId: 109, rationale: 'Why 9 fails' },
          { itemId: 4, labelId: 104, rationale: 'Clearer reason' },
        ],
      },
    ]);
    expect(state().fewshot).toMatchObject({ dirty: false, suggested: false, savedAt: '2026-01-02T00:00:00Z' });
  });

  it('keeps a set being edited when the section is opened again', async () => {
    const { api, store } = await calibrating();
    store.getState().removeFewShotExample(0);
    await store.getState().loadCalibrationPage();
    expect(store.getState().fewshot.examples.map((e) => e.itemId)).toEqual([4]);
    expect(calls(api, 'calibration.overview')).toHaveLength(2);
  });

  it('previews the prompt with the set as edited, once edits pause', async () => {
    vi.useFakeTimers();
    const preview = vi.fn(async () =>
      ok({ requests: [{ system: 'S', messages: [] }], problem: null, heuristicVerdict: null }),
    );
    const { store } = await calibrating({ 'fewshot.preview': preview });
    await store.getState().previewFewShot(2);
    expect(preview).toHaveBeenLastCalledWith({
      judge: 'correctness',
      itemId: 2,
      examples: [
        { itemId: 3, labelId: 103, rationale: 'Why 3 fails' },
        { itemId: 4, labelId: 104, rationale: 'Why 4 fails' },
      ],
    });
    store.getState().removeFewShotExample(0);
    await vi.runAllTimersAsync();
    expect(preview).toHaveBeenCalledTimes(2);
    expect(preview).toHaveBeenLastCalledWith(
      expect.objectContaining({ examples: [expect.objectContaining({ itemId: 4 })] }),
    );
  });
});

describe('calibrating', () => {
  it('starts with the form’s settings, follows the run, and shows the before and after', async () => {
    vi.useFakeTimers();
    const done = calibrationView({ status: 'done', before: agreementResult(), after: agreementResult({ n: 10 }) });
    const get = vi.fn().mockResolvedValueOnce(ok(calibrationView())).mockResolvedValue(ok(done));
    const start = vi.fn(async () => ok(calibrationView()));
    const { store, emit } = await calibrating({ 'calibration.start': start, 'calibration.get': get });
    store.getState().editCalibrateForm({ holdout: 0.3, maxExamples: 80, provider: 'fake', model: ' gpt-4o-mini ' });
    store.getState().start();
    await store.getState().startCalibration();
    expect(start).toHaveBeenCalledWith({
      judge: 'correctness',
      holdout: 0.3,
      maxExamples: 50,
      provider: 'fake',
      model: 'gpt-4o-mini',
    });
    emit({ type: 'run.progress', progress: runProgress(7, 4) });
    expect(store.getState().calibrationRuns.progress?.done).toBe(4);
    await vi.advanceTimersByTimeAsync(CALIBRATION_POLL_MS);
    expect(store.getState().calibrationRuns.current?.status).toBe('running');
    await vi.advanceTimersByTimeAsync(CALIBRATION_POLL_MS);
    expect(store.getState().calibrationRuns.current).toMatchObject({ status: 'done', after: { n: 10 } });
    await vi.advanceTimersByTimeAsync(CALIBRATION_POLL_MS * 3);
    expect(get).toHaveBeenCalledTimes(2);
  });
});

describe('export', () => {
  it('builds the chosen format for the judge and keeps what the file holds', async () => {
    const build = vi.fn(async () =>
      ok({ fileName: 'correctness-databricks.json', mimeType: 'application/json', content: '[]', records: 2 }),
    );
    const { store } = await calibrating({ 'export.build': build });
    store.getState().editExport({ format: 'databricks', maxExamples: 3 });
    const file = await store.getState().buildExport();
    expect(build).toHaveBeenCalledWith({ judge: 'correctness', format: 'databricks', maxExamples: 3 });
    expect(file?.content).toBe('[]');
    expect(store.getState().exportPanel.built).toEqual({ fileName: 'correctness-databricks.json', records: 2 });
  });
});
