// The handlers of alignment's themes and proposals: group a judge's failures (estimate first, refuse
// over budget), propose a guideline per theme, store both, and record the expert's decisions.
import type { AlignCostEstimate, AlignThemesResult, Proposal } from '../../shared/align';
import type { ParsedInput } from '../../shared/contract';
import type { ProviderConfig } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import { createAlignModel, estimateAlignCost } from '../align/align-model';
import { loadFailures } from '../align/failures';
import { developmentPart } from '../align/split-store';
import { proposalView, proposeGuidelines } from '../align/proposals';
import { groupFailures } from '../align/themes';
import { decideProposal, judgeProposals, proposalsById, replaceThemes } from '../db/queries/align-proposals';
import type { Workspace } from '../db/open-workspace';
import type { Provider } from '../providers/types';
import { priceFor } from '../runner/prices';
import { cachedResponse, storeResponse } from '../runner/response-cache';
import type { ProviderRegistry } from './provider-registry';
import type { WriteQueue } from './write-queue';

export interface AlignHandlerDeps {
  workspace: Workspace;
  writes: WriteQueue;
  registry: ProviderRegistry;
  providerFor: (config: ProviderConfig) => Promise<Provider>;
  now: () => Date;
}

/** Refuses, before any call, a grouping whose estimate is over the budget or cannot be priced. */
function keepBudget(model: string, failures: number, estimate: AlignCostEstimate, budget: number): void {
  if (estimate.usd === null) {
    throw new GavelError(
      'INVALID_INPUT',
      `No price is known for model "${model}", so the budget cannot be kept: add its price in Settings > Prices, or leave the budget out.`,
    );
  }
  if (estimate.usd > budget) {
    throw new GavelError(
      'INVALID_INPUT',
      `Grouping ${failures} failures with ${model} may cost up to $${estimate.usd.toFixed(4)}, over the budget of $${budget.toFixed(4)}. Nothing was sent.`,
    );
  }
}

const DECISIONS = { accept: 'accepted', reject: 'rejected', edit: 'accepted' } as const;

export function createAlignHandlers(deps: AlignHandlerDeps) {
  const db = deps.workspace.reader;

  /** The provider and model to ask: the input's, else the judge's own; null when there is none. */
  function target(input: ParsedInput<'align.themes'>, spec: { provider: string | null; model: string | null } | null) {
    if (input.withoutModel) return null;
    const providerId = input.provider ?? spec?.provider ?? null;
    const model = input.model ?? spec?.model ?? null;
    if (providerId === null) return null;
    const config = deps.registry.get(providerId);
    if (config.kind === 'heuristic') return null;
    if (model === null) throw new GavelError('INVALID_INPUT', `Name the model to ask on provider "${providerId}".`);
    return { config, model, price: priceFor(model, deps.registry.prices()) };
  }

  async function themes(input: ParsedInput<'align.themes'>): Promise<AlignThemesResult> {
    const itemIds =
      input.itemIds ??
      (await developmentPart(
        { db, writer: deps.workspace.writer, writes: deps.writes, now: deps.now },
        input,
        !input.dryRun,
      ));
    const loaded = loadFailures(db, { ...input, itemIds });
    const instructions = loaded.spec?.instructions ?? '';
    const asked = loaded.failures.length === 0 ? null : target(input, loaded.spec);
    const estimate = asked ? estimateAlignCost(loaded.failures, instructions, asked.price) : null;
    const base = { judge: loaded.judge, version: loaded.version, failures: loaded.failures.length, estimate };
    if (asked && input.budget !== undefined) keepBudget(asked.model, loaded.failures.length, estimate!, input.budget);
    if (input.dryRun) return { ...base, themes: [], proposals: [], cost: 0 };

    const model = asked
      ? createAlignModel({
          provider: await deps.providerFor(asked.config),
          config: asked.config,
          model: asked.model,
          price: asked.price,
          lookupCache: (key) => cachedResponse(db, key),
          storeCache: (entries) =>
            deps.writes.run(() => {
              for (const { key, response } of entries) {
                storeResponse(deps.workspace.writer, key, response, deps.now().toISOString());
              }
            }),
        })
      : null;
    const drafts = await groupFailures(loaded.failures, model);
    const proposed = await proposeGuidelines(drafts, loaded.failures, instructions, model);
    const ids = await deps.writes.run(() =>
      replaceThemes(
        deps.workspace.writer,
        loaded.versionId,
        drafts.map((theme, index) => ({ ...theme, ...proposed[index]! })),
        deps.now().toISOString(),
      ),
    );
    const rows = proposalsById(db, ids);
    return {
      ...base,
      themes: rows.map((row) => ({
        id: row.themeId,
        theme: row.theme,
        itemIds: row.itemIds,
        itemKeys: row.itemKeys,
        source: row.source,
      })),
      proposals: rows.map(proposalView),
      cost: asked?.price === null ? null : (model?.spent() ?? 0),
    };
  }

  return {
    'align.themes': themes,
    'align.proposals': ({ judge }: ParsedInput<'align.proposals'>): Proposal[] =>
      judgeProposals(db, judge).map(proposalView),
    'align.decide': async ({ proposalId, decision, text }: ParsedInput<'align.decide'>): Promise<Proposal> => {
      const edited = decision === 'edit' ? text!.replace(/\s+/g, ' ').trim() : null;
      const found = await deps.writes.run(() =>
        decideProposal(
          deps.workspace.writer,
          { id: proposalId, status: DECISIONS[decision], edited },
          deps.now().toISOString(),
        ),
      );
      if (!found) throw new GavelError('NOT_FOUND', `No proposal with id ${proposalId}.`);
      return proposalView(proposalsById(db, [proposalId])[0]!);
    },
  };
}
