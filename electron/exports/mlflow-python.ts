// A ready-to-paste Python snippet: the corrected examples as `mlflow.metrics.genai.EvaluationExample`s
// and a `make_genai_metric` that uses them (MLflow 2.x genai metrics).
import type { OutputType } from '../../shared/domain';
import { alignmentComment } from './alignment-note';
import type { ExportData } from './export-data';
import { mlflowExamples } from './mlflow-examples';
import { platformRubric } from './platform-formats';
import { pythonLiteral, pythonString } from './python-literal';

/** The rubric MLflow shows its judge model, on the 1–5 scale the examples use for pass/fail verdicts. */
function gradingPrompt(outputType: OutputType): string {
  if (outputType.kind === 'scale') {
    const threshold =
      outputType.passThreshold === null ? '' : ` A score of ${outputType.passThreshold} or more passes.`;
    return `Give a score from ${outputType.min} to ${outputType.max}.${threshold}`;
  }
  const verdicts =
    outputType.kind === 'categories' ? ` The verdict is one of: ${outputType.categories.join(', ')}.` : '';
  return `Score 5: the response meets the criterion.\nScore 1: the response does not meet the criterion.${verdicts}`;
}

const call = (fn: string, args: Array<[string, string]>, indent: string) =>
  `${fn}(\n${args.map(([name, value]) => `${indent}    ${name}=${value},\n`).join('')}${indent})`;

export function mlflowPython(data: ExportData): string {
  const examples = mlflowExamples(data);
  const exampleCalls = examples.map(
    (example) =>
      `    ${call(
        'EvaluationExample',
        [
          ['input', pythonString(example.input)],
          ['output', pythonString(example.output)],
          ['score', pythonLiteral(example.score)],
          ['justification', pythonString(example.justification)],
          ['grading_context', pythonLiteral(example.grading_context)],
        ],
        '    ',
      )},\n`,
  );
  // MLflow passes these evaluation columns to the judge; the examples' grading_context has the same keys.
  const contextColumns = examples.some((example) => example.grading_context.targets !== undefined) ? ['targets'] : [];
  const metricArgs: Array<[string, string]> = [
    ['name', pythonString(data.judge.name)],
    [
      'definition',
      // MLflow 2 puts the input and output beside the definition itself: the rubric names them in words.
      pythonString(
        data.judge.instructions
          ? platformRubric(data.judge.instructions, {})
          : `Whether the response meets the "${data.judge.name}" criterion.`,
      ),
    ],
    ['grading_prompt', pythonString(gradingPrompt(data.judge.outputType))],
    ['examples', 'examples'],
    ['version', '"v1"'],
    ...(contextColumns.length > 0
      ? [['grading_context_columns', pythonLiteral(contextColumns)] as [string, string]]
      : []),
    ['greater_is_better', pythonLiteral(data.judge.greaterIsBetter)],
  ];
  return [
    // Names go into comments as escaped literals: a newline in one must not end the comment.
    `# Few-shot examples for the ${pythonString(data.judge.name)} judge (Gavel version ${data.judge.version}), exported ${data.exportedAt}:`,
    "# the judge's misses, with the domain expert's verdict and rationale.",
    ...alignmentComment(data.alignment),
    ...(data.judge.model === null
      ? []
      : [
          `# Gavel ran this judge on ${pythonString(data.judge.model)}; add model="<provider>:/<model>" to make_genai_metric to match it.`,
        ]),
    'from mlflow.metrics.genai import EvaluationExample, make_genai_metric',
    '',
    `examples = [\n${exampleCalls.join('')}]`,
    '',
    `metric = ${call('make_genai_metric', metricArgs, '')}`,
    '',
  ].join('\n');
}
