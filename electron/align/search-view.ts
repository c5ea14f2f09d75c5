// How a stored search reads: its runs, what it spent, and the view the CLI and the Align view show.
import type Database from 'better-sqlite3';
import type { AlignSearchView } from '../../shared/align';
import type { RunSummary } from '../../shared/contract';
import { judgeVersion } from '../db/queries/judges';
import { runSummary } from '../runner/run-store';
import { describePlan } from './candidates';
import type { StoredSearch } from './search-types';

export const GOING = new Set<RunSummary['status']>(['pending', 'running']);
export const STOPPED = new Set<RunSummary['status']>(['paused', 'interrupted', 'cancelled']);

export const stoppedMessage = (search: StoredSearch, run: RunSummary) =>
  `Run #${run.id} is ${run.status}${run.message ? ` (${run.message})` : ''}. ` +
  `Resume with \`gavel align --resume ${search.id}\`.`;

export const searchRuns = (db: Database.Database, search: StoredSearch) =>
  search.runIds.flatMap((id) => runSummary(db, id) ?? []);

/** What the search spent: grouping the themes, then its runs. */
export const searchSpent = (db: Database.Database, search: StoredSearch) =>
  search.options.themesCost + searchRuns(db, search).reduce((sum, run) => sum + run.cost, 0);

export function searchView(db: Database.Database, search: StoredSearch): AlignSearchView {
  const runs = searchRuns(db, search);
  const chosen = search.chosenVersionId === null ? null : judgeVersion(db, search.chosenVersionId)!;
  const stopped = runs.find((run) => STOPPED.has(run.status));
  const status =
    search.phase === 'done' || search.phase === 'failed' || search.phase === 'paused'
      ? search.phase
      : stopped
        ? 'paused'
        : 'running';

  return {
    id: search.id,
    judge: search.judge,
    from_version: judgeVersion(db, search.fromVersionId)!.version,
    to_version: chosen?.version ?? null,
    themes: search.themes,
    candidates: search.candidates.length,
    test: search.result,
    promoted: chosen !== null && search.phase === 'done' && !chosen.candidate,
    cost: searchSpent(db, search),
    status,
    phase: search.phase,
    // A run stopped from outside (Ctrl-C, a provider the runner gave up on) says so before a step notices.
    message: search.message ?? (status === 'paused' && stopped ? stoppedMessage(search, stopped) : null),
    tried: search.candidates.map(describePlan),
  };
}
