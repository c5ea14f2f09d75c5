// Comparing models starts one run per model, so its estimate is theirs added up.
import type { RunEstimate } from '../../../shared/contract';

export function sumEstimates(estimates: RunEstimate[]): RunEstimate {
  return estimates.reduce<RunEstimate>(
    (total, estimate) => ({
      judgments: total.judgments + estimate.judgments,
      cached: total.cached + estimate.cached,
      requests: total.requests + estimate.requests,
      inputTokens: total.inputTokens + estimate.inputTokens,
      outputTokens: total.outputTokens + estimate.outputTokens,
      cost: total.cost + estimate.cost,
      unpricedModels: [...new Set([...total.unpricedModels, ...estimate.unpricedModels])],
    }),
    { judgments: 0, cached: 0, requests: 0, inputTokens: 0, outputTokens: 0, cost: 0, unpricedModels: [] },
  );
}
