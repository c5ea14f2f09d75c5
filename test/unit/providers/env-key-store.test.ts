import { describe, expect, it } from 'vitest';
import { createEnvKeyStore, keyVariable } from '../../../electron/providers/env-key-store';
import type { ProviderKind } from '../../../shared/judging';

const kinds: Record<string, ProviderKind> = {
  openai: 'openai',
  'my-openai.eu': 'openai',
  ollama: 'openai-compatible',
  azure: 'azure',
  bedrock: 'bedrock',
};
const kindOf = (id: string) => kinds[id];

describe('environment key store', () => {
  it('names the per-provider variable from the id', () => {
    expect(keyVariable('my-openai.eu')).toBe('GAVEL_KEY_MY_OPENAI_EU');
  });

  it('prefers GAVEL_KEY_<ID>, then the variable of the provider kind', async () => {
    const keys = createEnvKeyStore(kindOf, {
      GAVEL_KEY_MY_OPENAI_EU: 'sk-eu',
      OPENAI_API_KEY: 'sk-default',
      AZURE_OPENAI_API_KEY: 'az-key',
    });
    expect(await keys.get('my-openai.eu')).toBe('sk-eu');
    expect(await keys.get('openai')).toBe('sk-default');
    expect(await keys.get('ollama')).toBe('sk-default');
    expect(await keys.get('azure')).toBe('az-key');
    expect(await keys.get('bedrock')).toBeNull();
    expect(await keys.get('unknown')).toBeNull();
  });

  it('ignores empty variables', async () => {
    const keys = createEnvKeyStore(kindOf, { GAVEL_KEY_OPENAI: '', OPENAI_API_KEY: 'sk-default' });
    expect(await keys.get('openai')).toBe('sk-default');
  });

  it('reads only GAVEL_KEY_* without a kind lookup', async () => {
    const keys = createEnvKeyStore(undefined, { GAVEL_KEY_OPENAI: 'sk-1', OPENAI_API_KEY: 'sk-2' });
    expect(await keys.get('openai')).toBe('sk-1');
    expect(await keys.get('other')).toBeNull();
  });

  it('is read-only and says so', async () => {
    const keys = createEnvKeyStore(kindOf, {});
    await expect(keys.set('openai', 'sk')).rejects.toThrow(/environment variables/);
    await expect(keys.delete('openai')).rejects.toThrow(/GAVEL_KEY_/);
    expect(keys.describe()).toEqual({ writable: false, secure: false, backend: 'environment' });
  });
});
