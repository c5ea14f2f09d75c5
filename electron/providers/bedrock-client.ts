// The Bedrock runtime client for a provider. Only what the config sets is passed: region, profile,
// credentials and the endpoint otherwise come from the AWS SDK's own chain (AWS_REGION, AWS_PROFILE,
// ~/.aws/config and credentials, SSO, instance roles, AWS_ENDPOINT_URL_BEDROCK_RUNTIME).
import type { BedrockRuntimeClientConfig } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { ProviderConfig } from '../../shared/judging';
import { providerEndpoint } from './endpoint';
import { nodeAgentFor } from './proxy';

export function bedrockClientConfig(config: ProviderConfig): BedrockRuntimeClientConfig {
  return {
    // One attempt: the runner is the one retry layer.
    maxAttempts: 1,
    requestHandler: http1Handler(config),
    ...(config.region ? { region: config.region } : {}),
    // The client's own profile option (AWS_PROFILE for this client only), which the default
    // credential chain and the region lookup read; @aws-sdk/credential-providers is not installed.
    ...(config.profile ? { profile: config.profile } : {}),
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
  };
}

/**
 * HTTP/1.1 rather than the client's default HTTP/2 handler: Converse needs no HTTP/2, and corporate
 * proxies and gateways often speak only HTTP/1.1. Through HTTPS_PROXY / HTTP_PROXY when they apply.
 */
function http1Handler(config: ProviderConfig): NodeHttpHandler {
  const endpoint = providerEndpoint(config);
  const agent = endpoint ? nodeAgentFor(endpoint) : null;
  return new NodeHttpHandler(agent ? { httpAgent: agent, httpsAgent: agent } : {});
}
