// The address a provider's requests go to: what proxies are chosen for and keys are bound to.
import { describe, expect, it } from 'vitest';
import { providerConfig } from '../../../electron/core/provider-registry';
import { defaultEndpoint, providerEndpoint } from '../../../electron/providers/endpoint';

describe('providerEndpoint', () => {
  it('resolves unset fields as the SDKs do: their variables, then the public endpoint', () => {
    expect(providerEndpoint(providerConfig('o', 'openai'), {})).toBe('https://api.openai.com/v1');
    expect(providerEndpoint(providerConfig('o', 'openai'), { OPENAI_BASE_URL: 'https://gw.example/v1/' })).toBe(
      'https://gw.example/v1',
    );
    expect(
      providerEndpoint(providerConfig('a', 'azure'), { AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com/' }),
    ).toBe('https://x.openai.azure.com');
    expect(providerEndpoint(providerConfig('a', 'azure'), {})).toBeNull();
    expect(providerEndpoint(providerConfig('b', 'bedrock', { region: 'eu-west-3' }), {})).toBe(
      'https://bedrock-runtime.eu-west-3.amazonaws.com',
    );
    expect(providerEndpoint(providerConfig('b', 'bedrock'), { AWS_REGION: 'us-west-2' })).toBe(
      'https://bedrock-runtime.us-west-2.amazonaws.com',
    );
    expect(providerEndpoint(providerConfig('h', 'heuristic'), {})).toBeNull();
  });

  it('spells one address one way: case of scheme and host, default port, trailing slashes', () => {
    const config = providerConfig('o', 'openai-compatible', { baseUrl: 'HTTPS://Gateway.Example:443/v1//' });
    expect(providerEndpoint(config, {})).toBe('https://gateway.example/v1');
  });

  it("tells a configured address apart from the kind's default one", () => {
    const moved = providerConfig('o', 'openai', { baseUrl: 'https://elsewhere.example/v1' });
    expect(defaultEndpoint(moved, {})).toBe('https://api.openai.com/v1');
    expect(providerEndpoint(moved, {})).not.toBe(defaultEndpoint(moved, {}));
    const same = providerConfig('o', 'openai', { baseUrl: 'https://api.openai.com/v1/' });
    expect(providerEndpoint(same, {})).toBe(defaultEndpoint(same, {}));
  });
});
