// The alignment search, step by step. Every step is stored (phase, candidates, runs, the winner and
// the sealed test's result), and each call of `advance` goes as far as it can without waiting: it
// starts the next ordinary run and returns, so the search pauses, resumes and survives its process
// like any run does, and a resumed run or a repeated prompt is answered by the cache, never paid twice.
//
// The sealed rule: themes, guidelines and examples come from development items only (search-plan),
// candidates run on development items only, and only the winner (with the from-version where it has
// no verdict) is run on the sealed test.
import type { ParsedInput } from '../../shared/contract';
import type { FewShotExample } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import { pairsOrNull, restrictPairs } from '../core/calibration-pairs';
import { insertSearch, listSearches, searchById, updateSearch, type SearchPhase } from '../db/queries/align-searches';
import { itemRefs } from '../db/queries/items';
import { judgeIdByName, judgeVersion, promoteJudgeVersion } from '../db/queries/judges';
import { itemFields } from '../runner/run-store';
import { editsOf } from './candidates';
import { itemAgreement, meanOf } from './item-agreement';
import { reliableGain, sealedTest } from './sealed-test';
import { estimateSearch, guidelinesToTry, runPlans, saveCandidates, searchBasis } from './search-plan';
import type { AlignSearchDeps, StoredCandidate, StoredSearch } from './search-types';
import { splitFor } from './split-store';
import { Mutex } from 'async-mutex';
import { GOING, searchRuns, searchSpent, searchView, STOPPED, stoppedMessage } from './search-view';

/** Run names say which search and part a run belongs to: that is how a resumed search finds its runs. */
const runName = (search: StoredSearch, part: 'development' | 'sealed test', version: number) =>
  `Align #${search.id} (${part}): ${search.judge} v${version}`;

const money = (usd: number) => `$${usd.toFixed(4)}`;

export function createAlignSearch(deps: AlignSearchDeps) {
  const { db } = deps;
  const load = (id: number): StoredSearch => {
    const found = searchById(db, id) as StoredSearch | null;
    if (!found) throw new GavelError('NOT_FOUND', `No alignment search with id ${id}.`);
    return found;
  };
  const save = (id: number, change: Parameters<typeof updateSearch>[2]) =>
    deps.writes.run(() => updateSearch(deps.writer, id, change, deps.now().toISOString()));
  const runsOf = (search: StoredSearch) => searchRuns(db, search);
  const spent = (search: StoredSearch) => searchSpent(db, search);
  const versionOf = (id: number) => judgeVersion(db, id)!;
  const view = (search: StoredSearch) => searchView(db, search);
  /** A version's pairs with the humans the search aligns to (null without verdicts). */
  const pairsOf = (search: StoredSearch, version: number) =>
    pairsOrNull(db, { judge: search.judge, version, reviewer: search.options.reviewer ?? undefined });

  /** Best mean per-item agreement on development; a tie goes to fewer edits, then to the earlier candidate. */
  function winner(search: StoredSearch): StoredCandidate | null {
    const dev = new Set(search.options.devItemIds);
    const scored = search.candidates.flatMap((candidate) => {
      const paired = pairsOf(search, candidate.version);
      const onDev = paired ? restrictPairs(paired, (id) => dev.has(id)).pairs : [];
      const mean = meanOf(onDev.map((pair) => itemAgreement(pair, paired!.outputType)));
      return mean === null ? [] : [{ candidate, mean }];
    });
    scored.sort((a, b) => b.mean - a.mean || editsOf(a.candidate) - editsOf(b.candidate));
    return scored[0]?.candidate ?? null;
  }

  /**
   * Sealed items measured: the test part now (items labelled since join it, even without a verdict of
   * the from-version, which is then run on them), minus either version's few-shot examples.
   */
  async function testItems(search: StoredSearch, chosenVersionId: number): Promise<number[]> {
    const from = versionOf(search.fromVersionId);
    const paired = pairsOf(search, from.version);
    const labelled = [...new Set(paired?.labels.map((label) => label.itemId) ?? [])].sort((a, b) => a - b);
    const split = await splitFor(deps, search.judgeId, labelled, search.options);
    const examples: FewShotExample[] = [
      ...(from.spec?.fewshot ?? []),
      ...(versionOf(chosenVersionId).spec?.fewshot ?? []),
    ];
    const exampleIds = new Set(examples.map((example) => example.itemId));
    const exampleTexts = new Set(examples.map((example) => JSON.stringify([example.request, example.response])));
    return labelled.filter((id) => {
      if (split.parts.get(id) !== 'test' || exampleIds.has(id)) return false;
      const fields = itemFields(db, id);
      return !exampleTexts.has(JSON.stringify([fields.request, fields.response]));
    });
  }

  /** The next run the search needs, or null when every run of its phase was started. */
  function nextRun(search: StoredSearch) {
    const started = new Set(runsOf(search).map((run) => `${run.name}\n${run.datasetId}`));
    const wanted =
      search.phase === 'dev'
        ? search.candidates.map((c) => ({
            versionId: c.versionId,
            version: c.version,
            itemIds: search.options.devItemIds,
            part: 'development' as const,
          }))
        : sealedRuns(search);
    for (const want of wanted) {
      const name = runName(search, want.part, want.version);
      const plan = runPlans(deps, want.versionId, want.itemIds).find((p) => !started.has(`${name}\n${p.datasetId}`));
      if (plan) return { ...plan, name };
    }
    return null;
  }

  /** The winner on the sealed items, and the from-version on those it has no verdict for. */
  function sealedRuns(search: StoredSearch) {
    const sealed = search.options.testItemIds ?? [];
    const from = versionOf(search.fromVersionId);
    const judged = pairsOf(search, from.version);
    const has = new Set(judged?.pairs.map((pair) => pair.itemId) ?? []);
    const chosen = versionOf(search.chosenVersionId!);
    return [
      { versionId: chosen.id, version: chosen.version, itemIds: sealed, part: 'sealed test' as const },
      {
        versionId: from.id,
        version: from.version,
        itemIds: sealed.filter((id) => !has.has(id)),
        part: 'sealed test' as const,
      },
    ].filter((want) => want.itemIds.length > 0);
  }

  async function pause(search: StoredSearch, message: string) {
    await save(search.id, { phase: 'paused', message });
    return [];
  }

  /** Starts the next run of the phase, or moves the search on when the phase is complete. */
  async function step(search: StoredSearch): Promise<number[]> {
    const next = nextRun(search);
    if (next) {
      const { cost } = await deps.estimateRun(next);
      const sofar = spent(search);
      if (search.budget !== null && sofar + cost > search.budget) {
        return pause(
          search,
          `Budget reached: ${money(sofar)} spent of ${money(search.budget)}, and the next run (${next.name}) would cost about ${money(cost)}. ` +
            `Resume with \`gavel align --resume ${search.id} --budget <USD>\`.`,
        );
      }
      const run = await deps.startRun(next);
      await save(search.id, { runIds: [...search.runIds, run.id], message: null });
      return [run.id];
    }
    if (search.phase === 'dev') {
      const best = winner(search);
      if (!best) {
        await save(search.id, { phase: 'failed', message: 'No candidate has a verdict on any development item.' });
        return [];
      }
      const testItemIds = await testItems(search, best.versionId);
      await save(search.id, {
        phase: 'test',
        chosenVersionId: best.versionId,
        options: { ...search.options, testItemIds },
      });
      return advanceLoaded(load(search.id));
    }
    return finish(search);
  }

  /** Measures the winner on the sealed test and promotes it only when the whole interval is above zero. */
  async function finish(search: StoredSearch): Promise<number[]> {
    const from = versionOf(search.fromVersionId);
    const chosen = versionOf(search.chosenVersionId!);
    const sealed = search.options.testItemIds ?? [];
    const refs = itemRefs(db, sealed);
    const result = sealedTest(db, {
      judge: search.judge,
      reviewer: search.options.reviewer ?? undefined,
      seed: search.options.seed,
      fromVersion: from.version,
      toVersion: chosen.version,
      itemIds: sealed,
      keys: sealed.map((id) => refs.get(id)?.key ?? `#${id}`),
    });
    const promoted = reliableGain(result);
    if (promoted) await deps.writes.run(() => promoteJudgeVersion(deps.writer, chosen.id));
    const change = result.difference.value === null ? 'no change could be measured' : describeChange(result.difference);
    const message = promoted
      ? `Promoted: v${chosen.version} is now ${search.judge}'s current version (${change} on ${sealed.length} sealed test items).`
      : `No reliable improvement: ${change} on ${sealed.length} sealed test items; v${chosen.version} is kept as a candidate and v${from.version} stays current. ` +
        `Tried ${search.candidates.length} candidate${search.candidates.length === 1 ? '' : 's'}.`;
    await save(search.id, { phase: 'done', result, message });
    return [];
  }

  async function advanceLoaded(search: StoredSearch): Promise<number[]> {
    if (search.phase === 'done' || search.phase === 'failed' || search.phase === 'paused') return [];
    const runs = runsOf(search);
    const going = runs.filter((run) => GOING.has(run.status));
    if (going.length > 0) return going.map((run) => run.id);
    const stopped = runs.find((run) => STOPPED.has(run.status));
    if (stopped) return pause(search, stoppedMessage(search, stopped));
    const failed = runs.find((run) => run.status === 'failed' || run.errors > 0);
    if (failed) {
      await save(search.id, {
        phase: 'failed',
        message: `Run #${failed.id} ended with ${failed.errors} of ${failed.total} judgments failed${failed.firstError ? ` (${failed.firstError})` : ''}: \`gavel retry-errors ${failed.id}\`, then \`gavel align --resume ${search.id}\`.`,
      });
      return [];
    }
    return step(search);
  }

  /** Resumes the search's stopped runs (a failed one is retried by `gavel retry-errors` first) and goes on. */
  async function resume(id: number, budget: number | undefined): Promise<number[]> {
    const search = load(id);
    if (search.phase === 'done') return [];
    const resumed: number[] = [];
    for (const run of runsOf(search).filter((r) => STOPPED.has(r.status)))
      resumed.push((await deps.resumeRun({ id: run.id })).id);
    const phase: SearchPhase = search.chosenVersionId === null ? 'dev' : 'test';
    await save(id, { phase, message: null, ...(budget === undefined ? {} : { budget }) });
    return resumed.length > 0 ? resumed : advanceLoaded(load(id));
  }

  async function start(input: ParsedInput<'align.start'>) {
    if (input.resume !== undefined) {
      const id = input.resume;
      const pending = await exclusive(id, () => resume(id, input.budget));
      return { search: view(load(input.resume)), estimate: null, pending };
    }
    const query = { ...input, judge: input.judge! };
    const basis = await searchBasis(deps, query);
    if (input.dryRun) return { search: null, estimate: await estimateSearch(deps, query, basis), pending: [] };
    const themes = await deps.themes({
      judge: query.judge,
      version: basis.from.version,
      itemIds: basis.dev,
      provider: input.provider,
      model: input.model,
      withoutModel: input.withoutModel,
      budget: input.budget,
      dryRun: false,
    });
    const guidelines = guidelinesToTry(deps, query.judge, basis.dev, input.acceptedOnly);
    if (guidelines.length === 0) {
      throw new GavelError(
        'INVALID_INPUT',
        `Nothing to try for ${query.judge} v${basis.from.version}: ${themes.failures} development failures gave no guideline` +
          `${input.acceptedOnly ? ' that an expert accepted (drop --accepted-only, or accept some with `gavel align accept`)' : ''}.`,
      );
    }
    const candidates = await saveCandidates(deps, basis, guidelines);
    if (candidates.length === 0) {
      throw new GavelError(
        'INVALID_INPUT',
        `Nothing new to try for ${query.judge} v${basis.from.version}: it already has every guideline to try, with the same few-shot examples.`,
      );
    }
    const id = await deps.writes.run(() =>
      insertSearch(deps.writer, {
        judgeId: basis.from.judgeId,
        fromVersionId: basis.from.id,
        options: {
          seed: input.seed,
          testShare: basis.split.testShare,
          reviewer: input.reviewer ?? null,
          acceptedOnly: input.acceptedOnly,
          themesCost: themes.cost ?? 0,
          devItemIds: basis.dev,
        },
        themes: themes.themes.map((theme) => ({ theme: theme.theme, items: theme.itemKeys })),
        candidates,
        budget: input.budget ?? null,
        now: deps.now().toISOString(),
      }),
    );
    const pending = await exclusive(id, () => advanceLoaded(load(id)));
    return { search: view(load(id)), estimate: null, pending };
  }

  // One step of a search at a time in this process: the view and a caller resuming at once would
  // otherwise both see the same run missing and start it twice.
  const steps = new Map<number, Mutex>();
  function exclusive<T>(id: number, advance: () => Promise<T>): Promise<T> {
    let mutex = steps.get(id);
    if (!mutex) steps.set(id, (mutex = new Mutex()));
    return mutex.runExclusive(advance);
  }

  return {
    'align.start': start,
    'align.get': ({ id }: ParsedInput<'align.get'>) => view(load(id)),
    'align.list': ({ judge }: ParsedInput<'align.list'>) =>
      (listSearches(db, judge === undefined ? null : judgeIdByName(db, judge)) as StoredSearch[]).map(view),
  };
}

function describeChange({ value, ci }: { value: number | null; ci: [number | null, number | null] }) {
  const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(3)}`;
  const interval = ci[0] === null || ci[1] === null ? '' : ` (95% CI ${signed(ci[0])} to ${signed(ci[1])})`;
  return `agreement ${signed(value!)}${interval}`;
}
