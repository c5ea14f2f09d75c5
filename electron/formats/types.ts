// What every importer produces: format-neutral records that the workspace writer stores.
// Importers know files; they never touch the database.
import type {
  ChunkVerdict,
  ColumnMapping,
  ColumnUse,
  ImportFormat,
  ItemFields,
  ModelAnswer,
  OutputType,
} from '../../shared/domain';

/** A judge whose verdicts a file carries, e.g. MLflow `answer_correctness/v1`. */
export interface ImportedJudge {
  /** Criterion name as Gavel shows it: `answer_correctness`, `correctness`, `Builtin.Correctness`. */
  name: string;
  /** The source's own version tag (`v1`) or null. */
  version: string | null;
  outputType: OutputType;
  /** `llm` for model-graded verdicts, `heuristic` for rule-based assertions. */
  kind: 'llm' | 'heuristic';
  /** The judge model when the file names it. */
  model: string | null;
  /** The rubric / assertion text when the file carries it. */
  instructions: string | null;
}

export interface ImportedVerdict {
  judge: ImportedJudge;
  /** `done` when the judge produced a verdict, `error` when the file records a failed judge call. */
  status: 'done' | 'error';
  score: number | null;
  label: string | null;
  pass: boolean | null;
  justification: string | null;
  error: string | null;
  /** Per-chunk verdicts for retrieval judges, in retrieved_context order. */
  chunks: ChunkVerdict[] | null;
  latencyMs: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  cost: number | null;
}

/** A human rating found in the file (promptfoo `human` component, Bedrock human evaluation). */
export interface ImportedLabel {
  /** Criterion the human rated; becomes (or joins) a judge of that name. */
  judge: string;
  outputType: OutputType;
  reviewer: string;
  score: number | null;
  label: string | null;
  pass: boolean | null;
  rationale: string | null;
  /** ISO time the rating was made, when the file says. */
  createdAt: string | null;
}

export interface ImportRecord {
  /** 1-based data row (CSV: not counting the header; JSONL: the line number). */
  row: number;
  /** The source's id column when mapped, else the row number. */
  key: string;
  item: ItemFields;
  /** The source row verbatim: the exact JSON text of a JSONL line, else JSON of the parsed row. */
  sourceJson: string;
  verdicts: ImportedVerdict[];
  labels: ImportedLabel[];
  /**
   * Every model's answer when the file holds two or more (a mapped `response_b` column, named by
   * its column; Bedrock `modelResponses`, named by `modelIdentifier`). Each model's answers become
   * the generations of one imported run, which the review desk shows side by side and a pairwise
   * judge can compare. Empty for files with one answer per row.
   */
  answers: readonly ModelAnswer[];
}

export interface ImportReader {
  fileName: string;
  format: ImportFormat;
  detected: boolean;
  /** Source column names (CSV header, union of JSON keys seen while detecting, split `columns`). */
  columns: string[];
  mapping: ColumnMapping;
  /** True for CSV / JSONL / JSON arrays, whose columns the user may map. */
  mappable: boolean;
  /** What becomes of each column: field, verdicts, labels, metadata only, or ignored. */
  columnUses: ColumnUse[];
  totalBytes: number;
  /**
   * Streams the records. Throws an ImportRejected naming file, line/row and what was expected on
   * the first bad input. `onProgress` gets bytes consumed so far.
   */
  records(onProgress?: (bytes: number) => void): AsyncIterable<ImportRecord>;
}
