// One definition of a verdict (shared/verdict-value.ts) on every path: whatever a judge's scale and
// polarity, experts who give the judge's own answer on every item — by confirming it, overriding
// to it (as an answer or as the pass it means), or importing it from a labels CSV — agree with it
// everywhere: accuracy 1 and kappa 1, no disagreement in the queue or in adjudication, reviewers
// agreeing with each other, and Databricks examples rated as the experts rated.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportFile, JudgeAgreement } from '../../shared/contract';
import type { Disagreement, QueueCounts } from '../../shared/review';
import { passOf, valueOfAnswer, type Polarity } from '../../shared/verdict-value';
import { scriptedWorkspace, type Answer, type ScriptedJudge } from '../helpers/scripted-judges';
import { tempDir, value } from '../helpers/temp-workspace';

const KEYS = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'];
const HOW = ['confirm', 'override-answer', 'override-pass', 'csv'] as const;
type How = (typeof HOW)[number];

const judgeShape = fc.oneof(
  fc.record({ outputType: fc.constant({ kind: 'pass_fail' as const }), greaterIsBetter: fc.boolean() }),
  fc
    .record({
      max: fc.integer({ min: 3, max: 10 }),
      threshold: fc.option(fc.integer({ min: 2, max: 3 })),
      greaterIsBetter: fc.boolean(),
    })
    .map(({ max, threshold, greaterIsBetter }) => ({
      outputType: { kind: 'scale' as const, min: 1, max, passThreshold: threshold },
      greaterIsBetter,
    })),
);

const choices = (polarity: Polarity): Answer[] =>
  polarity.outputType.kind === 'scale'
    ? Array.from({ length: polarity.outputType.max }, (_, i) => i + 1)
    : ['yes', 'no'];

/** A judge, its answer on every item (some passing, some failing) and how each expert gives it. */
const scenario = judgeShape.chain((polarity) =>
  fc
    .record({
      answers: fc.array(fc.constantFrom(...choices(polarity)), { minLength: KEYS.length, maxLength: KEYS.length }),
      ana: fc.array(fc.constantFrom(...HOW), { minLength: KEYS.length, maxLength: KEYS.length }),
      ben: fc.array(fc.constantFrom(...HOW), { minLength: KEYS.length, maxLength: KEYS.length }),
    })
    .filter(({ answers }) => new Set(answers.map((a) => passOf(valueOfAnswer(a, polarity), polarity))).size === 2)
    .map((script) => ({ polarity, ...script })),
);

describe('a verdict means the same on every path', () => {
  it('experts agreeing with the judge get accuracy 1 and kappa 1 whatever the scale and polarity', async () => {
    const desk = await scriptedWorkspace(KEYS);
    const { core } = desk;
    let judges = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ polarity, answers, ana, ben }) => {
        const judge: ScriptedJudge = { name: `j${++judges}`, ...polarity };
        await desk.judge(judge, new Map(KEYS.map((key, i) => [key, answers[i]!])));
        const csv = ['item,judge,value,reviewer'];
        for (const [reviewer, hows] of [
          ['ana', ana],
          ['ben', ben],
        ] as const) {
          for (const [i, key] of KEYS.entries()) {
            const answer = answers[i]!;
            const how: How = hows[i]!;
            if (how === 'csv') {
              csv.push(`${key},${judge.name},${answer},${reviewer}`);
              continue;
            }
            const judgment = await desk.judgmentOf(key, judge.name);
            const given = valueOfAnswer(answer, polarity);
            const override =
              how === 'override-pass' && polarity.outputType.kind === 'pass_fail'
                ? { score: null, label: null, pass: given.pass }
                : { ...given, pass: null };
            value(
              await core.call('labels.save', {
                itemId: desk.itemIds.get(key)!,
                judgmentId: judgment.id,
                judge: judge.name,
                reviewer,
                action: how === 'confirm' ? 'confirm' : 'override',
                ...override,
                rationale: `${reviewer} on ${key}`,
                tags: [],
                requireRationale: false,
              }),
            );
          }
        }
        if (csv.length > 1) {
          const file = path.join(tempDir(), `${judge.name}.csv`);
          fs.writeFileSync(file, `${csv.join('\n')}\n`);
          const imported = value(
            await core.call('labels.importPack', { source: { kind: 'path', path: file }, datasetId: desk.datasetId }),
          ) as { skipped: number };
          expect(imported.skipped).toBe(0);
        }

        for (const reviewer of [undefined, 'ana', 'ben']) {
          const stats = value(await core.call('calibration.stats', { judge: judge.name, reviewer })) as JudgeAgreement;
          expect(stats.n).toBe(KEYS.length);
          expect(stats.binary.accuracy).toBe(1);
          expect(stats.binary.kappa).toBe(1);
        }
        const stats = value(await core.call('calibration.stats', { judge: judge.name })) as JudgeAgreement;
        expect(stats.human_human.pairwise_kappa).toBe(1);
        const disagreements = value(
          await core.call('adjudication.list', { datasetId: desk.datasetId, judge: judge.name }),
        ) as Disagreement[];
        expect(disagreements).toEqual([]);
        for (const reviewer of ['ana', 'ben']) {
          const queue = value(
            await core.call('review.queue', {
              datasetId: desk.datasetId,
              reviewer,
              filter: { status: 'disagreement' },
            }),
          ) as { counts: QueueCounts };
          expect(queue.counts.disagreement).toBe(0);
        }
        const exported = value(
          await core.call('export.build', {
            judge: judge.name,
            format: 'databricks',
            maxExamples: 6,
            tokenBudget: 100_000,
          }),
        ) as ExportFile;
        // Agreeing experts leave no misses to suggest: nothing to rate wrongly.
        expect(JSON.parse(exported.content)).toEqual([]);
      }),
      { numRuns: 10, seed: 13 },
    );
  });
});
