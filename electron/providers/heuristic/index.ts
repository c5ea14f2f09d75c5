// Offline scorers: no network, no key. Each is a pure function of the item and the judge's options.
import type { ItemFields } from '../../../shared/domain';
import type { HeuristicScorer, VerdictResult } from '../../../shared/judging';
import { ari, fleschKincaidGrade } from './readability';
import { exactMatch, factsCoverage, rougeL, tokenF1 } from './reference-scorers';
import { contains, length, regex } from './text-checks';
import { failed, ScorerInputError, type Scorer, type ScorerOptions } from './verdict';

const SCORERS: Record<HeuristicScorer, Scorer> = {
  exact_match: exactMatch,
  token_f1: tokenF1,
  rouge_l: rougeL,
  facts_coverage: factsCoverage,
  contains,
  regex,
  length,
  flesch_kincaid_grade: fleschKincaidGrade,
  ari,
};

/**
 * Scores an item. `pass` follows the options: `threshold` for the 0..1 similarity scores (pass at or
 * above it), `min` / `max` for length and readability grades, the check itself for exact_match,
 * contains and regex; null when there is nothing to pass.
 */
export function scoreHeuristic(scorer: HeuristicScorer, item: ItemFields, options: ScorerOptions = {}): VerdictResult {
  try {
    return SCORERS[scorer](item, options);
  } catch (error) {
    if (error instanceof ScorerInputError) return failed(`${scorer}: ${error.message}`);
    throw error;
  }
}
