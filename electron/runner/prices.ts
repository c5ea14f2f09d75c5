// Token prices (USD per million tokens) for estimates and spend. The defaults cover common OpenAI
// and Bedrock models at their public list prices; users edit the table in Settings when prices or
// their contracts differ.
import type { ModelPrice } from '../../shared/judging';

export const DEFAULT_PRICES: ModelPrice[] = [
  { model: 'gpt-4o', input: 2.5, output: 10 },
  { model: 'gpt-4o-mini', input: 0.15, output: 0.6 },
  { model: 'gpt-4.1', input: 2, output: 8 },
  { model: 'gpt-4.1-mini', input: 0.4, output: 1.6 },
  { model: 'gpt-4.1-nano', input: 0.1, output: 0.4 },
  { model: 'gpt-5', input: 1.25, output: 10 },
  { model: 'gpt-5-mini', input: 0.25, output: 2 },
  { model: 'gpt-5-nano', input: 0.05, output: 0.4 },
  { model: 'o3-mini', input: 1.1, output: 4.4 },
  { model: 'o4-mini', input: 1.1, output: 4.4 },
  { model: 'anthropic.claude-3-5-sonnet', input: 3, output: 15 },
  { model: 'anthropic.claude-3-7-sonnet', input: 3, output: 15 },
  { model: 'anthropic.claude-sonnet-4', input: 3, output: 15 },
  { model: 'anthropic.claude-3-5-haiku', input: 0.8, output: 4 },
  { model: 'anthropic.claude-3-haiku', input: 0.25, output: 1.25 },
  { model: 'amazon.nova-pro', input: 0.8, output: 3.2 },
  { model: 'amazon.nova-lite', input: 0.06, output: 0.24 },
  { model: 'amazon.nova-micro', input: 0.035, output: 0.14 },
  { model: 'meta.llama3-1-70b-instruct', input: 0.72, output: 0.72 },
  { model: 'meta.llama3-1-8b-instruct', input: 0.22, output: 0.22 },
  { model: 'mistral.mistral-large', input: 2, output: 6 },
];

/** Bedrock cross-region inference profiles prefix the model id with a geography (`us.anthropic…`). */
const PROFILE_PREFIX = /^(us|eu|apac|us-gov|global)\./;

/**
 * The price of a model: an exact entry, else the longest entry that prefixes the id, so dated
 * variants (`gpt-4o-2024-08-06`, `anthropic.claude-3-5-sonnet-20240620-v1:0`) find their family.
 */
export function priceFor(model: string, table: readonly ModelPrice[]): ModelPrice | null {
  const id = model.replace(PROFILE_PREFIX, '');
  const exact = table.find((price) => price.model === id);
  if (exact) return exact;
  let best: ModelPrice | null = null;
  for (const price of table) {
    if (id.startsWith(price.model) && (!best || price.model.length > best.model.length)) best = price;
  }
  return best;
}

export function costOf(price: ModelPrice | null, inputTokens: number, outputTokens: number): number {
  if (!price) return 0;
  return (inputTokens * price.input + outputTokens * price.output) / 1_000_000;
}
