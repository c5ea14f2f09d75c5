// Few-shot sets and human scores in the formats other tools read (docs/formats.md, "Outputs").
import type Database from 'better-sqlite3';
import type { ExportFormat } from '../../shared/contract';
import type { FewShotExample } from '../../shared/judging';
import { exampleAnswer } from '../judging/fewshot';
import { verdictJson } from '../judging/output-schema';
import { verdictValue, type ExportData } from './export-data';
import { gavelJsonl } from './gavel/dump';
import { jsonl, prettyJson } from './json-text';
import { mlflowAssessments } from './mlflow-assessments';
import { mlflowExamples } from './mlflow-examples';
import { mlflowPython } from './mlflow-python';
import { bedrockDataset, bedrockMetric, mlflowJudge, mlflowTable, reportCsv } from './platform-formats';
import { promptfoo } from './promptfoo-format';
import { promptfooRubric } from './promptfoo-rubric';
import { databricksCsv, databricksGuidelines, databricksJson } from './databricks-formats';
import { reportHtml } from './report-html/report';

/** File name suffix and media type per format. */
export const FILE_TYPES: Record<ExportFormat, { suffix: string; mimeType: string }> = {
  mlflow: { suffix: 'mlflow-examples.json', mimeType: 'application/json' },
  'mlflow-judge': { suffix: 'mlflow-judge-instructions.txt', mimeType: 'text/plain' },
  'mlflow-table': { suffix: 'eval_results_table.json', mimeType: 'application/json' },
  'bedrock-dataset': { suffix: 'bedrock-dataset.jsonl', mimeType: 'application/jsonl' },
  'bedrock-metric': { suffix: 'bedrock-custom-metric.json', mimeType: 'application/json' },
  'report-csv': { suffix: 'agreement.csv', mimeType: 'text/csv' },
  promptfoo: { suffix: 'promptfoo-results.json', mimeType: 'application/json' },
  'promptfoo-rubric': { suffix: 'promptfooconfig.yaml', mimeType: 'application/yaml' },
  databricks: { suffix: 'databricks-examples.json', mimeType: 'application/json' },
  'databricks-csv': { suffix: 'databricks-examples.csv', mimeType: 'text/csv' },
  'databricks-guidelines': { suffix: 'databricks-guidelines.py', mimeType: 'text/x-python' },
  'openai-sft': { suffix: 'openai-sft.jsonl', mimeType: 'application/jsonl' },
  'openai-dpo': { suffix: 'openai-dpo.jsonl', mimeType: 'application/jsonl' },
  langfuse: { suffix: 'langfuse-scores.json', mimeType: 'application/json' },
  langsmith: { suffix: 'langsmith-feedback.json', mimeType: 'application/json' },
  'mlflow-assessments': { suffix: 'mlflow-assessments.jsonl', mimeType: 'application/jsonl' },
  'report-html': { suffix: 'agreement.html', mimeType: 'text/html' },
  'mlflow-python': { suffix: 'mlflow-metric.py', mimeType: 'text/x-python' },
  gavel: { suffix: 'gavel.jsonl', mimeType: 'application/jsonl' },
};

/** MLflow `EvaluationExample` objects (mlflow.metrics.genai), as JSON. */
function mlflow(data: ExportData): string {
  return prettyJson(mlflowExamples(data));
}

/**
 * The judge's reply as Gavel's judges write it (the contract's JSON, as in its few-shot turns), or
 * null when the example has no answer valid for the judge.
 */
function replyJson(data: ExportData, example: FewShotExample): string | null {
  const answer = exampleAnswer(example, data.judge);
  return answer.ok ? verdictJson(data.judge.outputType, example.justification, answer.answer) : null;
}

function chatMessages(data: ExportData, example: FewShotExample) {
  const user = [
    example.request && `Request:\n${example.request}`,
    example.response && `Response:\n${example.response}`,
    example.expected_response && `Expected response:\n${example.expected_response}`,
    example.context && `Retrieved context:\n${example.context}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return [
    { role: 'system', content: data.judge.instructions ?? `You are the ${data.judge.name} judge.` },
    { role: 'user', content: user },
  ];
}

/** OpenAI supervised fine-tuning: the human-corrected verdict as the assistant's reply. */
function openaiSft(data: ExportData): string {
  return jsonl(
    data.examples.flatMap((example) => {
      const reply = replyJson(data, example);
      return reply === null
        ? []
        : [{ messages: [...chatMessages(data, example), { role: 'assistant', content: reply }] }];
    }),
  );
}

/** OpenAI preference fine-tuning (DPO): the human-corrected verdict preferred over the judge's own. */
function openaiDpo(data: ExportData): string {
  const byItem = new Map(data.rows.map((row) => [row.itemId, row]));
  return jsonl(
    data.examples.flatMap((example) => {
      const row = example.itemId === null ? undefined : byItem.get(example.itemId);
      if (!row) return [];
      const judged: FewShotExample = {
        ...example,
        score: row.verdict.score,
        label: row.verdict.label,
        pass: row.verdict.pass,
        justification: row.verdict.justification ?? '',
      };
      const preferred = replyJson(data, example);
      const rejected = replyJson(data, judged);
      if (preferred === null || rejected === null) return [];
      return [
        {
          input: { messages: chatMessages(data, example) },
          preferred_output: [{ role: 'assistant', content: preferred }],
          non_preferred_output: [{ role: 'assistant', content: rejected }],
        },
      ];
    }),
  );
}

/** Langfuse scores (source ANNOTATION), one per item with a human decision. */
function langfuse(data: ExportData): string {
  const kind = data.judge.outputType.kind;
  return prettyJson(
    data.rows.map((row) => ({
      name: data.judge.name,
      value: kind === 'scale' ? row.human.score : kind === 'categories' ? row.human.label : row.human.pass ? 1 : 0,
      dataType: kind === 'scale' ? 'NUMERIC' : kind === 'categories' ? 'CATEGORICAL' : 'BOOLEAN',
      source: 'ANNOTATION',
      comment: row.human.rationale,
      traceId: row.key,
    })),
  );
}

/** LangSmith feedback, with the judge's verdict as what was corrected. */
function langsmith(data: ExportData): string {
  return prettyJson(
    data.rows.map((row) => ({
      key: data.judge.name,
      score: row.human.score ?? (row.human.label === null ? (row.human.pass ? 1 : 0) : null),
      value: row.human.label ?? (row.human.score === null ? (row.human.pass ? 'yes' : 'no') : null),
      comment: row.human.rationale,
      correction: { judge_verdict: verdictValue(row.verdict), judge_justification: row.verdict.justification },
      feedback_source: { type: 'app', metadata: { reviewers: row.human.reviewers, item: row.key } },
    })),
  );
}

const itemIds = (data: ExportData) => data.rows.map((row) => row.itemId);

/** Most formats are made from the export data alone; Gavel JSONL dumps whole datasets, so formatters also get the workspace. */
export const FORMATTERS: Record<ExportFormat, (data: ExportData, db: Database.Database) => string> = {
  mlflow,
  'mlflow-judge': mlflowJudge,
  'mlflow-table': mlflowTable,
  'bedrock-dataset': bedrockDataset,
  'bedrock-metric': bedrockMetric,
  'report-csv': reportCsv,
  promptfoo,
  'promptfoo-rubric': promptfooRubric,
  databricks: databricksJson,
  'databricks-csv': databricksCsv,
  'databricks-guidelines': databricksGuidelines,
  'openai-sft': openaiSft,
  'openai-dpo': openaiDpo,
  langfuse,
  langsmith,
  'mlflow-assessments': mlflowAssessments,
  'report-html': reportHtml,
  'mlflow-python': mlflowPython,
  gavel: (data, db) => gavelJsonl(db, itemIds(data)),
};
