// Offline scorers offered as templates. Overlap and readability scores run from 0 to 1 (or a grade
// level) with no pass threshold: what counts as good enough depends on the data, so the user sets it.
import { heuristicTemplate, PASS_FAIL, type JudgeTemplate } from './define';

const unit = { kind: 'scale', min: 0, max: 1, passThreshold: null } as const;
/** US school grade levels; texts can score outside this range, the bounds frame the display. */
const gradeLevels = { kind: 'scale', min: 0, max: 20, passThreshold: null } as const;

export const HEURISTIC_TEMPLATES: JudgeTemplate[] = [
  heuristicTemplate({
    scorer: 'exact_match',
    outputType: PASS_FAIL,
    greaterIsBetter: true,
    description: 'Does the response equal the expected response (after normalizing case and whitespace)?',
  }),
  heuristicTemplate({
    scorer: 'token_f1',
    outputType: unit,
    greaterIsBetter: true,
    description: 'Token overlap F1 between the response and the expected response (0–1).',
  }),
  heuristicTemplate({
    scorer: 'rouge_l',
    outputType: unit,
    greaterIsBetter: true,
    description: 'ROUGE-L: longest common subsequence F-measure against the expected response (0–1).',
  }),
  heuristicTemplate({
    scorer: 'facts_coverage',
    outputType: unit,
    greaterIsBetter: true,
    description: 'Share of the expected facts found in the response (0–1).',
  }),
  heuristicTemplate({
    scorer: 'flesch_kincaid_grade',
    outputType: gradeLevels,
    greaterIsBetter: false,
    description: 'Flesch–Kincaid grade level of the response: the school grade needed to read it (lower is easier).',
  }),
  heuristicTemplate({
    scorer: 'ari',
    outputType: gradeLevels,
    greaterIsBetter: false,
    description: 'Automated Readability Index of the response, as a grade level (lower is easier).',
  }),
];
