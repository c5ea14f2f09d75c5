// A pairwise run's verdicts A and B stand for the two runs whose answers it compared: their names.
import type { RunDetail, RunSummary } from '../../../../shared/contract';

export type PairwiseSides = Record<'A' | 'B', string>;

/** The names of a pairwise run's two runs, or null for any other run. */
export function pairwiseSides(run: Pick<RunDetail, 'pairwise'>, runs: RunSummary[]): PairwiseSides | null {
  if (!run.pairwise) return null;
  const nameOf = (id: number) => runs.find((candidate) => candidate.id === id)?.name ?? `run #${id}`;
  return { A: nameOf(run.pairwise.runA), B: nameOf(run.pairwise.runB) };
}
