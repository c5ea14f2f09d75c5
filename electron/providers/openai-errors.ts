// The `openai` SDK's errors as ProviderErrors.
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { errorCode, kindForStatus, retryAfterMs } from './provider-errors';
import { rateLimitHint } from './rate-limit-headers';
import { ProviderError } from './types';

export function openAIProviderError(error: unknown): ProviderError {
  if (error instanceof APIUserAbortError) {
    return new ProviderError('aborted', 'The request was cancelled.', { cause: error });
  }
  if (error instanceof APIConnectionTimeoutError) {
    return new ProviderError('timeout', 'The server did not answer within the timeout.', { cause: error });
  }
  if (error instanceof APIConnectionError) {
    return new ProviderError('network', `Connection failed (${errorCode(error) ?? error.message}).`, { cause: error });
  }
  if (error instanceof APIError && error.status !== undefined) {
    const header = (name: string) => error.headers?.get(name);
    return new ProviderError(kindForStatus(error.status), error.message, {
      status: error.status,
      retryAfterMs: retryAfterMs(header),
      rateLimit: rateLimitHint(header),
      cause: error,
    });
  }
  // A 200 whose body is not JSON surfaces as the SyntaxError of response.json().
  const what = error instanceof SyntaxError ? 'The server sent a malformed reply' : 'Unexpected failure';
  return new ProviderError('server', `${what}: ${error instanceof Error ? error.message : String(error)}`, {
    cause: error,
  });
}

/**
 * A server refusing `response_format: json_schema` (older models, some OpenAI-compatible servers):
 * a 400, or 422 from servers that validate requests with a schema, that names the parameter.
 */
export function refusesJsonSchema(error: unknown): boolean {
  if (!(error instanceof APIError) || (error.status !== 400 && error.status !== 422)) return false;
  return error.param === 'response_format' || /response_format|json_schema/i.test(error.message);
}
