// What a run will cost before it starts: the requests it would send (minus those the cache already
// answers), their tokens and their price.
import type Database from 'better-sqlite3';
import type { Candidate, RunEstimate } from '../../shared/contract';
import type { JudgeSpec, ModelPrice, ProviderConfig } from '../../shared/judging';
import { buildRequests } from '../judging/render-prompt';
import type { ChatRequest } from '../providers/types';
import { costOf, priceFor } from './prices';
import { cacheKey, cachedResponse } from './response-cache';
import { itemFields } from './run-store';

/** What the run would spend; the run handlers add what the field preflight found. */
export type CostEstimate = Omit<RunEstimate, 'missingFields' | 'completeItems'>;

/** Judges rarely use their whole reply budget; a short verdict with a justification is typical. */
const TYPICAL_REPLY_TOKENS = 200;

export function estimateRun(
  db: Database.Database,
  plan: {
    itemIds: number[];
    specs: JudgeSpec[];
    providers: Map<string, ProviderConfig>;
    prices: ModelPrice[];
    /** A candidate model answers first; judges' prompts are then estimated with the dataset's answers. */
    generation?: Candidate;
  },
): CostEstimate {
  const estimate: CostEstimate = {
    judgments: plan.itemIds.length * plan.specs.length,
    cached: 0,
    requests: 0,
    inputTokens: 0,
    outputTokens: 0,
    cost: 0,
    unpricedModels: [],
  };
  const unpriced = new Set<string>();
  const candidate = plan.generation;
  if (candidate) {
    const price = priceFor(candidate.model, plan.prices);
    if (!price) unpriced.add(candidate.model);
    for (const itemId of plan.itemIds) {
      const input = Math.ceil(((itemFields(db, itemId).request ?? '').length + candidate.system.length) / 4);
      const output = Math.min(candidate.maxTokens, TYPICAL_REPLY_TOKENS);
      estimate.requests++;
      estimate.inputTokens += input;
      estimate.outputTokens += output;
      estimate.cost += costOf(price, input, output);
    }
  }
  for (const spec of plan.specs) {
    const config = spec.provider ? plan.providers.get(spec.provider) : undefined;
    if (spec.kind === 'heuristic' || !config) continue;
    const price = priceFor(spec.model ?? '', plan.prices);
    if (!price && spec.model) unpriced.add(spec.model);
    for (const itemId of plan.itemIds) {
      const built = buildRequests(spec, { item: itemFields(db, itemId) });
      if (!built.ok) continue;
      const fresh = built.requests.filter((request) => !cachedResponse(db, cacheKey(config, request)));
      if (fresh.length === 0) estimate.cached++;
      const priced = priceRequests(fresh, price);
      estimate.requests += priced.requests;
      estimate.inputTokens += priced.inputTokens;
      estimate.outputTokens += priced.outputTokens;
      estimate.cost += priced.cost;
    }
  }
  estimate.unpricedModels = [...unpriced];
  return estimate;
}

/** Tokens and price of requests sent as they are, none answered from the cache. */
export function priceRequests(requests: readonly ChatRequest[], price: ModelPrice | null) {
  const priced = { requests: 0, inputTokens: 0, outputTokens: 0, cost: 0 };
  for (const request of requests) {
    const chars = request.system.length + request.messages.reduce((sum, m) => sum + m.content.length, 0);
    const input = Math.ceil(chars / 4);
    const output = Math.min(request.maxTokens, TYPICAL_REPLY_TOKENS);
    priced.requests++;
    priced.inputTokens += input;
    priced.outputTokens += output;
    priced.cost += costOf(price, input, output);
  }
  return priced;
}
