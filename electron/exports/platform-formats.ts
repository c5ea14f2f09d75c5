// Exports for MLflow 3 judges, MLflow results tables, Amazon Bedrock evaluation jobs and the
// agreement report (docs/formats.md, "Outputs").
import type { Interval } from '../../shared/calibration';
import type { OutputType } from '../../shared/domain';
import type { FewShotExample } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import { exampleAnswer } from '../judging/fewshot';
import { substitutePlaceholders, type Placeholder } from '../judging/placeholders';
import { alignmentComment } from './alignment-note';
import { verdictValue, type ExportData } from './export-data';
import { jsonl, prettyJson } from './json-text';
import { csvText } from './csv-text';

/** Bedrock custom metric instructions may hold at most 5,000 characters. */
const BEDROCK_INSTRUCTIONS_LIMIT = 5_000;

const scaleWords = (outputType: OutputType): string =>
  outputType.kind === 'scale'
    ? `a score from ${outputType.min} to ${outputType.max}`
    : outputType.kind === 'pass_fail'
      ? '"yes" or "no"'
      : `one of ${outputType.categories.map((c) => `"${c}"`).join(', ')}`;

/**
 * The judge's rubric with Gavel's {{field}} placeholders renamed to the platform's variables; fields
 * the platform has no variable for are named in words ("The request" opening a sentence), since an
 * unknown variable is an error there.
 */
export function platformRubric(instructions: string, variables: Partial<Record<Placeholder, string>>): string {
  return substitutePlaceholders(
    instructions,
    (field, startsSentence) => variables[field] ?? `${startsSentence ? 'The' : 'the'} ${field.replaceAll('_', ' ')}`,
  );
}

/**
 * Example text goes into a template both platforms fill in: a "{{ outputs }}" inside an answer
 * would be replaced by the item under evaluation. A space between the braces keeps it as text.
 */
export const inert = (text: string) => text.replaceAll('{{', '{ {').replaceAll('}}', '} }');

/**
 * The examples with the answer each teaches, as the judge's few-shot turns give it (the polarity
 * decides a pass's yes or no). An example without a valid answer is left out, as it is from the prompt.
 */
export function answeredExamples(data: ExportData): Array<{ example: FewShotExample; answer: number | string }> {
  return data.examples.flatMap((example) => {
    const answer = exampleAnswer(example, data.judge);
    return answer.ok ? [{ example, answer: answer.answer }] : [];
  });
}

export function exampleText(
  { example, answer }: { example: FewShotExample; answer: number | string },
  fields: { input: string; output: string; reference: string },
): string {
  return inert(
    [
      `${fields.input}: ${example.request ?? ''}`,
      `${fields.output}: ${example.response ?? ''}`,
      example.expected_response === null ? null : `${fields.reference}: ${example.expected_response}`,
      `Verdict: ${answer}`,
      `Why: ${example.justification}`,
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

/**
 * MLflow 3 `make_judge` instructions: the rubric (with any guidelines accepted in expert review) using
 * {{ inputs }}, {{ outputs }}, {{ expectations }}, the corrected examples, and an aligned version's
 * sealed-test result as leading "#" lines.
 */
export function mlflowJudge(data: ExportData): string {
  const examples = answeredExamples(data)
    .map(
      (example, index) =>
        `Example ${index + 1}:\n${exampleText(example, { input: 'Inputs', output: 'Outputs', reference: 'Expectations' })}`,
    )
    .join('\n\n');
  const alignment = alignmentComment(data.alignment).join('\n');
  return [
    alignment,
    `Judge "${data.judge.name}". Evaluate {{ outputs }} for {{ inputs }}, using {{ expectations }} where given.`,
    platformRubric(data.judge.instructions ?? '', {
      request: '{{ inputs }}',
      response: '{{ outputs }}',
      expected_response: '{{ expectations }}',
      expected_facts: '{{ expectations }}',
      guidelines: '{{ expectations }}',
    }),
    `Answer with ${scaleWords(data.judge.outputType)} and a short justification.`,
    examples && `Examples corrected by domain experts:\n\n${examples}`,
  ]
    .filter(Boolean)
    .join('\n\n')
    .concat('\n');
}

/** The MLflow results table (pandas split layout) with the experts' verdicts beside the judge's. */
export function mlflowTable(data: ExportData): string {
  const metric = `${data.judge.name}/v${data.judge.version}`;
  const columns = [
    'inputs',
    'outputs',
    'ground_truth',
    `${metric}/score`,
    `${metric}/justification`,
    `${metric}/human_score`,
    `${metric}/human_rationale`,
  ];
  const rows = data.rows.map((row) => [
    row.item.request,
    row.item.response,
    row.item.expected_response,
    verdictValue(row.verdict),
    row.verdict.justification,
    verdictValue(row.human),
    row.human.rationale,
  ]);
  return `${JSON.stringify({ columns, data: rows })}\n`;
}

/** A Bedrock bring-your-own-responses evaluation dataset (JSONL), at most 1,000 prompts a job. */
export function bedrockDataset(data: ExportData): string {
  return jsonl(
    data.rows.map((row) => ({
      prompt: row.item.request ?? '',
      ...(row.item.expected_response !== null && { referenceResponse: row.item.expected_response }),
      modelResponses: [{ response: row.item.response ?? '', modelIdentifier: 'gavel-dataset' }],
    })),
  );
}

/** A Bedrock custom metric definition, with the corrected examples written into its instructions. */
export function bedrockMetric(data: ExportData): string {
  const rubric = data.judge.instructions
    ? platformRubric(data.judge.instructions, {
        request: '{{prompt}}',
        response: '{{prediction}}',
        expected_response: '{{ground_truth}}',
      })
    : `Judge "${data.judge.name}".`;
  const head = [rubric, 'Prompt: {{prompt}}\nResponse: {{prediction}}\nReference: {{ground_truth}}'].join('\n\n');
  if (head.length > BEDROCK_INSTRUCTIONS_LIMIT) {
    throw new GavelError(
      'INVALID_INPUT',
      `The instructions of judge "${data.judge.name}" v${data.judge.version} take ${head.length} characters with ` +
        `Bedrock's variables; a Bedrock custom metric allows ${BEDROCK_INSTRUCTIONS_LIMIT}. Shorten the rubric.`,
    );
  }
  let instructions = head;
  for (const [index, example] of answeredExamples(data).entries()) {
    const next = `${instructions}\n\nExample ${index + 1}:\n${exampleText(example, { input: 'Prompt', output: 'Response', reference: 'Reference' })}`;
    // Examples are dropped from the end rather than cut mid-way when the limit is reached.
    if (next.length > BEDROCK_INSTRUCTIONS_LIMIT) break;
    instructions = next;
  }
  const outputType = data.judge.outputType;
  const ratingScale =
    outputType.kind === 'scale'
      ? Array.from({ length: Math.floor(outputType.max - outputType.min) + 1 }, (_, i) => ({
          definition: `Score ${outputType.min + i}`,
          value: { floatValue: outputType.min + i },
        }))
      : outputType.kind === 'pass_fail'
        ? [
            { definition: 'Yes: the response meets the criterion', value: { stringValue: 'yes' } },
            { definition: 'No: the response does not meet the criterion', value: { stringValue: 'no' } },
          ]
        : outputType.categories.map((category) => ({ definition: category, value: { stringValue: category } }));
  return prettyJson({ customMetricDefinition: { metricName: data.judge.name, instructions, ratingScale } });
}

/** The agreement report as CSV: one row per statistic with its bootstrap interval. */
export function reportCsv(data: ExportData): string {
  const { stats } = data;
  const intervals: Record<string, Interval> = { ...stats.ci.binary, ...(stats.ci.ordinal ?? {}) };
  const values: Record<string, number | null> = {
    accuracy: stats.binary.accuracy,
    kappa: stats.binary.kappa,
    precision_fail: stats.binary.precision_fail,
    recall_fail: stats.binary.recall_fail,
    f1_fail: stats.binary.f1_fail,
    precision_pass: stats.binary.precision_pass,
    recall_pass: stats.binary.recall_pass,
    f1_pass: stats.binary.f1_pass,
    ...(stats.ordinal ?? {}),
    human_pairwise_kappa: stats.human_human.pairwise_kappa,
    human_krippendorff_alpha: stats.human_human.krippendorff_alpha,
  };
  const rows = Object.entries(values).map(([statistic, value]) => ({
    judge: stats.judge,
    version: stats.version,
    n: stats.n,
    statistic,
    value: value ?? '',
    ci_lower: intervals[statistic]?.lower ?? '',
    ci_upper: intervals[statistic]?.upper ?? '',
  }));
  return csvText(rows);
}
