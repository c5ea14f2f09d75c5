import { describe, expect, it } from 'vitest';
import { costOf, DEFAULT_PRICES, priceFor } from '../../../electron/runner/prices';

describe('prices', () => {
  it('finds a dated model and a Bedrock inference profile by their family', () => {
    expect(priceFor('gpt-4o-mini-2024-07-18', DEFAULT_PRICES)?.model).toBe('gpt-4o-mini');
    expect(priceFor('gpt-4o-2024-08-06', DEFAULT_PRICES)?.model).toBe('gpt-4o');
    expect(priceFor('us.anthropic.claude-3-5-sonnet-20240620-v1:0', DEFAULT_PRICES)?.model).toBe(
      'anthropic.claude-3-5-sonnet',
    );
    expect(priceFor('llama3.1:8b', DEFAULT_PRICES)).toBeNull();
  });

  it('prices tokens per million', () => {
    expect(costOf({ model: 'm', input: 2.5, output: 10 }, 1_000, 500)).toBeCloseTo(0.0075, 12);
    expect(costOf(null, 1_000, 500)).toBe(0);
  });
});
