// Databricks exports: the corrected examples as Agent Evaluation `examples_df` rows (JSON, CSV), and
// the judge as a Guidelines scorer (MLflow 3 on Databricks) with those examples beside it.
import { splitBlock } from '../align/guidelines';
import { alignmentComment } from './alignment-note';
import { csvText } from './csv-text';
import { yesNoRating, type ExportData } from './export-data';
import { prettyJson } from './json-text';
import { platformRubric } from './platform-formats';
import { pythonLiteral, pythonString, type PythonValue } from './python-literal';

/** Databricks Agent Evaluation `examples_df` rows: inputs plus the expert's rating and rationale. */
function databricksRecords(data: ExportData): Array<Record<string, PythonValue>> {
  return data.examples.map((example) => ({
    request: example.request ?? '',
    response: example.response ?? '',
    expected_response: example.expected_response,
    retrieved_context: example.context === null ? null : [{ doc_uri: null, content: example.context }],
    [`response/llm_judged/${data.judge.name}/rating`]: yesNoRating(example, data.judge, 'Databricks'),
    [`response/llm_judged/${data.judge.name}/rationale`]: example.justification,
  }));
}

export const databricksJson = (data: ExportData): string => prettyJson(databricksRecords(data));

export function databricksCsv(data: ExportData): string {
  const records = databricksRecords(data).map((record) => ({
    ...record,
    retrieved_context: record.retrieved_context === null ? '' : JSON.stringify(record.retrieved_context),
  }));
  return csvText(records);
}

/**
 * The Guidelines scorer's pass/fail criteria: the judge's rubric in words (its {{field}} placeholders
 * named, since the scorer reads the request and response itself), then each guideline accepted in
 * expert review as a criterion of its own.
 */
function scorerGuidelines(data: ExportData): string[] {
  if (!data.judge.instructions) return [`The response meets the "${data.judge.name}" criterion.`];
  const { body, bullets } = splitBlock(data.judge.instructions);
  return [...(body === '' ? [] : [platformRubric(body, {})]), ...bullets];
}

/** A Python snippet: `Guidelines(name, guidelines)` and the corrected examples as `examples_df` rows. */
export function databricksGuidelines(data: ExportData): string {
  const list = (items: PythonValue[]) => `[\n${items.map((item) => `    ${pythonLiteral(item)},\n`).join('')}]`;
  return [
    // Names go into comments as escaped literals: a newline in one must not end the comment.
    `# The ${pythonString(data.judge.name)} judge (Gavel version ${data.judge.version}) as a Databricks Guidelines scorer, exported ${data.exportedAt}:`,
    splitBlock(data.judge.instructions ?? '').bullets.length > 0
      ? '# its rubric and the guidelines from expert review it carries, each a pass/fail criterion.'
      : '# its rubric as a pass/fail criterion (this version carries no guidelines from expert review).',
    ...alignmentComment(data.alignment),
    'from mlflow.genai.scorers import Guidelines',
    '',
    `guidelines = ${list(scorerGuidelines(data))}`,
    '',
    `scorer = Guidelines(name=${pythonString(data.judge.name)}, guidelines=guidelines)`,
    '',
    "# The judge's misses with the domain expert's rating and rationale, as examples_df rows.",
    `examples = ${list(databricksRecords(data))}`,
    '',
  ].join('\n');
}
