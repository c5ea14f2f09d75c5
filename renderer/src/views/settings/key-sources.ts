// Where a provider's API key comes from, in words: the keychain, the environment, or nowhere yet.
import type { KeyStatus } from '../../../../shared/contract';
import type { ProviderConfig, ProviderKind } from '../../../../shared/judging';
import type { VerdictTone } from '../../format/verdict';

/** Kinds that authenticate with an API key (Bedrock uses the AWS credential chain, heuristics nothing). */
export const usesApiKey = (kind: ProviderKind): boolean =>
  kind === 'openai' || kind === 'azure' || kind === 'openai-compatible';

export function describeKey(
  provider: Pick<ProviderConfig, 'kind'>,
  status: KeyStatus | undefined,
): { text: string; tone: VerdictTone } {
  // A key entered for another endpoint is never sent here: the owner must enter it again.
  if (status?.problem) return { text: 'Enter the key for this endpoint', tone: 'fail' };
  if (provider.kind === 'bedrock') return { text: 'AWS credentials', tone: 'neutral' };
  if (provider.kind === 'heuristic') return { text: 'No key needed', tone: 'neutral' };
  if (status?.present) {
    // The source is the key store's backend: `environment`, or `keychain (…)` with the OS store's name.
    const where =
      status.source === 'environment'
        ? 'from environment'
        : !status.source || status.source.startsWith('keychain')
          ? 'in keychain'
          : `stored (${status.source})`;
    return { text: `Key ${where}${status.hint ? ` (${status.hint})` : ''}`, tone: 'pass' };
  }
  // Local servers such as Ollama accept any key, so a missing one is not a fault there.
  return provider.kind === 'openai-compatible'
    ? { text: 'No key (fine for local servers)', tone: 'neutral' }
    : { text: 'Key missing', tone: 'fail' };
}
