// A few-shot example built from a reviewed item: the item's material as the judge saw it, the
// verdict the humans gave (in its one stored form, so its pass follows the judge's own rule), and
// the expert's (or the curator's) rationale as the justification.
import type Database from 'better-sqlite3';
import type { LabelValue } from '../../shared/review';
import type { FewShotExample } from '../../shared/judging';
import { canonicalValue, type Polarity } from '../../shared/verdict-value';
import { itemFields } from '../runner/run-store';

export function reviewedExample(
  db: Database.Database,
  source: { itemId: number; labelId: number },
  given: LabelValue,
  rationale: string,
  polarity: Polarity,
): FewShotExample {
  const item = itemFields(db, source.itemId);
  const verdict = canonicalValue(given, polarity);
  return {
    request: item.request,
    response: item.response,
    expected_response: item.expected_response,
    context: item.retrieved_context?.map((chunk) => chunk.content).join('\n\n') ?? null,
    score: verdict.score,
    label: verdict.label,
    pass: verdict.pass,
    justification: rationale.trim(),
    itemId: source.itemId,
    labelId: source.labelId,
  };
}
