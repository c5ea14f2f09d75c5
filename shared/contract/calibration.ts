// Contract channels for calibration: how far each judge version agrees with the humans.
import { z } from 'zod';
import type { AgreementResult } from '../calibration';
import type { OutputType } from '../domain';
import type { FewShotExample } from '../judging';
import { returns } from './schema-helpers';

export interface JudgeAgreement extends AgreementResult {
  outputType: OutputType;
  /** The score at which a scale judge's verdict counts as a pass (null for pass/fail judges). */
  threshold: number | null;
  /** Whose labels were compared: one reviewer, or the consensus of all (adjudication first, then majority). */
  humans: { reviewer: string } | { consensus: string[] };
}

/** Formats `export.build` writes so far (FORMATS.md "Outputs"). */
export const EXPORT_FORMATS = [
  'mlflow',
  'mlflow-judge',
  'mlflow-table',
  'databricks',
  'databricks-csv',
  'openai-sft',
  'openai-dpo',
  'bedrock-dataset',
  'bedrock-metric',
  'langfuse',
  'langsmith',
  'promptfoo',
  'report-csv',
] as const;

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
  /** Few-shot examples included (few-shot formats), or items with a human decision (score formats). */
  records: number;
}

export const calibrationChannels = {
  'calibration.stats': {
    input: z.object({
      judge: z.string().min(1),
      /** A version number of the judge; its newest version with verdicts when left out. */
      version: z.number().int().positive().optional(),
      reviewer: z.string().min(1).optional(),
      seed: z.number().int().default(1),
    }),
    output: returns<JudgeAgreement>(),
  },
  /**
   * Few-shot examples for a judge from items where it disagreed with the humans and a rationale
   * exists: balanced (a pass and a fail), no near-duplicates, hardest first, within budget and count.
   */
  'fewshot.suggest': {
    input: z.object({
      judge: z.string().min(1),
      version: z.number().int().positive().optional(),
      reviewer: z.string().min(1).optional(),
      maxExamples: z.number().int().min(1).max(50).default(5),
      tokenBudget: z.number().int().min(100).max(100_000).default(2_000),
    }),
    output: returns<FewShotExample[]>(),
  },
  /** A judge's few-shot set (from its misses) or its human scores, in another tool's format. */
  'export.build': {
    input: z.object({
      judge: z.string().min(1),
      version: z.number().int().positive().optional(),
      reviewer: z.string().min(1).optional(),
      format: z.enum(EXPORT_FORMATS),
      maxExamples: z.number().int().min(1).max(50).default(5),
      tokenBudget: z.number().int().min(100).max(100_000).default(2_000),
    }),
    output: returns<ExportFile>(),
  },
};
