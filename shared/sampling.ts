// How a labelling session drew its items, recorded when it is created: an estimate over a whole
// dataset may only use labels whose items were drawn at random (each weighted by the inverse of its
// chance of being drawn), never items chosen because they looked hard.
export type SessionSampling =
  | { kind: 'all' }
  | { kind: 'random'; seed: number }
  /** Per-verdict strata of a judge; each item's own inclusion probability is kept with the item. */
  | { kind: 'stratified'; judge: string; seed: number; inclusion: Record<string, number> }
  | { kind: 'hardest_first' }
  /** Items picked by a queue filter: chosen, not drawn. */
  | { kind: 'filtered' };

/** Whether labels of a session with this sampling are a random sample of its dataset. */
export const isRandomSampling = (sampling: SessionSampling): boolean =>
  sampling.kind === 'all' || sampling.kind === 'random' || sampling.kind === 'stratified';
