// Gavel's rubrics for the criteria of MLflow's genai metrics: 1–5 scales, passing at 4.
import { scaleTemplate, type JudgeTemplate } from './define';

const family = 'mlflow';
const passThreshold = 4;

export const MLFLOW_TEMPLATES: JudgeTemplate[] = [
  scaleTemplate({
    name: 'answer_similarity',
    family,
    passThreshold,
    description: 'How closely the response means the same as the reference answer (1–5).',
    requires: [['response'], ['expected_response']],
    criterion: [
      'Rate how closely {{response}} conveys the same meaning as {{expected_response}}, the reference answer written for {{request}}.',
      'Compare meaning, not wording: paraphrase, reordering and different formatting are not differences.',
      'Do not decide whether either text is true; the reference is the yardstick. List the points the reference makes and check each against the response before you score.',
    ].join('\n'),
    levels: [
      'Unrelated: the response shares no substantive point with the reference, or asserts the opposite of it.',
      'Slight overlap: a secondary point matches, but the central point of the reference is absent or contradicted.',
      'Partial: the central point matches, but other important points are absent, altered, or mixed with claims the reference does not make.',
      'Close: every important point of the reference is conveyed; only minor details are absent, altered or added.',
      'Equivalent: the response says what the reference says, with nothing of substance absent, altered or added.',
    ],
  }),
  scaleTemplate({
    name: 'answer_correctness',
    family,
    passThreshold,
    description: 'Whether the response answers the request correctly, judged against the reference answer (1–5).',
    requires: [['response'], ['expected_response']],
    criterion: [
      'Rate how correctly {{response}} answers {{request}}, taking {{expected_response}} as the known-correct answer.',
      'A claim that conflicts with the reference is an error. Correct detail beyond the reference is not an error, but it cannot make up for a wrong or missing central point. Judge facts and conclusions, not style.',
    ].join('\n'),
    levels: [
      'Wrong: the central answer is incorrect, contradicts the reference, or the question is not answered at all.',
      'Mostly wrong: some statements are correct, but the central answer is wrong or missing.',
      'Partly correct: the central answer is right, but an important part is wrong, missing, or stated without the qualification the reference makes.',
      'Correct with minor flaws: right on every important point; a small detail is imprecise or left out.',
      'Fully correct: agrees with the reference on every point that matters and asserts nothing that conflicts with it.',
    ],
  }),
  scaleTemplate({
    name: 'answer_relevance',
    family,
    passThreshold,
    description: 'How directly and completely the response addresses the request, regardless of correctness (1–5).',
    requires: [['request'], ['response']],
    criterion: [
      'Rate how directly and completely {{response}} addresses {{request}}.',
      'Judge whether the response is about what was asked and answers it; do not judge whether it is true.',
      'Material that does not serve the request (digressions, boilerplate, answers to other questions) lowers the score.',
    ].join('\n'),
    levels: [
      'Off topic: the response does not address the request.',
      'Barely relevant: it touches the topic but does not answer what was asked, or is mostly filler.',
      'Partly relevant: it answers part of the request, or answers it amid a large amount of unrelated material.',
      'Relevant: it answers the request, with a little unrelated material or a minor part of the request left unaddressed.',
      'Fully relevant: every part of the request is addressed and every part of the response serves it.',
    ],
  }),
  scaleTemplate({
    name: 'relevance',
    family,
    passThreshold,
    description: 'How well the response answers the request using the retrieved context (1–5).',
    requires: [['request'], ['response'], ['retrieved_context']],
    criterion: [
      'Rate how well {{response}} answers {{request}} by drawing on {{retrieved_context}}.',
      'A relevant response addresses what was asked and uses what the context says about it. It loses points for leaving out context that bears on the request, for ignoring the request, and for material that neither the request nor the context calls for. Do not judge facts the context does not cover.',
    ].join('\n'),
    levels: [
      'The response addresses neither the request nor the context.',
      'The response touches the topic but neither answers the request nor uses the relevant information in the context.',
      'The response answers part of the request, or answers it while ignoring relevant information the context provides.',
      'The response answers the request using the relevant context, with a minor gap or digression.',
      'The response answers the request fully, drawing on all the relevant information in the context and nothing off topic.',
    ],
  }),
  scaleTemplate({
    name: 'faithfulness',
    family,
    passThreshold,
    description: 'Whether every claim in the response is supported by the retrieved context (1–5).',
    requires: [['response'], ['retrieved_context']],
    criterion: [
      'Rate how faithful {{response}} is to {{retrieved_context}}: whether each of its claims is supported by that context.',
      'Use the context as the only evidence. A claim that is true in the world but absent from the context is unsupported; a claim that states more than the context does (a firmer conclusion, a number it does not give) is unsupported. Whether the response answers {{request}} well is not part of this rating. Sentences that make no factual claim, such as greetings or "I could not find that", are neutral.',
      'List the claims and mark each supported, unsupported or contradicted before you score.',
    ].join('\n'),
    levels: [
      'Unfaithful: most claims are unsupported, or a central claim contradicts the context.',
      'Largely unfaithful: several important claims are unsupported or contradicted, though some are supported.',
      'Mixed: the central claims are supported, but at least one notable claim is unsupported or overstates the context.',
      'Faithful with a minor lapse: every substantive claim is supported; one minor detail goes slightly beyond the context.',
      'Fully faithful: every claim is supported by the context and nothing contradicts it.',
    ],
  }),
];
