// Shared by the provider tests: configs, requests and a key store held in memory.
import { DEFAULT_LIMITS, type ProviderConfig, type ProviderKind } from '../../../shared/judging';
import { providerConfig as coreProviderConfig } from '../../../electron/core/provider-registry';
import type { ChatRequest } from '../../../electron/providers/types';
export { memoryKeys } from '../../helpers/memory-keys';
import { ProviderError } from '../../../electron/providers/types';

/** A config named after its kind, with a short timeout so failing tests fail fast. */
export function providerConfig(kind: ProviderKind, fields: Partial<ProviderConfig> = {}): ProviderConfig {
  return coreProviderConfig(`test-${kind}`, kind, {
    ...fields,
    limits: { ...DEFAULT_LIMITS, timeoutMs: 5_000, ...fields.limits },
  });
}

export function chatRequest(fields: Partial<ChatRequest> = {}): ChatRequest {
  return {
    model: 'gpt-4o-mini',
    system: 'You are a strict judge.',
    messages: [{ role: 'user', content: 'Is "Paris" a correct answer to "capital of France?"' }],
    schema: null,
    maxTokens: 256,
    temperature: 0,
    topP: null,
    topLogprobs: null,
    ...fields,
  };
}

export const VERDICT_SCHEMA = {
  name: 'verdict',
  schema: {
    type: 'object',
    properties: {
      score: { type: 'integer', minimum: 1, maximum: 5 },
      justification: { type: 'string' },
    },
    required: ['score', 'justification'],
    additionalProperties: false,
  },
};

/** The ProviderError a promise rejects with (fails the test if it resolves or throws anything else). */
export async function providerError(promise: Promise<unknown>): Promise<ProviderError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`Expected a ProviderError, got ${JSON.stringify(outcome.value)}`);
  if (!(outcome.error instanceof ProviderError)) throw outcome.error;
  return outcome.error;
}

/** A loopback port nothing listens on. */
export async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

export const never = new AbortController().signal;
