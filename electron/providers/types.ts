// One interface for every model provider. SDK-level retries are off everywhere: the runner's
// scheduler is the only retry layer, so each provider reports failures as ProviderErrors that say
// whether and when a retry may be sent.
import { redact } from './redact';
import type { RateLimitHint } from './rate-limit-headers';

export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  model: string;
  system: string;
  messages: ChatMessage[];
  /**
   * Ask for a reply matching this JSON schema: OpenAI `response_format: json_schema` (strict),
   * Bedrock forced tool use. Providers that cannot enforce it send the request without it.
   */
  schema: { name: string; schema: Record<string, unknown> } | null;
  maxTokens: number;
  temperature: number;
  topP: number | null;
  /** Number of top log-probabilities per token (OpenAI only, ≤ 20); null for none. */
  topLogprobs: number | null;
}

export interface TokenLogprob {
  token: string;
  logprob: number;
  top: { token: string; logprob: number }[];
}

export interface ChatResponse {
  /** The reply as text (for Bedrock tool use: the tool input as JSON text). */
  text: string;
  /** True when the reply came from structured output (json_schema / tool use) rather than free text. */
  structured: boolean;
  stopReason: string | null;
  /** The model stopped because it hit maxTokens. */
  truncated: boolean;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
  logprobs: TokenLogprob[] | null;
  /** What the provider said of its rate limits on this reply (OpenAI / Azure headers). */
  rateLimit?: RateLimitHint | null;
}

export type ProviderErrorKind =
  | 'rate_limited' // 429 / ThrottlingException: retry after the hint
  | 'server' // 5xx, ServiceUnavailable, ModelNotReady, InternalServer
  | 'timeout' // ours or the server's (ModelTimeout)
  | 'network' // connection refused / reset
  | 'auth' // 401 / 403 / AccessDenied: never retried
  | 'invalid' // 400 / ValidationException / ResourceNotFound: never retried
  | 'aborted'; // cancelled by the user

export class ProviderError extends Error {
  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
    readonly options: { status?: number; retryAfterMs?: number; rateLimit?: RateLimitHint | null; cause?: unknown } = {},
  ) {
    // Providers and proxies echo keys in their errors: the message is redacted before anyone sees it.
    super(redact(message));
    this.name = 'ProviderError';
  }

  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'server' || this.kind === 'timeout' || this.kind === 'network';
  }
}

export interface ConnectionTest {
  ok: boolean;
  message: string;
  /** Models the server lists, where it can. */
  models: string[];
}

export interface Provider {
  chat(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse>;
  testConnection(signal: AbortSignal): Promise<ConnectionTest>;
}

/** Where API keys come from: the OS keychain in the app, the environment in the CLI and browser mode. */
export interface KeyStore {
  get(providerId: string): Promise<string | null>;
  set(providerId: string, key: string): Promise<void>;
  delete(providerId: string): Promise<void>;
  /** Whether keys set here survive a restart encrypted (false for env-only or plain-text backends). */
  describe(): { writable: boolean; secure: boolean; backend: string };
}
