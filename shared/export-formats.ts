// The export formats, apart from the contract's schemas: the CLI lists them in its help without
// loading zod.

/** Formats `export.build` writes so far (docs/formats.md, "Outputs"). */
export const EXPORT_FORMATS = [
  'mlflow',
  'mlflow-judge',
  'mlflow-table',
  'databricks',
  'databricks-csv',
  'databricks-guidelines',
  'openai-sft',
  'openai-dpo',
  'bedrock-dataset',
  'bedrock-metric',
  'langfuse',
  'langsmith',
  'mlflow-assessments',
  'promptfoo',
  'promptfoo-rubric',
  'report-csv',
  'report-html',
  'mlflow-python',
  'gavel',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
