// Alignment's calls go through the runner's provider layer: the provider's gate (its concurrency and
// rate limits), the one retry layer, redacted errors, and the workspace's response cache, so asking
// the same question twice is paid once. Also what the calls will cost, before any is made.
import type { AlignCostEstimate, Failure } from '../../shared/align';
import type { ModelPrice, ProviderConfig } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import { ProviderError, type ChatResponse, type Provider } from '../providers/types';
import { costOf } from '../runner/prices';
import { createCaller, paidTotals, type CallLog } from '../runner/provider-call';
import { ProviderGate } from '../runner/provider-gate';
import { proposalsRequest, themesRequest, type ModelRequest } from './prompts';
import type { AlignModel } from './themes';

export interface AlignModelDeps {
  provider: Provider;
  config: ProviderConfig;
  model: string;
  price: ModelPrice | null;
  lookupCache: (key: string) => ChatResponse | null;
  storeCache: (entries: CallLog['cacheEntries']) => Promise<void>;
  signal?: AbortSignal;
}

/** The model as alignment asks it, and what the calls so far cost in US dollars. */
export function createAlignModel(deps: AlignModelDeps): AlignModel & { spent(): number } {
  const caller = createCaller({
    provider: deps.provider,
    config: deps.config,
    gate: new ProviderGate(deps.config.limits),
    lookupCache: deps.lookupCache,
    price: () => deps.price,
  });
  let spent = 0;
  return {
    spent: () => spent,
    async ask(request: ModelRequest) {
      const log: CallLog = { records: [], cacheEntries: [] };
      try {
        const response = await caller(
          {
            model: deps.model,
            system: request.system,
            messages: [{ role: 'user', content: request.user }],
            schema: request.schema,
            maxTokens: request.maxTokens,
            temperature: 0,
            topP: null,
            topLogprobs: null,
          },
          deps.signal ?? new AbortController().signal,
          log,
        );
        if (response.truncated) {
          throw new GavelError(
            'MODEL_FAILED',
            `The model's reply was cut off at ${request.maxTokens} tokens: too many failures for one call. Nothing was stored.`,
          );
        }
        await deps.storeCache(log.cacheEntries);
        return response.text;
      } catch (error) {
        if (!(error instanceof ProviderError)) throw error;
        throw new GavelError(
          'MODEL_FAILED',
          `Asking ${deps.model} on provider "${deps.config.id}" failed (${error.kind}): ${error.message} Nothing was stored.`,
        );
      } finally {
        spent += paidTotals(log).cost;
      }
    },
  };
}

const tokensOf = (request: ModelRequest) => Math.ceil((request.system.length + request.user.length) / 4);

/**
 * What grouping and proposing will cost at most: the theme prompt as it will be sent, the guideline
 * prompt as if every rationale fell in one theme (the same text, whatever the grouping), and each
 * reply at its full budget.
 */
export function estimateAlignCost(
  failures: readonly Failure[],
  instructions: string,
  price: ModelPrice | null,
): AlignCostEstimate {
  const themes = themesRequest(failures);
  const proposals = proposalsRequest(instructions, [
    { theme: 'all failures', rationales: failures.flatMap((f) => (f.expert.rationale ? [f.expert.rationale] : [])) },
  ]);
  const inputTokens = tokensOf(themes) + tokensOf(proposals);
  const outputTokens = themes.maxTokens + proposals.maxTokens;
  return { inputTokens, outputTokens, usd: price ? costOf(price, inputTokens, outputTokens) : null };
}
