// A caller through a provider's shared gate, priced with the current table: runs and judge audits
// ask providers the same way, so their limits, retries and costs hold across both.
import type { ProviderConfig } from '../../shared/judging';
import { priceFor } from './prices';
import { createCaller, type Caller, type CallerDeps } from './provider-call';
import type { ProviderGate } from './provider-gate';
import type { RunContext } from './run-execution';

export async function gatedCaller(
  deps: Pick<RunContext, 'providerFor' | 'prices'>,
  gate: ProviderGate,
  config: ProviderConfig,
  lookupCache: CallerDeps['lookupCache'],
): Promise<Caller> {
  const table = deps.prices();
  gate.markProgress();
  return createCaller({
    provider: await deps.providerFor(config),
    config,
    gate,
    lookupCache,
    price: (model) => priceFor(model, table),
  });
}
