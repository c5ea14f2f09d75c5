// The Bedrock runtime client for a provider. Only what the config sets is passed: region, profile,
// credentials and the endpoint otherwise come from the AWS SDK's own chain (AWS_REGION, AWS_PROFILE,
// ~/.aws/config and credentials, SSO, instance roles, AWS_ENDPOINT_URL_BEDROCK_RUNTIME).
import type { BedrockRuntimeClientConfig } from '@aws-sdk/client-bedrock-runtime';
import type { ProviderConfig } from '../../shared/judging';

export function bedrockClientConfig(config: ProviderConfig): BedrockRuntimeClientConfig {
  return {
    // One attempt: the runner is the one retry layer.
    maxAttempts: 1,
    ...(config.region ? { region: config.region } : {}),
    // The client's own profile option (AWS_PROFILE for this client only), which the default
    // credential chain and the region lookup read; @aws-sdk/credential-providers is not installed.
    ...(config.profile ? { profile: config.profile } : {}),
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
  };
}
