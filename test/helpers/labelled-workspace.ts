// Where the calibration tests start: a fresh workspace with the labelled `oddness` judge
// (test/fakes/labelled-judge.ts) and its fake OpenAI server, closed when the test finishes.
import { onTestFinished } from 'vitest';
import { startFakeOpenAI } from '../fakes/fake-openai-server';
import { labelledJudge, oddnessReply } from '../fakes/labelled-judge';
import { memoryKeys, tempCore, tempDir } from './temp-workspace';

export async function labelledWorkspace(options: { labelled?: string[]; rationale?: boolean } = {}) {
  const fake = await startFakeOpenAI({ reply: oddnessReply });
  onTestFinished(() => fake.close());
  const core = await tempCore({ keys: memoryKeys({ fake: 'sk-fake' }) });
  return { core, fake, ...(await labelledJudge(core, { fakeUrl: fake.url, dir: tempDir(), ...options })) };
}
