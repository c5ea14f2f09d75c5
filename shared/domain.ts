// Domain vocabulary shared by the main process and the renderer (docs/architecture.md).
// Pure types and constants only: this file runs in both environments.

/**
 * Gavel fields a source column can be mapped to. `response_b` is a second model's answer: it is
 * not an item field but, with `response`, the answers of two imported runs compared side by side.
 */
export const ITEM_FIELDS = [
  'id',
  'request',
  'response',
  'response_b',
  'expected_response',
  'expected_facts',
  'guidelines',
  'retrieved_context',
  'metadata',
] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

/** Column name per Gavel field; a field left out is not mapped. */
export type ColumnMapping = Partial<Record<ItemField, string>>;

/**
 * What the user chose over the detected mapping: a column for a field, or null to leave the field
 * unmapped. Fields left out keep what detection suggested.
 */
export type MappingChoices = Partial<Record<ItemField, string | null>>;

/** File formats Gavel reads. `bedrock` names both Bedrock layouts on the CLI; detection picks one. */
export const IMPORT_FORMATS = [
  'csv',
  'jsonl',
  'json',
  'mlflow',
  'databricks',
  'bedrock-dataset',
  'bedrock-output',
  'bedrock-rag',
  'mlflow-traces',
  'langsmith',
  'langfuse',
  'promptfoo',
  'gavel',
  'deepeval',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One model's answer to an item's request, named by the model (or the source column it came from). */
export interface ModelAnswer {
  model: string;
  response: string;
}

export interface ContextChunk {
  doc_uri: string | null;
  content: string;
}

/** Guidelines are either one list for the row or named lists (Databricks global guidelines). */
export type Guidelines = string[] | Record<string, string[]>;

export interface ItemFields {
  request: string | null;
  response: string | null;
  expected_response: string | null;
  expected_facts: string[] | null;
  guidelines: Guidelines | null;
  retrieved_context: ContextChunk[] | null;
  metadata: Record<string, unknown>;
}

/**
 * How a judge expresses a verdict. A scale has bounds and an optional pass threshold
 * (score ≥ threshold passes when greater is better); categories list their labels.
 */
export type OutputType =
  | { kind: 'scale'; min: number; max: number; passThreshold: number | null }
  | { kind: 'pass_fail' }
  | { kind: 'categories'; categories: string[] };

/** One verdict of one chunk, for per-chunk judges such as chunk_relevance. */
export interface ChunkVerdict {
  pass: boolean | null;
  label: string | null;
  rationale: string | null;
}

export type JudgmentStatus = 'pending' | 'running' | 'done' | 'error';

export interface DatasetSummary {
  id: number;
  name: string;
  items: number;
  createdAt: string;
  /** Format of the first import, e.g. `mlflow`; null for a dataset made by hand. */
  sourceFormat: ImportFormat | null;
  judges: string[];
  /** Per judge, how many items have a reviewer's confirm or override (judges without any left out). */
  reviewed: Record<string, number>;
}

export interface ItemRow {
  id: number;
  key: string;
  request: string | null;
  response: string | null;
  expected_response: string | null;
  /** Latest verdict per judge: `score`, `label` or `pass` as the judge gives it. */
  verdicts: Record<string, VerdictCell>;
}

export interface VerdictCell {
  score: number | null;
  label: string | null;
  pass: boolean | null;
  status: JudgmentStatus;
}

export interface JudgmentView {
  id: number;
  runId: number;
  runName: string;
  judge: string;
  judgeVersion: number;
  /** A version an alignment saved aside: not the judge's current one until promoted. */
  candidate: boolean;
  versionLabel: string | null;
  model: string | null;
  outputType: OutputType;
  /** The version's polarity: false when its "yes" (or a high score) is the bad outcome. */
  greaterIsBetter: boolean;
  status: JudgmentStatus;
  score: number | null;
  label: string | null;
  pass: boolean | null;
  justification: string | null;
  error: string | null;
  /** The judge's reply as received, kept for audit (every reply for multi-call judges). */
  raw: string | null;
  chunks: ChunkVerdict[] | null;
  source: string | null;
}

export interface LabelView {
  id: number;
  judge: string;
  reviewer: string;
  /** `retract` takes back a reviewer's earlier label (an undo), keeping it in the history. */
  action: 'confirm' | 'override' | 'skip' | 'flag' | 'retract';
  score: number | null;
  label: string | null;
  pass: boolean | null;
  rationale: string | null;
  tags: string[];
  /** The reviewer's rating before the verdict was revealed, in blind mode. */
  blind: { score: number | null; label: string | null; pass: boolean | null } | null;
  /** The judgment on screen when the label was given, and its judge version (null: none was shown). */
  judgmentId: number | null;
  judgeVersion: number | null;
  sessionId: number | null;
  /** The label this one replaced; null for the first label of a reviewer on an item and judge. */
  supersedesId: number | null;
  createdAt: string;
  source: string | null;
}

export interface ItemDetail extends ItemFields {
  id: number;
  datasetId: number;
  key: string;
  /** The source row exactly as read from the file. */
  sourceRow: unknown;
  judgments: JudgmentView[];
  labels: LabelView[];
  /** Models' answers to this item beyond its own response (generated or imported): two make a side by side. */
  answers: number;
}

/**
 * What an import made of one source column (or field): an item field, verdicts of a judge, human
 * labels, item metadata only, or nothing (ignored). Import previews and summaries list every one,
 * so no column is dropped in silence.
 */
export interface ColumnUse {
  column: string;
  use: 'field' | 'verdict' | 'label' | 'metadata' | 'ignored';
  /** In words: `request`, `judge faithfulness (0–1)`, `no value in any row`. */
  detail: string;
}
