// A workspace ready for alignment: forty items, the guideline-following fake judge (see
// test/fakes/guideline-judge.ts) has judged them as v1, and an expert labelled every one: a confirm
// where the judge was right, an override with a rationale (naming the dosage) where not.
import fs from 'node:fs';
import path from 'node:path';
import type { RunSummary } from '../../shared/contract';
import type { ItemDetail } from '../../shared/domain';
import type { OutputType } from '../../shared/domain';
import type { JudgeSpec } from '../../shared/judging';
import { openCore } from '../../electron/core/open-core';
import { providerConfig } from '../../electron/core/provider-registry';
import { answerFor, guidelineJudgeReply, itemTexts, KEYS, lacksDosage, rationaleOf } from '../fakes/guideline-judge';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { oddnessSpec } from '../fakes/labelled-judge';
import { memoryKeys, tempDir, value } from './temp-workspace';

export const JUDGE = 'medication';

const specFor = (outputType: OutputType): JudgeSpec => ({
  ...oddnessSpec(),
  outputType,
  description: 'Whether the answer about a medicine is complete',
  instructions: 'Decide whether the answer is complete and safe.\n\n{{request}}\n\n{{response}}',
});

/** The workspace file and the fake server (which follows guidelines or not); the caller closes the server. */
export async function guidelineWorkspace(
  followsGuidelines: boolean,
  outputType: OutputType = { kind: 'pass_fail' },
): Promise<{ workspace: string; fake: FakeOpenAIServer }> {
  const fake = await startFakeOpenAI({ reply: guidelineJudgeReply(followsGuidelines, outputType) });
  const dir = tempDir();
  const workspace = path.join(dir, 'align.gavel');
  const core = await openCore({ workspacePath: workspace, keys: memoryKeys({ fake: 'sk-fake' }) });
  try {
    const file = path.join(dir, 'medication.jsonl');
    fs.writeFileSync(file, KEYS.map((key) => JSON.stringify({ id: key, ...itemTexts(key) })).join('\n'));
    const imported = value(
      await core.call('import.run', {
        source: { kind: 'path', path: file },
        format: 'jsonl',
        dataset: { name: 'meds' },
      }),
    ) as { dataset: { id: number } };
    value(
      await core.call('providers.save', {
        config: providerConfig('fake', 'openai-compatible', {
          baseUrl: fake.url,
          limits: { concurrency: 4, rpm: null, tpm: null, timeoutMs: 20_000, maxRetries: 2 },
        }),
      }),
    );
    const saved = value(await core.call('judges.save', { name: JUDGE, spec: specFor(outputType) })) as {
      version: { id: number };
    };
    const run = value(
      await core.call('runs.start', { datasetId: imported.dataset.id, judgeVersionIds: [saved.version.id] }),
    ) as RunSummary;
    const finished = await core.runner.wait(run.id);
    if (finished.status !== 'done' || finished.errors > 0) throw new Error(`v1 run ended ${finished.status}`);
    for (const key of KEYS) {
      const { id } = value(await core.call('items.find', { datasetId: imported.dataset.id, key })) as { id: number };
      const item = value(await core.call('items.get', { id })) as ItemDetail;
      const missed = lacksDosage(key);
      value(
        await core.call('labels.save', {
          itemId: id,
          judgmentId: item.judgments.find((j) => j.judge === JUDGE)!.id,
          judge: JUDGE,
          reviewer: 'ana',
          action: missed ? 'override' : 'confirm',
          ...(outputType.kind === 'scale'
            ? { score: answerFor(outputType, !missed) as number, label: null, pass: null }
            : { score: null, label: answerFor(outputType, !missed) as string, pass: !missed }),
          rationale: missed ? rationaleOf(key) : null,
          tags: missed ? ['misread_context'] : [],
          requireRationale: false,
        }),
      );
    }
  } finally {
    await core.close();
  }
  return { workspace, fake };
}
