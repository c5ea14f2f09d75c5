// One proposed guideline per theme, with the experts' rationales it came from: written by the model
// in one call when there is one, else the theme's most representative rationale quoted. The expert
// sees each as a diff of the judge's instructions with just that guideline applied.
import type { Failure, Proposal } from '../../shared/align';
import type { ProposalRow } from '../db/queries/align-proposals';
import { applyGuidelines, instructionDiff } from './guidelines';
import { termSets } from './keywords';
import { parseGuidelineReply } from './model-replies';
import { proposalsRequest } from './prompts';
import type { AlignModel, ThemeDraft } from './themes';

export interface ProposalDraft {
  guideline: string;
  rationales: { itemKey: string; text: string }[];
}

/** A quoted rationale longer than this is cut: a guideline is one bullet of the rubric. */
const QUOTE_LIMIT = 300;

/** The rationale sharing the most terms with the others (the first such on a tie); null for none. */
export function representativeRationale(texts: readonly string[]): string | null {
  const sets = termSets(texts);
  let best: string | null = null;
  let bestShared = -1;
  for (const [index, text] of texts.entries()) {
    const mine = sets[index]!;
    const shared = sets.reduce(
      (sum, other, at) => (at === index ? sum : sum + [...mine].filter((t) => other.has(t)).length),
      0,
    );
    if (shared > bestShared) {
      best = text;
      bestShared = shared;
    }
  }
  return best;
}

/** Without a model: what the experts noted, in their words, e.g. `When judging, remember what experts noted on 4 items: "…"`. */
export function quotedGuideline(theme: ThemeDraft, rationales: readonly string[]): string {
  const count = theme.itemIds.length;
  const noted = (representativeRationale(rationales) ?? theme.theme).replace(/\s+/g, ' ').trim();
  const quote = noted.length <= QUOTE_LIMIT ? noted : `${noted.slice(0, QUOTE_LIMIT - 1)}…`;
  return `When judging, remember what experts noted on ${count} ${count === 1 ? 'item' : 'items'}: "${quote}"`;
}

export async function proposeGuidelines(
  themes: readonly ThemeDraft[],
  failures: readonly Failure[],
  instructions: string,
  model: AlignModel | null,
): Promise<ProposalDraft[]> {
  const byItem = new Map(failures.map((failure) => [failure.itemId, failure]));
  const rationalesOf = themes.map((theme) =>
    theme.itemIds.flatMap((itemId) => {
      const text = byItem.get(itemId)?.expert.rationale;
      return text ? [{ itemKey: byItem.get(itemId)!.key, text }] : [];
    }),
  );
  const written =
    model && themes.length > 0
      ? parseGuidelineReply(
          await model.ask(
            proposalsRequest(
              instructions,
              themes.map((theme, index) => ({
                theme: theme.theme,
                rationales: rationalesOf[index]!.map((r) => r.text),
              })),
            ),
          ),
          themes.length,
        )
      : new Map<number, string>();
  return themes.map((theme, index) => {
    const rationales = rationalesOf[index]!;
    // A theme the model left out still gets a guideline: the experts' own words.
    const guideline =
      written.get(index) ??
      quotedGuideline(
        theme,
        rationales.map((r) => r.text),
      );
    return { guideline, rationales };
  });
}

/** A stored proposal as the expert sees it: the diff shows the edited wording once there is one. */
export function proposalView(row: ProposalRow): Proposal {
  const guideline = row.edited ?? row.guideline;
  return {
    id: row.id,
    themeId: row.themeId,
    theme: row.theme,
    guideline: row.guideline,
    edited: row.edited,
    status: row.status,
    rationales: row.rationales,
    diff: instructionDiff(row.instructions, applyGuidelines(row.instructions, [guideline])),
  };
}
