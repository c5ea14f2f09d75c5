// One provider call as the runner makes it: answered from the cache when possible, otherwise
// admitted by the provider's gate, timed out, retried by the one retry layer, and recorded attempt
// by attempt (tokens included) so nothing spent goes unaccounted.
import type { ModelPrice, ProviderConfig } from '../../shared/judging';
import { ProviderError, type ChatRequest, type ChatResponse, type Provider } from '../providers/types';
import { sleep } from './abortable-sleep';
import { costOf } from './prices';
import type { ProviderGate } from './provider-gate';
import { cacheKey } from './response-cache';
import { DEFAULT_BACKOFF, isThrottle, retryDelay, shouldRetry } from './retry';

export interface CallRecord {
  startedAt: string;
  latencyMs: number | null;
  outcome: 'ok' | 'cached' | ProviderError['kind'];
  httpStatus: number | null;
  inputTokens: number;
  outputTokens: number;
  cost: number;
  error: string | null;
}

/** What a judgment's calls produced besides the verdict: the attempts, and replies to cache. */
export interface CallLog {
  records: CallRecord[];
  cacheEntries: { key: string; response: ChatResponse }[];
}

export interface CallerDeps {
  provider: Provider;
  config: ProviderConfig;
  gate: ProviderGate;
  /**
   * Where earlier replies are looked up; 'bypass' asks the provider every time on purpose (a judge
   * audit repeats identical requests to see whether the answers vary): nothing is looked up and no
   * reply is offered to the cache.
   */
  lookupCache: ((key: string) => ChatResponse | null) | 'bypass';
  price: (model: string) => ModelPrice | null;
  now?: () => number;
  random?: () => number;
}

export type Caller = (request: ChatRequest, signal: AbortSignal, log: CallLog) => Promise<ChatResponse>;

/** What the calls of a log cost (cached answers cost nothing). */
export function paidTotals(log: CallLog): { cost: number; inputTokens: number; outputTokens: number } {
  const { cost, inputTokens, outputTokens } = callTotals(log);
  return { cost, inputTokens, outputTokens };
}

/**
 * What a log adds up to as stored with its judgment or generation: the calls paid for (cached
 * answers cost nothing) with their cost and tokens, and the time all timed calls took (null when
 * none was timed).
 */
export function callTotals(log: CallLog): {
  paidCalls: number;
  cost: number;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number | null;
} {
  let paidCalls = 0;
  let cost = 0;
  let inputTokens = 0;
  let outputTokens = 0;
  let latencyMs: number | null = null;
  for (const r of log.records) {
    if (r.latencyMs !== null) latencyMs = (latencyMs ?? 0) + r.latencyMs;
    if (r.outcome === 'cached') continue;
    paidCalls++;
    cost += r.cost;
    inputTokens += r.inputTokens;
    outputTokens += r.outputTokens;
  }
  return { paidCalls, cost, inputTokens, outputTokens, latencyMs };
}

/** Rough token count for admission control (about four characters a token, plus the reply budget). */
export function estimateTokens(request: ChatRequest): number {
  const chars = request.system.length + request.messages.reduce((sum, message) => sum + message.content.length, 0);
  return Math.ceil(chars / 4) + request.maxTokens;
}

export function createCaller(deps: CallerDeps): Caller {
  const now = deps.now ?? Date.now;
  const policy = { maxRetries: deps.config.limits.maxRetries, ...DEFAULT_BACKOFF };

  return async (request, signal, log) => {
    const key = cacheKey(deps.config, request);
    const lookup = deps.lookupCache;
    const hit =
      lookup === 'bypass' ? null : (lookup(key) ?? log.cacheEntries.find((entry) => entry.key === key)?.response);
    if (hit) {
      log.records.push(callRecord(now(), { outcome: 'cached' }));
      return hit;
    }
    const estimate = estimateTokens(request);
    // Only failures count against maxRetries: waiting out a rate limit is not one.
    for (let failures = 0; ;) {
      let release = await deps.gate.acquire(estimate, signal);
      const startedAt = now();
      try {
        // The provider bounds each call by the config's timeout and reports it as a 'timeout' error.
        const { rateLimit, ...response } = await deps.provider.chat(request, signal);
        deps.gate.succeeded(estimate, response.inputTokens + response.outputTokens, rateLimit);
        const cost = costOf(deps.price(request.model), response.inputTokens, response.outputTokens);
        log.records.push(
          callRecord(startedAt, {
            latencyMs: now() - startedAt,
            inputTokens: response.inputTokens,
            outputTokens: response.outputTokens,
            cost,
          }),
        );
        if (lookup !== 'bypass') log.cacheEntries.push({ key, response });
        return response;
      } catch (thrown) {
        const error = asProviderError(thrown, signal);
        log.records.push(
          callRecord(startedAt, {
            latencyMs: now() - startedAt,
            outcome: error.kind,
            httpStatus: error.options.status ?? null,
            error: error.message,
          }),
        );
        let delay: number;
        if (isThrottle(error)) {
          delay = deps.gate.throttled(startedAt, error, estimate);
        } else {
          if (error.kind === 'aborted' || !shouldRetry(error, failures, policy)) throw error;
          delay = retryDelay(error, failures, policy, deps.random);
          failures++;
        }
        release();
        release = () => {};
        await sleep(delay, signal);
      } finally {
        release();
      }
    }
  };
}

/** A cancelled run is a cancel whatever the SDK threw; anything unexpected counts as a network error. */
function asProviderError(thrown: unknown, run: AbortSignal): ProviderError {
  if (run.aborted) return new ProviderError('aborted', 'Cancelled.');
  if (thrown instanceof ProviderError) return thrown;
  return new ProviderError('network', (thrown as Error)?.message ?? String(thrown), { cause: thrown });
}

function callRecord(startedAt: number, fields: Partial<Omit<CallRecord, 'startedAt'>>): CallRecord {
  return {
    startedAt: new Date(startedAt).toISOString(),
    latencyMs: null,
    outcome: 'ok',
    httpStatus: null,
    inputTokens: 0,
    outputTokens: 0,
    cost: 0,
    error: null,
    ...fields,
  };
}
