// A stage several browser tests share: a provider on a fake OpenAI server, and a pass/fail judge made
// from the groundedness template that has judged the sample dataset through it.
import { expect } from 'vitest';
import type { RunDetail } from '../../shared/contract';
import type { JudgeVersionView, TemplateInfo } from '../../shared/judging';

type Call = <T>(channel: string, input: unknown) => Promise<T>;

/** An OpenAI-compatible provider configuration pointing at a fake server. */
export const fakeProvider = (id: string, baseUrl: string) => ({
  id,
  kind: 'openai-compatible',
  baseUrl,
  azure: null,
  region: null,
  profile: null,
  endpoint: null,
  limits: { concurrency: 4, rpm: null, tpm: null, timeoutMs: 30_000, maxRetries: 0 },
});

/**
 * Saves the groundedness template as judge `name` on provider "fake" (saved beforehand) with
 * `gpt-4o-mini`, runs it on the sample dataset and waits for the run; returns the dataset's id.
 */
export async function judgeSample(call: Call, name: string): Promise<number> {
  const template = (await call<TemplateInfo[]>('templates.list', {})).find((t) => t.name === 'groundedness')!;
  expect(template.spec.outputType.kind).toBe('pass_fail');
  const { version } = await call<{ version: JudgeVersionView }>('judges.save', {
    name,
    spec: {
      ...template.spec,
      provider: 'fake',
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
