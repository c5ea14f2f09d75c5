// Chat completions through the `openai` SDK, for OpenAI, Azure OpenAI and OpenAI-compatible servers.
import type OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { ProviderKind } from '../../shared/judging';
import { failedConnection } from './connection-test';
import { openAIProviderError, refusesJsonSchema } from './openai-errors';
import { redactKnownKeys } from './redact';
import { rateLimitHint } from './rate-limit-headers';
import { withDeadline } from './request-deadline';
import { StructuredOutputFallback } from './structured-output-fallback';
import { ProviderError, type ChatRequest, type ChatResponse, type ConnectionTest, type Provider } from './types';

export interface OpenAIProviderOptions {
  kind: ProviderKind;
  timeoutMs: number;
}

export class OpenAIProvider implements Provider {
  readonly #fallback = new StructuredOutputFallback();

  constructor(
    private readonly client: OpenAI,
    private readonly options: OpenAIProviderOptions,
  ) {}

  chat(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
    return withDeadline(
      signal,
      this.options.timeoutMs,
      (deadline) =>
        this.#fallback.send(
          request.model,
          request.schema !== null,
          async (structured) => {
            const started = performance.now();
            const params = completionParams(request, structured, this.options.kind);
            const { data, response } = await this.client.chat.completions
              .create(params, { signal: deadline })
              .withResponse();
            return {
              ...chatResponse(data, structured, performance.now() - started),
              rateLimit: rateLimitHint((name) => response.headers.get(name)),
            };
          },
          refusesJsonSchema,
        ),
      openAIProviderError,
    );
  }

  async testConnection(signal: AbortSignal): Promise<ConnectionTest> {
    const target = this.client.baseURL;
    try {
      const page = await withDeadline(
        signal,
        this.options.timeoutMs,
        (deadline) => this.client.models.list({ signal: deadline }),
        openAIProviderError,
      );
      const models = page.data.map((model) => model.id);
      return { ok: true, message: `Connected to ${target}: ${models.length} model(s) listed.`, models };
    } catch (error) {
      if (error instanceof ProviderError) return failedConnection(error, target);
      throw error;
    }
  }
}

function completionParams(
  request: ChatRequest,
  structured: boolean,
  kind: ProviderKind,
): ChatCompletionCreateParamsNonStreaming {
  return {
    model: request.model,
    messages: [...(request.system ? [{ role: 'system' as const, content: request.system }] : []), ...request.messages],
    temperature: request.temperature,
    // OpenAI's newer models refuse `max_tokens`; Azure API versions and compatible servers may
    // predate `max_completion_tokens`.
    ...(kind === 'openai' ? { max_completion_tokens: request.maxTokens } : { max_tokens: request.maxTokens }),
    ...(request.topP === null ? {} : { top_p: request.topP }),
    ...(structured && request.schema
      ? {
          response_format: {
            type: 'json_schema' as const,
            json_schema: { name: request.schema.name, schema: request.schema.schema, strict: true },
          },
        }
      : {}),
    ...(request.topLogprobs === null ? {} : { logprobs: true, top_logprobs: request.topLogprobs }),
  };
}

function chatResponse(completion: ChatCompletion, structured: boolean, latencyMs: number): ChatResponse {
  // A server that answers 200 with something else than JSON (a proxy's HTML page) yields a string.
  const choice = Array.isArray(completion?.choices) ? completion.choices[0] : undefined;
  if (!choice) throw new ProviderError('server', 'The server replied without a chat completion choice.');
  const { content, refusal } = choice.message;
  return {
    // A server may echo the key back in its reply; it is never stored.
    text: redactKnownKeys(content ?? refusal ?? ''),
    structured: structured && content !== null,
    stopReason: choice.finish_reason ?? null,
    truncated: choice.finish_reason === 'length',
    inputTokens: completion.usage?.prompt_tokens ?? 0,
    outputTokens: completion.usage?.completion_tokens ?? 0,
    latencyMs,
    logprobs:
      choice.logprobs?.content?.map((entry) => ({
        token: entry.token,
        logprob: entry.logprob,
        top: (entry.top_logprobs ?? []).map((top) => ({ token: top.token, logprob: top.logprob })),
      })) ?? null,
  };
}
