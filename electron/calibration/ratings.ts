// One reviewer's label for one item: the input of the human–human statistics, where reviewers may
// have rated different items.
import type { Label } from './labels';

export interface Rating<L extends Label> {
  item: string;
  reviewer: string;
  label: L;
}

/** Ratings grouped by a key, in first-seen order. */
export function groupRatings<L extends Label>(
  ratings: readonly Rating<L>[],
  key: (rating: Rating<L>) => string,
): Map<string, Rating<L>[]> {
  const groups = new Map<string, Rating<L>[]>();
  for (const rating of ratings) {
    const group = groups.get(key(rating));
    if (group) group.push(rating);
    else groups.set(key(rating), [rating]);
  }
  return groups;
}
