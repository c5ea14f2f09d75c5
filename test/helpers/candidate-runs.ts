// Two candidate models (model-a, model-b on the tests' `fake` provider) answer the first items of a
// dataset, judged by a single-answer judge: the two runs a pairwise judge can then compare.
import type { RunSummary } from '../../shared/contract';
import type { Core } from '../../electron/core/service';
import { value } from './result-value';
import { judgeFromTemplate } from './template-judge';

export async function candidateRuns(core: Core, datasetId: number, size: number): Promise<[RunSummary, RunSummary]> {
  // A model comparison needs a judge of single answers; the pairwise judge comes afterwards.
  const single = await judgeFromTemplate(core, 'relevance_to_query');
  const runs = value(
    await core.call('runs.compareModels', {
      datasetId,
      judgeVersionIds: [single],
      selection: { kind: 'first', size },
      candidates: [
        { provider: 'fake', model: 'model-a' },
        { provider: 'fake', model: 'model-b' },
      ],
    }),
  ) as RunSummary[];
  for (const run of runs) await core.runner.wait(run.id);
  return [runs[0]!, runs[1]!];
}
