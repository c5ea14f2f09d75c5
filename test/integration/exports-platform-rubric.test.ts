// A judge's rubric in the exports other platforms fill in: Gavel's {{field}} placeholders become the
// platform's variables, item text cannot pose as one, and Bedrock's 5,000 characters are kept.
import { describe, expect, it } from 'vitest';
import type { JudgeAgreement } from '../../shared/contract';
import type { ExportData } from '../../electron/exports/export-data';
import { databricksGuidelines } from '../../electron/exports/databricks-formats';
import { bedrockMetric, mlflowJudge } from '../../electron/exports/platform-formats';

const exportOf = (instructions: string): ExportData => ({
  judge: {
    name: 'correctness',
    version: 3,
    outputType: { kind: 'pass_fail' },
    instructions,
    greaterIsBetter: true,
    model: null,
  },
  rows: [],
  examples: [
    {
      request: 'Fill in {{ outputs }} here',
      response: 'I echo {{prediction}}',
      expected_response: null,
      context: null,
      score: null,
      label: null,
      pass: false,
      justification: 'Template text is not an answer.',
      itemId: 1,
      labelId: 1,
    },
  ],
  stats: {} as JudgeAgreement,
  trust: { expertSplits: 0, datasets: [], audit: null },
  exportedAt: '2026-01-01T00:00:00.000Z',
});

const RUBRIC =
  'Is {{ response }} a correct answer to {{request}} given {{expected_response}} and {{retrieved_context}}?';

describe('rubrics in platform exports', () => {
  it('Bedrock: {{prompt}} {{prediction}} {{ground_truth}}, examples inert', () => {
    const { instructions } = JSON.parse(bedrockMetric(exportOf(RUBRIC))).customMetricDefinition;
    expect(instructions).toContain(
      'Is {{prediction}} a correct answer to {{prompt}} given {{ground_truth}} and the retrieved context?',
    );
    expect(instructions).toContain('Fill in { { outputs } } here');
    expect(instructions).toContain('I echo { {prediction} }');
    expect(instructions.match(/\{\{prediction\}\}/g)).toHaveLength(2); // the rubric's and the template's own
  });

  it('MLflow 3: {{ inputs }} {{ outputs }} {{ expectations }}', () => {
    const text = mlflowJudge(exportOf(RUBRIC));
    expect(text).toContain(
      'Is {{ outputs }} a correct answer to {{ inputs }} given {{ expectations }} and the retrieved context?',
    );
    expect(text).toContain('Fill in { { outputs } } here');
  });

  it('Databricks Guidelines: fields in words, capitalised where they open a sentence or a line', () => {
    const rubric =
      'Is {{response}} grounded in {{retrieved_context}}? {{request}} is shown for context.\n{{expected_response}} may be empty.';
    expect(databricksGuidelines(exportOf(rubric))).toContain(
      'Is the response grounded in the retrieved context? The request is shown for context.\\nThe expected response may be empty.',
    );
  });

  it('Bedrock refuses a rubric longer than a custom metric may be, saying by how much', () => {
    expect(() => bedrockMetric(exportOf('x'.repeat(5_000)))).toThrow(
      /judge "correctness" v3 take 50\d\d characters .* allows 5000/,
    );
  });
});
