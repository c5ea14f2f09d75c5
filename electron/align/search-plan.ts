// The start of a search, before any run: the judge version to improve, its split, the themes and
// guidelines drawn from development failures only, and the candidate versions to try, or (on a dry
// run) what all of it would cost.
import { MIN_SEALED_ITEMS, type AlignSearchEstimate, type SplitPart } from '../../shared/align-search';
import type { ParsedInput } from '../../shared/contract';
import type { FewShotExample, JudgeSpec } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import { suggestExamples } from '../core/calibration-stats';
import { restrictPairs } from '../core/calibration-pairs';
import { promptedSpec } from '../core/fewshot-sets';
import { judgePairs, type JudgePairs } from '../core/judge-pairs';
import { judgeProposals } from '../db/queries/align-proposals';
import { itemRefs } from '../db/queries/items';
import { judgeVersion } from '../db/queries/judges';
import { groupBy } from '../../shared/group-by';
import { candidatePlans, type ExampleSet } from './candidates';
import { loadFailures } from './failures';
import { splitFor } from './split-store';
import type { AlignSearchDeps, StoredCandidate } from './search-types';
import { groupFailures } from './themes';
import { applyGuidelines } from './guidelines';
import { estimateRun } from '../runner/estimate';

/** Suggested development examples: as many as calibration suggests by default. */
const EXAMPLES = { maxExamples: 5, tokenBudget: 2_000 };

type StartInput = ParsedInput<'align.start'> & { judge: string };

/** The labelled items of each part, the version to start from and its pairs. */
export async function searchBasis(deps: AlignSearchDeps, input: StartInput) {
  const paired = judgePairs(deps.db, { judge: input.judge, version: input.version, reviewer: input.reviewer });
  const from = promptedSpec(judgeVersion(deps.db, paired.versionId)!);
  const name = `${input.judge} v${from.version}`;
  const labelled = paired.pairs.map((pair) => pair.itemId);
  if (labelled.length < 2) {
    throw new GavelError(
      'INVALID_INPUT',
      `${name} has ${labelled.length} labelled item${labelled.length === 1 ? '' : 's'} with a verdict: an alignment needs development and sealed test items.`,
    );
  }
  const split = await splitFor(deps, from.judgeId, labelled, { seed: input.seed, testShare: input.testShare });
  const part = (wanted: SplitPart) => labelled.filter((id) => split.parts.get(id) === wanted);
  const [dev, test] = [part('dev'), part('test')];
  if (dev.length === 0 || test.length === 0) {
    throw new GavelError(
      'INVALID_INPUT',
      `${name}'s ${labelled.length} labelled items are all in its ${dev.length === 0 ? 'sealed test' : 'development'} part: label more items.`,
    );
  }
  return { paired, from, dev, test, split };
}

type Basis = Awaited<ReturnType<typeof searchBasis>>;

/** The two few-shot sets: the judge's current examples (none from the sealed test) and development disagreements. */
export function fewShotSets(deps: AlignSearchDeps, basis: Basis): Record<ExampleSet, FewShotExample[]> {
  const dev = new Set(basis.dev);
  const sealed = (example: FewShotExample) =>
    example.itemId !== null && basis.split.parts.get(example.itemId) === 'test';
  const developmentPairs: JudgePairs = restrictPairs(basis.paired, (id) => dev.has(id));
  return {
    current: basis.from.spec.fewshot.filter((example) => !sealed(example)),
    development: suggestExamples(deps.db, developmentPairs, EXAMPLES),
  };
}

/** Guidelines to try: proposals built from development failures only, never rejected ones. */
export function guidelinesToTry(deps: AlignSearchDeps, judge: string, dev: readonly number[], acceptedOnly: boolean) {
  const inDev = new Set(dev);
  return judgeProposals(deps.db, judge)
    .filter((p) => p.status !== 'rejected' && (!acceptedOnly || p.status === 'accepted'))
    .filter((p) => p.itemIds.length > 0 && p.itemIds.every((id) => inDev.has(id)))
    .map((p) => p.edited ?? p.guideline);
}

/** Saves each candidate version (set aside as a candidate); the from-version itself is no candidate. */
export async function saveCandidates(
  deps: AlignSearchDeps,
  basis: Basis,
  guidelines: readonly string[],
): Promise<StoredCandidate[]> {
  const saved = new Map<number, StoredCandidate>();
  for (const plan of candidatePlans(basis.from.spec, guidelines, fewShotSets(deps, basis))) {
    const { version } = await deps.saveJudge({ name: basis.from.judge, spec: plan.spec, candidate: true });
    if (version.id === basis.from.id || saved.has(version.id)) continue;
    saved.set(version.id, {
      versionId: version.id,
      version: version.version,
      guidelines: plan.guidelines,
      examples: plan.examples,
    });
  }
  return [...saved.values()];
}

/** The ordinary runs' plans for a version on some items: one per dataset. */
export function runPlans(deps: AlignSearchDeps, versionId: number, itemIds: readonly number[]) {
  const refs = [...itemRefs(deps.db, itemIds).values()];
  return [...groupBy(refs, (ref) => ref.datasetId)].map(([datasetId, inDataset]) => ({
    datasetId,
    judgeVersionIds: [versionId],
    selection: { kind: 'keys' as const, keys: inDataset.map((ref) => ref.key).sort() },
    onlyComplete: false,
  }));
}

const sumOrNull = (values: readonly (number | null)[]) =>
  values.some((v) => v === null) ? null : values.reduce<number>((sum, v) => sum + v!, 0);

/** What the search would cost: themes by the model, every candidate on development, the winner on test. */
export async function estimateSearch(
  deps: AlignSearchDeps,
  input: StartInput,
  basis: Basis,
): Promise<AlignSearchEstimate> {
  const failures = loadFailures(deps.db, { judge: input.judge, version: basis.from.version, itemIds: basis.dev });
  const themes = await deps.themes({
    judge: input.judge,
    version: basis.from.version,
    itemIds: basis.dev,
    provider: input.provider,
    model: input.model,
    withoutModel: input.withoutModel,
    dryRun: true,
  });
  // Without calling the model, grouping by tags and keywords tells about how many themes there are.
  const drafts = await groupFailures(failures.failures, null);
  const decided = guidelinesToTry(deps, input.judge, basis.dev, input.acceptedOnly).length;
  const guidelines = input.acceptedOnly ? decided : Math.max(decided, drafts.length);
  const sets = fewShotSets(deps, basis).development.length > 0 ? 2 : 1;
  const candidates = (guidelines + (guidelines > 1 ? 1 : 0)) * sets;
  // A candidate's prompt: the instructions with guidelines (the themes stand in for them) and examples.
  const representative: JudgeSpec = {
    ...basis.from.spec,
    instructions: applyGuidelines(
      basis.from.spec.instructions,
      drafts.map((draft) => draft.theme),
    ),
    fewshot: fewShotSets(deps, basis).development,
  };
  const provider = representative.provider;
  const costOf = (itemIds: readonly number[], spec: JudgeSpec) => {
    const estimate = estimateRun(deps.db, {
      itemIds: [...itemIds],
      specs: [spec],
      providers: new Map(provider ? [[provider, deps.registry.get(provider)]] : []),
      prices: deps.registry.prices(),
    });
    return estimate.unpricedModels.length > 0 ? null : estimate.cost;
  };
  const [dev, test] = [costOf(basis.dev, representative), costOf(basis.test, representative)];
  const runs = dev === null || test === null ? null : dev * candidates + test;
  const themesCost = themes.estimate === null ? 0 : themes.estimate.usd;
  return {
    judge: input.judge,
    fromVersion: basis.from.version,
    devItems: basis.dev.length,
    testItems: basis.test.length,
    failures: failures.failures.length,
    candidates,
    themes: themesCost,
    runs,
    total: sumOrNull([themesCost, runs]),
    warning:
      basis.test.length < MIN_SEALED_ITEMS
        ? `Only ${basis.test.length} sealed test item${basis.test.length === 1 ? '' : 's'}: even a version right on every one ` +
          `the current version gets wrong could not be shown better (that takes at least ${MIN_SEALED_ITEMS}). Label more items first.`
        : null,
  };
}
