import { describe, expect, it } from 'vitest';
import { describeKey } from '../../../renderer/src/views/settings/key-sources';
import { configToSave } from '../../../renderer/src/views/settings/provider-draft';
import { provider } from './judging-fixtures';

describe('provider keys in words', () => {
  it('says where a key comes from, and whether its absence matters', () => {
    const status = (present: boolean, source: string | null, problem: string | null = null) => ({
      present,
      source,
      hint: present ? 'sk-…a1b2' : null,
      problem,
      envVariables: [],
    });
    expect(describeKey({ kind: 'openai' }, status(true, 'keychain (gnome_libsecret)')).text).toBe(
      'Key in keychain (sk-…a1b2)',
    );
    expect(describeKey({ kind: 'openai' }, status(true, 'environment')).text).toBe('Key from environment (sk-…a1b2)');
    expect(describeKey({ kind: 'openai' }, status(false, 'environment', 'Provider "openai" points at …'))).toEqual({
      text: 'Enter the key for this endpoint',
      tone: 'fail',
    });
    expect(describeKey({ kind: 'openai' }, status(false, null))).toEqual({ text: 'Key missing', tone: 'fail' });
    expect(describeKey({ kind: 'openai-compatible' }, status(false, null)).tone).toBe('neutral');
    expect(describeKey({ kind: 'bedrock' }, undefined).text).toBe('AWS credentials');
  });
});

describe('provider form', () => {
  it('saves only the fields of the chosen kind, blanks as null', () => {
    const draft = provider(' ollama ', {
      kind: 'openai-compatible',
      baseUrl: ' http://127.0.0.1:11434/v1 ',
      region: 'us-east-1',
      azure: { endpoint: 'https://x.openai.azure.com', apiVersion: '2024-10-21', deployment: null },
    });
    expect(configToSave(draft)).toMatchObject({
      id: 'ollama',
      baseUrl: 'http://127.0.0.1:11434/v1',
      region: null,
      azure: null,
    });
    expect(configToSave({ ...draft, kind: 'bedrock', region: ' ', profile: 'dev' })).toMatchObject({
      baseUrl: null,
      region: null,
      profile: 'dev',
    });
    expect(configToSave({ ...draft, kind: 'azure' }).azure).toEqual({
      endpoint: 'https://x.openai.azure.com',
      apiVersion: '2024-10-21',
      deployment: null,
    });
  });
});
