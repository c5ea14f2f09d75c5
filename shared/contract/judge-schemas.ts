// The contract's schemas of what a judge and a run are made of: a judge's definition, a provider's
// settings, which items a run covers and the candidate model that answers first.
import * as z from 'zod';
import type { OutputType } from '../domain';
import type { FewShotExample, JudgeSpec, ModelParams, ProviderConfig, ProviderLimits } from '../judging';
import { HEURISTIC_SCORERS, PROVIDER_KINDS } from '../judging';
import { queueFilterSchema } from './review';

export const providerId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, . _ - (up to 64)');

export const outputTypeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('scale'),
    min: z.number(),
    max: z.number(),
    passThreshold: z.number().nullable(),
  }),
  z.object({ kind: z.literal('pass_fail') }),
  z.object({ kind: z.literal('categories'), categories: z.array(z.string().min(1)).min(2) }),
]) satisfies z.ZodType<OutputType>;

const paramsSchema = z.object({
  temperature: z.number().min(0).max(2),
  maxTokens: z.number().int().min(1).max(32_000),
  topP: z.number().min(0).max(1).nullable(),
  logprobs: z.boolean(),
}) satisfies z.ZodType<ModelParams>;

const fewShotSchema = z.object({
  request: z.string().nullable(),
  response: z.string().nullable(),
  expected_response: z.string().nullable(),
  context: z.string().nullable(),
  score: z.number().nullable(),
  label: z.string().nullable(),
  pass: z.boolean().nullable(),
  justification: z.string(),
  itemId: z.number().int().nullable(),
  labelId: z.number().int().nullable(),
}) satisfies z.ZodType<FewShotExample>;

export const judgeSpecSchema = z.object({
  template: z.string().nullable(),
  kind: z.enum(['llm', 'heuristic']),
  description: z.string().max(2000),
  instructions: z.string().max(20_000),
  outputType: outputTypeSchema,
  greaterIsBetter: z.boolean(),
  mode: z.enum(['item', 'per_chunk', 'per_guideline', 'pairwise']),
  guidelines: z.record(z.string(), z.array(z.string())).nullable(),
  heuristic: z.object({ scorer: z.enum(HEURISTIC_SCORERS), options: z.record(z.string(), z.unknown()) }).nullable(),
  provider: providerId.nullable(),
  model: z.string().min(1).max(200).nullable(),
  params: paramsSchema,
  fewshot: z.array(fewShotSchema).max(50),
}) satisfies z.ZodType<JudgeSpec>;

const limitsSchema = z.object({
  concurrency: z.number().int().min(1).max(256),
  rpm: z.number().int().min(1).nullable(),
  tpm: z.number().int().min(1).nullable(),
  timeoutMs: z.number().int().min(1000).max(600_000),
  maxRetries: z.number().int().min(0).max(10),
}) satisfies z.ZodType<ProviderLimits>;

export const providerConfigSchema = z.object({
  id: providerId,
  kind: z.enum(PROVIDER_KINDS),
  baseUrl: z.url({ protocol: /^https?$/ }).nullable(),
  azure: z
    .object({
      endpoint: z.url({ protocol: /^https?$/ }),
      apiVersion: z.string().min(1),
      deployment: z.string().nullable(),
    })
    .nullable(),
  region: z.string().nullable(),
  profile: z.string().nullable(),
  endpoint: z.url({ protocol: /^https?$/ }).nullable(),
  limits: limitsSchema,
}) satisfies z.ZodType<ProviderConfig>;

/** Which items of a dataset a run covers. */
export const selectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  /** Items whose key is listed. */
  z.object({ kind: z.literal('keys'), keys: z.array(z.string()).min(1) }),
  /** A reproducible random sample of N items. */
  z.object({ kind: z.literal('sample'), size: z.number().int().min(1), seed: z.number().int().default(1) }),
  /** The first N items (the CLI's --limit). */
  z.object({ kind: z.literal('first'), size: z.number().int().min(1) }),
  /** Items matching a filter: text search, a judge's score range or pass/fail, tags, errors… */
  z.object({ kind: z.literal('filter'), filter: queueFilterSchema }),
]);
export type Selection = z.infer<typeof selectionSchema>;

/** A candidate model that answers each request before the judges look at its answers. */
export const candidateSchema = z.object({
  provider: providerId,
  model: z.string().min(1).max(200),
  system: z.string().max(20_000).default(''),
  temperature: z.number().min(0).max(2).default(0),
  maxTokens: z.number().int().min(1).max(32_000).default(1024),
});
export type Candidate = z.infer<typeof candidateSchema>;
