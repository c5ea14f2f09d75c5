import { describe, expect, it } from 'vitest';
import { createEnvKeyStore, keyVariable, keyVariables } from '../../../electron/providers/env-key-store';

describe('environment key store', () => {
  it('names the per-provider variable from the id', () => {
    expect(keyVariable('my-openai.eu')).toBe('GAVEL_KEY_MY_OPENAI_EU');
  });

  it('lists the per-provider variable, then the variable shared by the kind', () => {
    expect(keyVariables('my-openai.eu', 'openai')).toEqual(['GAVEL_KEY_MY_OPENAI_EU', 'OPENAI_API_KEY']);
    expect(keyVariables('ollama', 'openai-compatible')).toEqual(['GAVEL_KEY_OLLAMA', 'OPENAI_API_KEY']);
    expect(keyVariables('azure', 'azure')).toEqual(['GAVEL_KEY_AZURE', 'AZURE_OPENAI_API_KEY']);
    expect(keyVariables('bedrock', 'bedrock')).toEqual(['GAVEL_KEY_BEDROCK']);
  });

  it("holds each provider's own GAVEL_KEY_<ID>, never the kind's shared variable", async () => {
    const keys = createEnvKeyStore({
      GAVEL_KEY_MY_OPENAI_EU: 'sk-eu',
      GAVEL_KEY_EMPTY: '',
      OPENAI_API_KEY: 'sk-default',
      AZURE_OPENAI_API_KEY: 'az-key',
    });
    expect(await keys.get('my-openai.eu')).toBe('sk-eu');
    expect(await keys.get('openai')).toBeNull();
    expect(await keys.get('empty')).toBeNull();
  });

  it('is read-only and says so', async () => {
    const keys = createEnvKeyStore({});
    await expect(keys.set('openai', 'sk')).rejects.toThrow(/environment variables/);
    await expect(keys.delete('openai')).rejects.toThrow(/GAVEL_KEY_/);
    expect(keys.describe()).toEqual({ writable: false, secure: false, backend: 'environment' });
  });
});
