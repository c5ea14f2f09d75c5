// A promptfoo config that grades every test with the judge: one `llm-rubric` assertion under
// `defaultTest` whose rubric is the judge's instructions (guidelines accepted in expert review
// included) with its corrected examples. Written as YAML whose body is JSON (JSON is YAML), so the
// header can carry comments without a YAML writer.
import type { OutputType } from '../../shared/domain';
import { passThresholdOf, yesNoForPass } from '../../shared/verdict-value';
import { alignmentComment } from './alignment-note';
import type { ExportData } from './export-data';
import { prettyJson } from './json-text';
import { answeredExamples, exampleText, platformRubric } from './platform-formats';

/** The test variables of Gavel's own promptfoo results export; promptfoo's grader sees the output itself. */
const RUBRIC_VARIABLES = { request: '{{question}}', expected_response: '{{expected}}' };

/**
 * How the rubric's verdict maps onto promptfoo's grader reply `{pass, score 0–1, reason}`, following
 * the judge's polarity and pass rule.
 */
function gradingRule(outputType: OutputType, greaterIsBetter: boolean): string {
  switch (outputType.kind) {
    case 'pass_fail':
      return `Answer the question with "yes" or "no"; the output passes when the answer is "${yesNoForPass(true, greaterIsBetter)}" (score 1) and fails otherwise (score 0).`;
    case 'scale': {
      const { min, max } = outputType;
      const comparison = greaterIsBetter ? 'at least' : 'at most';
      return `Rate the output from ${min} to ${max} and give score (rating - ${min}) / ${max - min}; pass it when the rating is ${comparison} ${passThresholdOf(outputType)}.`;
    }
    case 'categories':
      return `Name the verdict (one of ${outputType.categories.map((c) => `"${c}"`).join(', ')}) in the reason.`;
  }
}

function rubricText(data: ExportData): string {
  const examples = answeredExamples(data)
    .map(
      (example, index) =>
        `Example ${index + 1}:\n${exampleText(example, { input: 'Question', output: 'Output', reference: 'Expected' })}`,
    )
    .join('\n\n');
  return [
    platformRubric(data.judge.instructions ?? `Whether the output meets the "${data.judge.name}" criterion.`, {
      ...RUBRIC_VARIABLES,
      response: 'the output',
    }),
    gradingRule(data.judge.outputType, data.judge.greaterIsBetter),
    examples && `Examples corrected by domain experts:\n\n${examples}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function promptfooRubric(data: ExportData): string {
  const header = [
    // Names go into comments as JSON strings: a newline in one must not end the comment.
    `# promptfoo grading with the ${JSON.stringify(data.judge.name)} judge (Gavel version ${data.judge.version}), exported ${data.exportedAt}.`,
    "# The rubric reads the test variables {{question}} and {{expected}}; rename them to your tests' variables.",
    ...(data.judge.model === null
      ? []
      : [
          `# Gavel ran this judge on ${JSON.stringify(data.judge.model)}; set defaultTest.options.provider to match it.`,
        ]),
    ...alignmentComment(data.alignment),
  ];
  const config = {
    description: `Graded by the ${data.judge.name} judge (Gavel version ${data.judge.version})`,
    defaultTest: { assert: [{ type: 'llm-rubric', metric: data.judge.name, value: rubricText(data) }] },
  };
  return `${header.join('\n')}\n${prettyJson(config)}`;
}
