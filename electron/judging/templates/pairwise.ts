// Gavel's rubric for choosing between two responses to the same request, asked twice with the
// positions swapped (evaluate.ts) so that a preference for a position cannot pass as a verdict.
import { llmTemplate, type JudgeTemplate } from './define';

export const PAIRWISE_TEMPLATES: JudgeTemplate[] = [
  llmTemplate({
    name: 'pairwise_preference',
    family: 'pairwise',
    mode: 'pairwise',
    outputType: { kind: 'categories', categories: ['A', 'B', 'tie'] },
    description: 'Which of two responses to the same request is better: A, B or tie (asked in both orders).',
    requires: [['request']],
    instructions: [
      'Task: compare two candidate responses, {{response}}, to {{request}} and decide which is better.',
      'Better means, in this order of importance: answers what was asked more accurately, follows the instructions in the request more closely, and is clearer. If {{expected_response}} is provided, treat it as the reference for accuracy. Length counts only where it helps or hinders the reader.',
      'Answer "A" if [response_a] is better, "B" if [response_b] is better, and "tie" if neither is meaningfully better.',
    ].join('\n'),
  }),
];
