// A yes/no judge made from the groundedness template on a fake OpenAI-compatible provider, run on the
// sample dataset of a default workspace: the judged stage the calibration tests start from.
import { expect } from 'vitest';
import type { RunDetail } from '../../shared/contract';
import type { JudgeVersionView, TemplateInfo } from '../../shared/judging';
import { callApi, type Served } from './harness';

/** Saves `judge` on provider `provider`, runs it on the sample dataset until done; returns the dataset's id. */
export async function runGroundedJudge(served: Served, judge: string, provider: string): Promise<number> {
  const call = <T>(channel: string, input: unknown) => callApi<T>(served, channel, input);
  const template = (await call<TemplateInfo[]>('templates.list', {})).find((t) => t.name === 'groundedness')!;
  expect(template.spec.outputType.kind).toBe('pass_fail');
  const { version } = await call<{ version: JudgeVersionView }>('judges.save', {
    name: judge,
    spec: {
      ...template.spec,
      provider,
      model: 'gpt-4o-mini',
      params: { temperature: 0, maxTokens: 512, topP: null, logprobs: false },
      fewshot: [],
    },
  });
  const [dataset] = await call<{ id: number }[]>('datasets.list', {});
  const run = await call<{ id: number }>('runs.start', { datasetId: dataset!.id, judgeVersionIds: [version.id] });
  await expect
    .poll(async () => (await call<RunDetail>('runs.get', { id: run.id })).status, { timeout: 60_000, interval: 200 })
    .toBe('done');
  return dataset!.id;
}
