// Contract channels for calibration: how far each judge version agrees with the humans.
import * as z from 'zod';
import type {
  AgreementResult,
  BreakdownRow,
  CalibrationOverview,
  CalibrationView,
  FewShotSetView,
} from '../calibration';
import type { OutputType } from '../domain';
import type { FewShotExample } from '../judging';
import type { TrustEstimate, TrustPlan, TrustView } from '../trust';
import type { PromptPreview } from './judging';
import { EXPORT_FORMATS } from '../export-formats';
import { id, returns, type ChannelDefinitions } from './schema-helpers';

export interface JudgeAgreement extends AgreementResult {
  outputType: OutputType;
  /** The score at which a scale judge's verdict counts as a pass (null for pass/fail judges). */
  threshold: number | null;
  /** Whose labels were compared: one reviewer, or the consensus of all (adjudication first, then majority). */
  humans: { reviewer: string } | { consensus: string[] };
}

export { EXPORT_FORMATS, type ExportFormat } from '../export-formats';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
  /** Few-shot examples included (few-shot formats), or items with a human decision (score formats). */
  records: number;
}

const judgeQuery = {
  judge: z.string().min(1),
  /** A version number of the judge; its newest version with verdicts when left out. */
  version: z.number().int().positive().optional(),
  /** One reviewer's latest labels; the consensus of all reviewers when left out. */
  reviewer: z.string().min(1).optional(),
};

/** A curated example: which reviewed item and label, and the curator's wording of the rationale. */
const curatedExample = z.object({
  itemId: id,
  labelId: id,
  rationale: z.string().trim().min(1).max(20_000),
});

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
  /** The calibration view of one judge: versions over time, confusion matrices with their items, distributions, tags. */
  'calibration.overview': {
    input: z.object({ ...judgeQuery, seed: z.number().int().default(1) }),
    output: returns<CalibrationOverview>(),
  },
  /** Agreement within each value of a metadata field of the items. */
  'calibration.breakdown': {
    input: z.object({ ...judgeQuery, field: z.string().min(1).max(200), seed: z.number().int().default(1) }),
    output: returns<BreakdownRow[]>(),
  },
  /**
   * The judge version's true rate over a whole dataset by PPI++ (its verdicts on every item, corrected
   * by expert labels of randomly sampled items), beside its raw rate and the labels' own rate.
   */
  'calibration.estimate': {
    input: z.object({ ...judgeQuery, datasetId: id }),
    output: returns<TrustEstimate>(),
  },
  /** How many randomly sampled labels give the estimate an interval of this half-width. */
  'calibration.plan': {
    input: z.object({ ...judgeQuery, datasetId: id, halfWidth: z.number().positive() }),
    output: returns<TrustPlan>(),
  },
  /** Estimate and plan together for the Calibration view, which shows too few labels as a state. */
  'calibration.trust': {
    input: z.object({ ...judgeQuery, datasetId: id, halfWidth: z.number().positive() }),
    output: returns<TrustView>(),
  },
  /** The judge's saved few-shot set, or suggestions when none is saved. */
  'fewshot.get': {
    input: z.object({ ...judgeQuery, maxExamples: z.number().int().min(1).max(50).default(5) }),
    output: returns<FewShotSetView>(),
  },
  /** Saves the curated set in this order (replacing the previous one); an empty list clears it. */
  'fewshot.save': {
    input: z.object({ judge: z.string().min(1), examples: z.array(curatedExample).max(50) }),
    output: returns<FewShotSetView>(),
  },
  /** The judge's exact prompt for an item with these examples in it (the curated set when left out). */
  'fewshot.preview': {
    input: z.object({ judge: z.string().min(1), itemId: id, examples: z.array(curatedExample).max(50).optional() }),
    output: returns<PromptPreview>(),
  },
  /**
   * Close the loop: a new version of the judge with the few-shot examples (the saved set, else
   * suggestions), run on the labelled items that are not among them (only the hold-out share, fixed
   * before the examples are chosen, when `holdout` > 0). Returns at once; the run reports progress
   * as any run does, and `calibration.get` has the before/after once it is done.
   */
  'calibration.start': {
    input: z.object({
      ...judgeQuery,
      maxExamples: z.number().int().min(1).max(50).default(5),
      tokenBudget: z.number().int().min(100).max(100_000).default(2_000),
      holdout: z.number().min(0).max(0.9).default(0),
      seed: z.number().int().default(1),
      /** Refuse when the experts' agreement among themselves (Krippendorff's alpha) is below this. */
      requireAgreement: z.number().min(-1).max(1).optional(),
      /** Run the new version on another provider or model than the old one used. */
      provider: z.string().min(1).optional(),
      model: z.string().min(1).optional(),
    }),
    output: returns<CalibrationView>(),
  },
  'calibration.get': { input: z.object({ id }), output: returns<CalibrationView>() },
  'calibration.list': {
    input: z.object({ judge: z.string().min(1).optional() }),
    output: returns<CalibrationView[]>(),
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
} satisfies ChannelDefinitions<'calibration'>;
