// One line of Gavel JSONL, Gavel's own lossless format: an item with every judgment of it and every
// label on it, self-contained so any line can be read (and restored) on its own. The writer
// (exports/gavel) and the reader (reader.ts) share this schema, so what one writes the other accepts.
import * as z from 'zod';

/** Written in every line: tells Gavel JSONL from other JSONL, and lets a later layout be told apart. */
export const GAVEL_JSONL_VERSION = 1;

const nullableString = z.string().nullable();
const nullableNumber = z.number().nullable();

const outputType = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('scale'), min: z.number(), max: z.number(), passThreshold: nullableNumber }),
  z.object({ kind: z.literal('pass_fail') }),
  z.object({ kind: z.literal('categories'), categories: z.array(z.string()) }),
]);

const chunk = z.object({ pass: z.boolean().nullable(), label: nullableString, rationale: nullableString });

/** A judge version as the workspace stores it; its content hash identifies it across workspaces. */
const judgeVersion = z.object({
  judge: z.string().min(1),
  judgeDescription: nullableString,
  version: z.number().int().positive(),
  kind: z.enum(['llm', 'heuristic', 'imported']),
  versionLabel: nullableString,
  instructions: nullableString,
  outputType,
  greaterIsBetter: z.boolean(),
  provider: nullableString,
  model: nullableString,
  params: z.record(z.string(), z.unknown()),
  fewshot: z.array(z.unknown()),
  /** Where an imported version came from (`mlflow`, `promptfoo`…). */
  source: nullableString,
  contentHash: z.string().min(1),
  /** The full JudgeSpec of versions defined in Gavel; null for imported ones. */
  spec: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
  /** A version an alignment saved aside and did not promote: never the judge's current one. Older files lack it. */
  candidate: z.boolean().default(false),
});

/** The run a judgment belongs to; runs are recognised by dataset, name, kind and creation time. */
const run = z.object({
  name: z.string(),
  kind: z.enum(['eval', 'imported']),
  source: nullableString,
  status: z.enum(['pending', 'running', 'paused', 'cancelled', 'done', 'failed']),
  createdAt: z.string(),
  startedAt: nullableString,
  finishedAt: nullableString,
});

const judgment = z.object({
  judgeVersion,
  run,
  status: z.enum(['done', 'error']),
  score: nullableNumber,
  label: nullableString,
  pass: z.boolean().nullable(),
  justification: nullableString,
  rawOutput: nullableString,
  chunks: z.array(chunk).nullable(),
  distribution: z.record(z.string(), z.number()).nullable(),
  error: nullableString,
  attempts: z.number().int().nonnegative(),
  latencyMs: nullableNumber,
  inputTokens: nullableNumber,
  outputTokens: nullableNumber,
  cost: nullableNumber,
  createdAt: z.string(),
  updatedAt: z.string(),
});

const label = z.object({
  judge: z.string().min(1),
  reviewer: z.string().min(1),
  action: z.enum(['confirm', 'override', 'skip', 'flag', 'retract']),
  score: nullableNumber,
  label: nullableString,
  pass: z.boolean().nullable(),
  rationale: nullableString,
  tags: z.array(z.string()),
  blind: z.boolean(),
  blindScore: nullableNumber,
  blindLabel: nullableString,
  blindPass: z.boolean().nullable(),
  /** Index into this line's `judgments` of the verdict the label reviewed, if any. */
  judgment: z.number().int().nonnegative().nullable(),
  /** Whether it replaced the reviewer's earlier label (labels are in the order they were made). */
  supersedes: z.boolean(),
  source: nullableString,
  sourceKey: nullableString,
  createdAt: z.string(),
});

export const gavelLine = z
  .object({
    gavel: z.literal(GAVEL_JSONL_VERSION),
    dataset: z.string().min(1),
    key: z.string().min(1),
    item: z.object({
      request: nullableString,
      response: nullableString,
      expected_response: nullableString,
      expected_facts: z.array(z.string()).nullable(),
      guidelines: z.union([z.array(z.string()), z.record(z.string(), z.array(z.string()))]).nullable(),
      retrieved_context: z.array(z.object({ doc_uri: nullableString, content: z.string() })).nullable(),
      metadata: z.record(z.string(), z.unknown()),
    }),
    /** The item's source row exactly as Gavel keeps it (JSON text). */
    source: z.string(),
    createdAt: z.string(),
    judgments: z.array(judgment),
    labels: z.array(label),
  })
  .superRefine((line, ctx) => {
    line.labels.forEach((l, i) => {
      if (l.judgment !== null && l.judgment >= line.judgments.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['labels', i, 'judgment'],
          message: `points at judgment ${l.judgment}, but the line has ${line.judgments.length}`,
        });
      }
    });
  });

export type GavelLine = z.infer<typeof gavelLine>;
export type GavelJudgment = GavelLine['judgments'][number];
export type GavelLabel = GavelLine['labels'][number];
export type GavelJudgeVersion = GavelJudgment['judgeVersion'];
