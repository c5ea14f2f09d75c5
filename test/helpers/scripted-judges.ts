// Judges of any scale and polarity whose verdicts a test writes in advance: a fake OpenAI server
// answers each judge ("Judge <name>." in its rubric) on each item ("Question <key>") as scripted,
// and the real runner stores the verdicts. The desk, statistics and exports then read real rows.
import fs from 'node:fs';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import type { RunSummary } from '../../shared/contract';
import type { ItemDetail, OutputType } from '../../shared/domain';
import { DEFAULT_PARAMS, type JudgeSpec } from '../../shared/judging';
import { providerConfig } from '../../electron/core/provider-registry';
import { verdictJson } from '../../electron/judging/output-schema';
import { startFakeOpenAI } from '../fakes/fake-openai-server';
import { memoryKeys, tempCore, tempDir, value } from './temp-workspace';

export type Answer = number | string;

export interface ScriptedJudge {
  name: string;
  outputType: OutputType;
  greaterIsBetter: boolean;
}

/** The spec of a scripted judge: the fake answers it by the "Judge <name>." its rubric starts with. */
export function scriptedJudgeSpec(spec: ScriptedJudge): JudgeSpec {
  return {
    template: null,
    kind: 'llm',
    description: `Scripted judge ${spec.name}`,
    instructions: `Judge ${spec.name}. Rate the answer.\n\n{{request}}\n\n{{response}}`,
    outputType: spec.outputType,
    greaterIsBetter: spec.greaterIsBetter,
    mode: 'item',
    guidelines: null,
    heuristic: null,
    provider: 'fake',
    model: 'gpt-4o-mini',
    params: DEFAULT_PARAMS,
    fewshot: [],
  };
}

/** A workspace with `keys.length` items and a fake provider; `judge` saves and runs a scripted judge. */
export async function scriptedWorkspace(keys: readonly string[], { datasetName = 'set' } = {}) {
  const script = new Map<string, Map<string, Answer>>();
  const fake = await startFakeOpenAI({
    reply: (request) => {
      const text = JSON.stringify(request.body);
      const judge = /Judge (\w+)\./.exec(text)?.[1] ?? '';
      const key = /Question (\w+)/.exec(request.prompt ?? '')?.[1] ?? '';
      const answers = script.get(judge);
      const answer = answers?.get(key);
      if (answer === undefined) throw new Error(`no scripted answer for ${judge} on ${key}`);
      return verdictJson(outputTypes.get(judge)!, `Scripted for ${key}.`, answer);
    },
  });
  onTestFinished(() => fake.close());
  const outputTypes = new Map<string, OutputType>();
  const core = await tempCore({ keys: memoryKeys({ fake: 'sk-fake' }) });
  const file = path.join(tempDir(), 'items.jsonl');
  fs.writeFileSync(
    file,
    keys.map((key) => JSON.stringify({ id: key, request: `Question ${key}`, response: `Answer to ${key}` })).join('\n'),
  );
  const imported = value(
    await core.call('import.run', {
      source: { kind: 'path', path: file },
      format: 'jsonl',
      dataset: { name: datasetName },
    }),
  ) as { dataset: { id: number } };
  const datasetId = imported.dataset.id;
  value(
    await core.call('providers.save', {
      config: providerConfig('fake', 'openai-compatible', {
        baseUrl: fake.url,
        limits: { concurrency: 4, rpm: null, tpm: null, timeoutMs: 20_000, maxRetries: 0 },
      }),
    }),
  );
  const itemIds = new Map<string, number>();
  for (const key of keys) {
    itemIds.set(key, (value(await core.call('items.find', { datasetId, key })) as { id: number }).id);
  }

  /** Saves the judge (a new version when it exists) and runs it: it answers `answers[key]` on each item. */
  async function judge(spec: ScriptedJudge, answers: ReadonlyMap<string, Answer>): Promise<number> {
    script.set(spec.name, new Map(answers));
    outputTypes.set(spec.name, spec.outputType);
    const full = scriptedJudgeSpec(spec);
    const saved = value(await core.call('judges.save', { name: spec.name, spec: full })) as { version: { id: number } };
    const run = value(await core.call('runs.start', { datasetId, judgeVersionIds: [saved.version.id] })) as RunSummary;
    const finished = await core.runner.wait(run.id);
    if (finished.status !== 'done' || finished.errors > 0)
      throw new Error(`run of ${spec.name} ended ${finished.status}`);
    return saved.version.id;
  }

  /** The item's newest judgment of a judge. */
  async function judgmentOf(key: string, judgeName: string) {
    const item = value(await core.call('items.get', { id: itemIds.get(key)! })) as ItemDetail;
    return item.judgments.filter((j) => j.judge === judgeName).at(-1)!;
  }

  return { core, datasetId, itemIds, judge, judgmentOf };
}
