// Names people read for the contract's identifiers.
import type { ImportFormat, ItemField } from '../../../shared/domain';

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  csv: 'CSV',
  jsonl: 'JSON Lines',
  json: 'JSON',
  mlflow: 'MLflow eval_results_table',
  gavel: 'Gavel JSONL',
  databricks: 'Databricks eval_results',
  'bedrock-dataset': 'Bedrock dataset',
  'bedrock-output': 'Bedrock evaluation output',
  'bedrock-rag': 'Bedrock RAG evaluation',
  'mlflow-traces': 'MLflow traces',
  langsmith: 'LangSmith runs with feedback',
  langfuse: 'Langfuse scores',
  promptfoo: 'promptfoo results',
  deepeval: 'DeepEval test run',
};

export const FIELD_LABELS: Record<ItemField, string> = {
  id: 'Key',
  request: 'Request',
  response: 'Response',
  response_b: 'Response B (second model)',
  expected_response: 'Expected response',
  expected_facts: 'Expected facts',
  guidelines: 'Guidelines',
  retrieved_context: 'Retrieved context',
  metadata: 'Metadata',
};
