// AWS SDK errors from Bedrock as ProviderErrors, by exception name (the SDK reads it from the
// `x-amzn-ErrorType` header), else by HTTP status.
import { errorCode, kindForStatus, retryAfterMs } from './provider-errors';
import { ProviderError, type ProviderErrorKind } from './types';

const KIND_BY_NAME: Record<string, ProviderErrorKind> = {
  ThrottlingException: 'rate_limited',
  // "Resubmit your request later": a quota, not a broken request.
  ServiceQuotaExceededException: 'rate_limited',
  ServiceUnavailableException: 'server',
  ModelNotReadyException: 'server',
  InternalServerException: 'server',
  ModelErrorException: 'server',
  ModelTimeoutException: 'timeout',
  // The SDK's own socket timeout.
  TimeoutError: 'timeout',
  ValidationException: 'invalid',
  ResourceNotFoundException: 'invalid',
  AccessDeniedException: 'auth',
  UnrecognizedClientException: 'auth',
  InvalidSignatureException: 'auth',
  ExpiredTokenException: 'auth',
  // No credentials anywhere in the chain.
  CredentialsProviderError: 'auth',
};

interface AwsErrorShape {
  name?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: number };
  $response?: { headers?: Record<string, string | undefined> };
}

export function bedrockProviderError(error: unknown): ProviderError {
  const aws = (typeof error === 'object' && error !== null ? error : {}) as AwsErrorShape;
  const name = typeof aws.name === 'string' ? aws.name : '';
  const status = aws.$metadata?.httpStatusCode;
  const message = `${name ? `${name}: ` : ''}${typeof aws.message === 'string' ? aws.message : String(error)}`;
  const headers = aws.$response?.headers ?? {};
  const options = {
    status,
    retryAfterMs: retryAfterMs((wanted) => Object.entries(headers).find(([key]) => key.toLowerCase() === wanted)?.[1]),
    cause: error,
  };
  const kind = KIND_BY_NAME[name];
  if (kind) return new ProviderError(kind, message, options);
  // A 200 that failed to deserialize: the body was not the Converse JSON.
  if (status !== undefined && status < 300) return new ProviderError('server', `Malformed reply: ${message}`, options);
  if (status !== undefined) return new ProviderError(kindForStatus(status), message, options);
  const code = errorCode(error);
  if (code) return new ProviderError('network', `Connection failed (${code}).`, options);
  // Nothing was sent: the client could not be set up (no region, say).
  return new ProviderError('invalid', message, options);
}

/** A model that does not support (forced) tool use says so in a ValidationException. */
export function refusesToolUse(error: unknown): boolean {
  const aws = error as AwsErrorShape | null;
  return aws?.name === 'ValidationException' && typeof aws.message === 'string' && /tool/i.test(aws.message);
}
