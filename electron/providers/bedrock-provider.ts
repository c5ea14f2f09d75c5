// Amazon Bedrock through the Converse API of @aws-sdk/client-bedrock-runtime. Structured output is
// forced tool use: the reply's tool input, as JSON text, is the verdict. Bedrock has no logprobs.
import {
  ConverseCommand,
  ListAsyncInvokesCommand,
  type BedrockRuntimeClient,
  type ConverseCommandInput,
  type ConverseCommandOutput,
  type ToolInputSchema,
} from '@aws-sdk/client-bedrock-runtime';
import { bedrockProviderError, refusesToolUse } from './bedrock-errors';
import { failedConnection } from './connection-test';
import { redactKnownKeys } from './redact';
import { withDeadline } from './request-deadline';
import { StructuredOutputFallback } from './structured-output-fallback';
import { ProviderError, type ChatRequest, type ChatResponse, type ConnectionTest, type Provider } from './types';

export class BedrockProvider implements Provider {
  readonly #fallback = new StructuredOutputFallback();

  constructor(
    private readonly client: BedrockRuntimeClient,
    private readonly options: { timeoutMs: number },
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
            const command = new ConverseCommand(converseInput(request, structured));
            const output = await this.client.send(command, { abortSignal: deadline });
            const toolName = structured ? (request.schema?.name ?? null) : null;
            return chatResponse(output, toolName, performance.now() - started);
          },
          refusesToolUse,
        ),
      bedrockProviderError,
    );
  }

  /**
   * Bedrock runtime has no free "list models" call (that is the control-plane client), and a Converse
   * call costs tokens. ListAsyncInvokes is free and signed like Converse, so it proves the region,
   * the endpoint and the credentials; an AccessDenied answer still proves AWS accepted the signature.
   */
  async testConnection(signal: AbortSignal): Promise<ConnectionTest> {
    const region = await this.client.config.region().catch(() => null);
    if (!region) {
      return {
        ok: false,
        message: 'No AWS region: set one for this provider, in AWS_REGION, or in the AWS profile.',
        models: [],
      };
    }
    const target = `Amazon Bedrock in ${region}`;
    try {
      await withDeadline(
        signal,
        this.options.timeoutMs,
        (deadline) => this.client.send(new ListAsyncInvokesCommand({ maxResults: 1 }), { abortSignal: deadline }),
        bedrockProviderError,
      );
      return { ok: true, message: `Connected to ${target}: credentials accepted.`, models: [] };
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      if ((error.options.cause as { name?: unknown } | undefined)?.name === 'AccessDeniedException') {
        return {
          ok: true,
          message: `Connected to ${target}: credentials accepted (this identity may not list async invocations; access to each model is checked on its first call).`,
          models: [],
        };
      }
      return failedConnection(error, target);
    }
  }
}

function converseInput(request: ChatRequest, structured: boolean): ConverseCommandInput {
  const tool = structured ? request.schema : null;
  return {
    modelId: request.model,
    // Bedrock rejects blank text blocks.
    ...(request.system ? { system: [{ text: request.system }] } : {}),
    messages: request.messages.map((message) => ({ role: message.role, content: [{ text: message.content }] })),
    inferenceConfig: {
      maxTokens: request.maxTokens,
      temperature: request.temperature,
      ...(request.topP === null ? {} : { topP: request.topP }),
    },
    ...(tool
      ? {
          toolConfig: {
            tools: [
              {
                toolSpec: {
                  name: tool.name,
                  description: `Record the ${tool.name}. Always answer through this tool.`,
                  inputSchema: { json: tool.schema as ToolInputSchema.JsonMember['json'] },
                },
              },
            ],
            toolChoice: { tool: { name: tool.name } },
          },
        }
      : {}),
  };
}

function chatResponse(output: ConverseCommandOutput, toolName: string | null, measuredMs: number): ChatResponse {
  const content = output.output?.message?.content;
  if (!content) throw new ProviderError('server', 'Bedrock replied without a message.');
  const toolUse = toolName === null ? undefined : content.find((block) => block.toolUse?.name === toolName)?.toolUse;
  return {
    // A gateway may echo credentials back in its reply; they are never stored.
    text: redactKnownKeys(
      toolUse ? JSON.stringify(toolUse.input ?? null) : content.map((block) => block.text ?? '').join(''),
    ),
    structured: toolUse !== undefined,
    stopReason: output.stopReason ?? null,
    truncated: output.stopReason === 'max_tokens',
    inputTokens: output.usage?.inputTokens ?? 0,
    outputTokens: output.usage?.outputTokens ?? 0,
    latencyMs: output.metrics?.latencyMs ?? measuredMs,
    logprobs: null,
  };
}
