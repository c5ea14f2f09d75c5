// What a failed connection test tells the user, per kind of failure, for every provider.
import type { ConnectionTest, ProviderError } from './types';

export function failedConnection(error: ProviderError, target: string): ConnectionTest {
  return { ok: false, message: failureMessage(error, target), models: [] };
}

function failureMessage(error: ProviderError, target: string): string {
  switch (error.kind) {
    case 'auth':
      return `Authentication failed at ${target}: ${error.message} Check the API key or credentials.`;
    case 'network':
      return `Could not reach ${target}: ${error.message} Check the URL and that the server is running.`;
    case 'timeout':
      return `${target} did not answer in time: ${error.message}`;
    case 'rate_limited':
      return `${target} is rate limiting requests (the credentials were accepted): ${error.message}`;
    case 'server':
      return `${target} answered with a server error: ${error.message}`;
    case 'invalid':
      return error.options.status === 404
        ? `${target} has no such endpoint (404): check the base URL. ${error.message}`
        : `${target} refused the request: ${error.message}`;
    case 'aborted':
      return 'The connection test was cancelled.';
  }
}
