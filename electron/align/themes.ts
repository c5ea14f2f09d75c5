// Failures grouped into themes: by the judge's model in one call when there is one, else by the
// experts' audit tags first and then by the distinctive terms their rationales share.
import type { Failure, Theme } from '../../shared/align';
import { terms, termSets } from './keywords';
import { parseThemeReply } from './model-replies';
import { themesRequest, type ModelRequest } from './prompts';

/** A theme before it is stored. */
export type ThemeDraft = Omit<Theme, 'id'>;

/** One call to the model alignment uses; resolves to the reply text. */
export interface AlignModel {
  ask(request: ModelRequest): Promise<string>;
}

const OTHER_THEME = 'other';

/** An audit tag carries no theme when it says only "other". */
const THEMELESS_TAG = 'other';

const draft = (theme: string, source: Theme['source'], failures: readonly Failure[]): ThemeDraft => ({
  theme,
  itemIds: failures.map((f) => f.itemId),
  itemKeys: failures.map((f) => f.key),
  source,
});

export async function groupFailures(failures: readonly Failure[], model: AlignModel | null): Promise<ThemeDraft[]> {
  if (failures.length === 0) return [];
  if (!model) return groupByTagsAndKeywords(failures);
  const grouped = parseThemeReply(await model.ask(themesRequest(failures)), failures.length);
  const themes = grouped.map(({ theme, failures: indexes }) =>
    draft(
      theme,
      'model',
      indexes.map((index) => failures[index]!),
    ),
  );
  const placed = new Set(grouped.flatMap((theme) => theme.failures));
  const leftovers = failures.filter((_, index) => !placed.has(index));
  return leftovers.length === 0 ? themes : [...themes, draft(OTHER_THEME, 'model', leftovers)];
}

/**
 * Without a model: each tagged failure under its most frequent tag ("tag: misread context"), then
 * the rest under shared rationale terms ("keyword: dosage"), what is left under "other".
 */
export function groupByTagsAndKeywords(failures: readonly Failure[]): ThemeDraft[] {
  const tagCounts = new Map<string, number>();
  for (const tag of failures.flatMap((f) => f.tags.filter((t) => t !== THEMELESS_TAG))) {
    tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  }
  const byTag = new Map<string, Failure[]>();
  const untagged: Failure[] = [];
  for (const failure of failures) {
    const tag = mostFrequent(
      failure.tags.filter((t) => t !== THEMELESS_TAG),
      tagCounts,
    );
    if (tag === null) untagged.push(failure);
    else byTag.set(tag, [...(byTag.get(tag) ?? []), failure]);
  }
  const tagThemes = [...byTag]
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
    .map(([tag, tagged]) => draft(`tag: ${tag.replace(/_/g, ' ')}`, 'tags', tagged));
  return [...tagThemes, ...groupByKeywords(untagged)];
}

function mostFrequent(tags: readonly string[], counts: Map<string, number>): string | null {
  let best: string | null = null;
  for (const tag of tags) {
    const better =
      best === null || counts.get(tag)! > counts.get(best)! || (counts.get(tag) === counts.get(best) && tag < best);
    if (better) best = tag;
  }
  return best;
}

/**
 * Greedy keyword themes: the term the most remaining rationales share (at least two) makes a theme of
 * them, ties going to the more distinctive term (higher summed tf-idf), until no term is shared.
 */
export function groupByKeywords(failures: readonly Failure[]): ThemeDraft[] {
  const texts = failures.map((f) => f.expert.rationale ?? '');
  const sets = termSets(texts);
  const weights = tfIdf(texts);
  const remaining = new Set(failures.map((_, index) => index));
  const themes: ThemeDraft[] = [];
  for (;;) {
    const covering = new Map<string, number[]>();
    for (const index of remaining) {
      for (const term of sets[index]!) covering.set(term, [...(covering.get(term) ?? []), index]);
    }
    const score = (term: string) => covering.get(term)!.reduce((sum, index) => sum + weights[index]!.get(term)!, 0);
    const best = [...covering.keys()]
      .filter((term) => covering.get(term)!.length >= 2)
      .sort(
        (a, b) => covering.get(b)!.length - covering.get(a)!.length || score(b) - score(a) || a.localeCompare(b),
      )[0];
    if (best === undefined) break;
    const members = covering.get(best)!;
    members.forEach((index) => remaining.delete(index));
    themes.push(
      draft(
        `keyword: ${best}`,
        'keywords',
        members.map((index) => failures[index]!),
      ),
    );
  }
  const rest = failures.filter((_, index) => remaining.has(index));
  return rest.length === 0 ? themes : [...themes, draft(OTHER_THEME, 'keywords', rest)];
}

/** Term frequency × inverse document frequency of each text's terms. */
function tfIdf(texts: readonly string[]): Map<string, number>[] {
  const termLists = texts.map(terms);
  const documentFrequency = new Map<string, number>();
  for (const list of termLists)
    for (const term of new Set(list)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  return termLists.map((list) => {
    const weights = new Map<string, number>();
    for (const term of list) weights.set(term, (weights.get(term) ?? 0) + 1 / list.length);
    for (const [term, tf] of weights) weights.set(term, tf * Math.log(texts.length / documentFrequency.get(term)!));
    return weights;
  });
}
