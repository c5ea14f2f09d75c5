// The export formats in words: what each file is and which tool reads it (docs/formats.md, "Outputs").
import type { ExportFormat } from '../../../../shared/contract';

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  mlflow: 'MLflow few-shot examples (JSON)',
  'mlflow-judge': 'MLflow 3 judge instructions (make_judge)',
  'mlflow-python': 'MLflow metric as Python (make_genai_metric)',
  'mlflow-table': 'MLflow results table with human scores',
  databricks: 'Databricks few-shot examples (JSON)',
  'databricks-csv': 'Databricks few-shot examples (CSV)',
  'databricks-guidelines': 'Databricks Guidelines scorer with examples (Python)',
  'openai-sft': 'OpenAI fine-tuning, supervised (JSONL)',
  'openai-dpo': 'OpenAI fine-tuning, preference / DPO (JSONL)',
  'bedrock-dataset': 'Amazon Bedrock evaluation dataset (JSONL)',
  'bedrock-metric': 'Amazon Bedrock custom metric (JSON)',
  langfuse: 'Langfuse scores (JSON)',
  langsmith: 'LangSmith feedback (JSON)',
  'mlflow-assessments': 'MLflow 3 human feedback for align() (JSONL)',
  promptfoo: 'promptfoo results with human verdicts (JSON)',
  'promptfoo-rubric': 'promptfoo config grading with llm-rubric (YAML)',
  'report-csv': 'Agreement report (CSV)',
  'report-html': 'Agreement report (HTML page)',
  gavel: 'Gavel, lossless (JSONL)',
};
