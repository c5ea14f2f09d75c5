// Closing the loop end to end: a new judge version with few-shot examples, run through the real
// openai SDK against the fake server on labelled items it never saw, and its agreement before and
// after. The fake judge answers every item right once a request carries examples (labelled-judge.ts).
import { describe, expect, it } from 'vitest';
import type { CalibrationView } from '../../shared/calibration';
import type { JudgeSpec } from '../../shared/judging';
import type { Core } from '../../electron/core/service';
import { type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { JUDGE, KEYS, keyOf, labelledJudge, oddnessSpec } from '../fakes/labelled-judge';
import { tempCore, tempDir, value } from '../helpers/temp-workspace';
import { labelledWorkspace } from '../helpers/labelled-workspace';

async function calibrate(core: Core, input: object): Promise<CalibrationView> {
  const started = value(await core.call('calibration.start', { judge: JUDGE, ...input })) as CalibrationView;
  expect(started.status).toBe('running');
  expect(started.before).toBeNull();
  for (const runId of started.runIds) await core.runner.wait(runId);
  return value(await core.call('calibration.get', { id: started.id })) as CalibrationView;
}

/** Item keys the fake server was asked to judge (the last user message) after request `from`. */
const judgedKeys = (server: FakeOpenAIServer, from: number) => server.requests.slice(from).map((r) => keyOf(r.prompt));

describe('calibration.start / get / list', () => {
  it('adds the examples to a new version, measures it on the other labelled items, and it agrees better', async () => {
    const { core, fake } = await labelledWorkspace();
    const sentBefore = fake.requests.length;
    const done = await calibrate(core, { maxExamples: 2 });
    expect(done).toMatchObject({ judge: JUDGE, fromVersion: 1, toVersion: 2, status: 'done', holdout: 0, error: null });
    expect(done.examples).toHaveLength(2);
    expect(done.measuredOn).toBe(10);
    expect(done.before).toMatchObject({ version: 1, n: 10 });
    expect(done.after).toMatchObject({ version: 2, n: 10 });
    expect(done.after!.binary.accuracy).toBe(1);
    expect(done.before!.binary.accuracy!).toBeLessThan(done.after!.binary.accuracy!);
    expect(done.before!.ci.binary.accuracy.lower).not.toBeNull();
    // q01–q08 were wrong before; the two examples are among them, so six verdicts changed.
    expect(done.changed).toHaveLength(6);
    expect(done.changed.every((c) => c.after.pass === c.human.pass && c.before.pass !== c.human.pass)).toBe(true);
    expect(done.cost).toBeGreaterThan(0);

    const judges = value(await core.call('judges.get', { name: JUDGE })) as { versions: { spec: JudgeSpec }[] };
    expect(judges.versions[1]!.spec.fewshot.map((e) => e.itemId)).toHaveLength(2);
    expect(judgedKeys(fake, sentBefore)).toHaveLength(10);

    const listed = value(await core.call('calibration.list', { judge: JUDGE })) as CalibrationView[];
    expect(listed).toEqual([done]);
    expect(value(await core.call('calibration.list', {}))).toEqual([done]);
  });

  it('uses the saved few-shot set when there is one', async () => {
    const { core, itemIds } = await labelledWorkspace();
    const history = value(await core.call('labels.history', { itemId: itemIds.get('q07')! })) as { id: number }[];
    value(
      await core.call('fewshot.save', {
        judge: JUDGE,
        examples: [{ itemId: itemIds.get('q07')!, labelId: history.at(-1)!.id, rationale: 'Seven is odd.' }],
      }),
    );
    const done = await calibrate(core, {});
    expect(done.examples).toEqual(['q07']);
    expect(done.measuredOn).toBe(11);
  });

  it('can run the new version on another model', async () => {
    const { core } = await labelledWorkspace();
    const done = await calibrate(core, { maxExamples: 1, model: 'fake-judge' });
    const judges = value(await core.call('judges.get', { name: JUDGE })) as { versions: { spec: JudgeSpec }[] };
    expect(judges.versions[1]!.spec.model).toBe('fake-judge');
    // No price is known for this model.
    expect(done.cost).toBeNull();
  });

  it('measures on labelled items in several datasets, with a run on each', async () => {
    const { core, fake, datasetId } = await labelledWorkspace();
    const second = await labelledJudge(core, { fakeUrl: fake.url, dir: tempDir(), dataset: 'oddness again' });
    const sentBefore = fake.requests.length;
    const done = await calibrate(core, { maxExamples: 2 });
    expect(done.status).toBe('done');
    expect(done.runIds).toHaveLength(2);
    const runs = await Promise.all(
      done.runIds.map(async (id) => value(await core.call('runs.get', { id })) as { datasetId: number; total: number }),
    );
    expect(runs.map((run) => run.datasetId).sort()).toEqual([datasetId, second.datasetId].sort());
    // 24 labelled items; 2 are examples and 2 their copies in the other dataset (the same request and
    // response): the other 20 are measured, each asked once, all right now.
    expect(done.measuredOn).toBe(20);
    expect(runs.reduce((sum, run) => sum + run.total, 0)).toBe(20);
    expect(fake.requests.slice(sentBefore).map((request) => keyOf(request.prompt))).not.toContain(done.examples[0]);
    expect(fake.requests.length - sentBefore).toBe(20);
    expect(done.after).toMatchObject({ n: 20, binary: { accuracy: 1 } });
  });
});

describe('no leakage', () => {
  for (const holdout of [0, 0.5]) {
    it(`never measures on an example, nor judges one with the new version (holdout ${holdout})`, async () => {
      const { core, fake, itemIds } = await labelledWorkspace();
      const sentBefore = fake.requests.length;
      const done = await calibrate(core, { maxExamples: 3, holdout, seed: 7 });
      expect(done.holdout).toBe(holdout);
      const examples = new Set(done.examples);
      expect(examples.size).toBe(done.examples.length);
      expect(examples.size).toBeGreaterThan(0);

      // The new version's run judged exactly the measured items, none of them an example.
      const judged = judgedKeys(fake, sentBefore);
      expect(judged).toHaveLength(done.measuredOn);
      expect(judged.filter((key) => key !== null && examples.has(key))).toEqual([]);
      const run = value(await core.call('runs.judgments', { id: done.runIds[0]!, limit: 500 })) as {
        rows: { itemKey: string }[];
      };
      expect(run.rows.map((r) => r.itemKey).filter((key) => examples.has(key))).toEqual([]);
      expect(done.before!.n).toBe(done.measuredOn);
      expect(done.after!.n).toBe(done.measuredOn);
      expect(done.changed.map((c) => c.item.key).filter((key) => examples.has(key))).toEqual([]);

      const spec = (value(await core.call('judges.get', { name: JUDGE })) as { versions: { spec: JudgeSpec }[] })
        .versions[1]!.spec;
      const exampleIds = new Set(spec.fewshot.map((e) => e.itemId));
      expect([...exampleIds].map((id) => [...itemIds].find(([, v]) => v === id)![0]).sort()).toEqual(
        [...examples].sort(),
      );
      expect(run.rows.length + examples.size).toBeLessThanOrEqual(KEYS.length);
      if (holdout === 0) expect(done.measuredOn + examples.size).toBe(KEYS.length);
      else expect(done.measuredOn).toBe(KEYS.length * holdout);
    });
  }

  it('fixes the hold-out once per judge: later calibrations measure on it and never take examples from it', async () => {
    const { core, fake } = await labelledWorkspace();
    const first = await calibrate(core, { maxExamples: 2, holdout: 0.5, seed: 3 });
    const firstMeasured = new Set(
      (
        value(await core.call('runs.judgments', { id: first.runIds[0]!, limit: 500 })) as {
          rows: { itemKey: string }[];
        }
      ).rows.map((r) => r.itemKey),
    );
    expect(firstMeasured.size).toBe(6);
    for (const key of first.examples) expect(firstMeasured.has(key)).toBe(false);

    // Another seed and share do not move the hold-out; as many examples as possible still avoid it.
    const sentBefore = fake.requests.length;
    const second = await calibrate(core, { version: 1, maxExamples: 50, holdout: 0.2, seed: 99 });
    expect(second.holdout).toBe(0.5);
    for (const key of second.examples) expect(firstMeasured.has(key)).toBe(false);
    expect(new Set(judgedKeys(fake, sentBefore))).toEqual(firstMeasured);

    // A saved set reaching into the hold-out is refused.
    const inside = [...firstMeasured][0]!;
    const itemId = (value(await core.call('items.find', { datasetId: 1, key: inside })) as { id: number }).id;
    const history = value(await core.call('labels.history', { itemId })) as { id: number; judge: string }[];
    value(
      await core.call('fewshot.save', {
        judge: JUDGE,
        examples: [{ itemId, labelId: history.filter((l) => l.judge === JUDGE).at(-1)!.id, rationale: 'Why.' }],
      }),
    );
    expect(await core.call('calibration.start', { judge: JUDGE, version: 1, holdout: 0.5 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(`item ${inside}\\) is in the judge's hold-out`) },
    });
  });
});

describe('calibration edge cases', () => {
  it('says why there are no examples: no disagreement carries a rationale', async () => {
    const { core } = await labelledWorkspace({ rationale: false });
    expect(await core.call('calibration.start', { judge: JUDGE })).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/No few-shot examples for oddness v1: .*disagreement .* rationale/),
      },
    });
  });

  it('refuses when every labelled item would be an example', async () => {
    const { core } = await labelledWorkspace({ labelled: ['q01', 'q02'] });
    expect(await core.call('calibration.start', { judge: JUDGE })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^Nothing left to measure/) },
    });
  });

  it('refuses a heuristic judge: it has no prompt', async () => {
    const { core, datasetId } = await labelledWorkspace();
    const heuristic: JudgeSpec = {
      ...oddnessSpec(),
      kind: 'heuristic',
      instructions: '',
      provider: null,
      model: null,
      heuristic: { scorer: 'contains', options: { text: 'odd' } },
    };
    const saved = value(await core.call('judges.save', { name: 'mentions-odd', spec: heuristic })) as {
      version: { id: number };
    };
    const run = value(await core.call('runs.start', { datasetId, judgeVersionIds: [saved.version.id] })) as {
      id: number;
    };
    await core.runner.wait(run.id);
    const item = value(await core.call('items.get', { id: 1 })) as { judgments: { id: number; judge: string }[] };
    value(
      await core.call('labels.save', {
        itemId: 1,
        judge: 'mentions-odd',
        reviewer: 'ana',
        action: 'override',
        pass: false,
        label: 'no',
        rationale: 'It does not.',
        judgmentId: item.judgments.find((j) => j.judge === 'mentions-odd')!.id,
      }),
    );
    expect(await core.call('calibration.start', { judge: 'mentions-odd' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/heuristic scorer: it sends no prompt/) },
    });
  });

  it('refuses a version imported from another tool: it has no prompt', async () => {
    const core = await tempCore({ seedSample: true });
    const item = value(await core.call('items.find', { datasetId: 1, key: 'nw-004' })) as { id: number };
    value(
      await core.call('labels.save', {
        itemId: item.id,
        judge: 'correctness',
        reviewer: 'ana',
        action: 'override',
        pass: false,
        label: 'no',
        rationale: '$1200, not $1500.',
      }),
    );
    expect(await core.call('calibration.start', { judge: 'correctness' })).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'correctness v1 was imported from another tool: it has no prompt to put few-shot examples into.',
      },
    });
  });

  it('names an unknown calibration', async () => {
    const { core } = await labelledWorkspace({ labelled: [] });
    expect(await core.call('calibration.get', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No calibration with id 42.' },
    });
  });
});
