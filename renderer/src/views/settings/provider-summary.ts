// One-line summaries of a provider's endpoint and limits, for the providers table.
import type { ProviderConfig } from '../../../../shared/judging';
import { formatNumber } from '../../format/numbers';

export function describeEndpoint(provider: ProviderConfig): string {
  switch (provider.kind) {
    case 'openai':
      return provider.baseUrl ?? 'api.openai.com';
    case 'openai-compatible':
      return provider.baseUrl ?? '—';
    case 'azure':
      return provider.azure
        ? [provider.azure.endpoint, provider.azure.deployment, `api ${provider.azure.apiVersion}`]
            .filter(Boolean)
            .join(' · ')
        : '—';
    case 'bedrock':
      return [
        provider.region ?? 'region from AWS config',
        provider.profile && `profile ${provider.profile}`,
        provider.endpoint,
      ]
        .filter(Boolean)
        .join(' · ');
    case 'heuristic':
      return 'local';
  }
}

export function describeLimits({ limits }: ProviderConfig): string {
  return [
    `${limits.concurrency} at once`,
    limits.rpm !== null && `${limits.rpm.toLocaleString()} req/min`,
    limits.tpm !== null && `${limits.tpm.toLocaleString()} tokens/min`,
    `${formatNumber(limits.timeoutMs / 1000)} s timeout`,
    `${limits.maxRetries} retries`,
  ]
    .filter(Boolean)
    .join(' · ');
}
