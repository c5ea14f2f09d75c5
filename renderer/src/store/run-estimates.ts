// Comparing models starts one run per model, so its estimate is theirs added up. They judge the same
// items with the same judges, so the fields those lack are the same: the first estimate's.
import type { RunEstimate } from '../../../shared/contract';

export function sumEstimates(estimates: RunEstimate[]): RunEstimate {
  return estimates.reduce<RunEstimate>(
    (total, estimate, index) => ({
      judgments: total.judgments + estimate.judgments,
      cached: total.cached + estimate.cached,
      requests: total.requests + estimate.requests,
      inputTokens: total.inputTokens + estimate.inputTokens,
      outputTokens: total.outputTokens + estimate.outputTokens,
      cost: total.cost + estimate.cost,
      unpricedModels: [...new Set([...total.unpricedModels, ...estimate.unpricedModels])],
      missingFields: index === 0 ? estimate.missingFields : total.missingFields,
      completeItems: index === 0 ? estimate.completeItems : total.completeItems,
    }),
    {
      judgments: 0,
      cached: 0,
      requests: 0,
      inputTokens: 0,
      outputTokens: 0,
      cost: 0,
      unpricedModels: [],
      missingFields: [],
      completeItems: 0,
    },
  );
}
