// The alignment search's channels before the search itself is part of this build: no search has
// been made, and starting or reading one says it is not available, in plain words. The search's own
// handlers replace this module.
import type { AlignSearchView } from '../../shared/align';
import { GavelError } from '../../shared/result';

const notHere = (): never => {
  throw new GavelError('UNAVAILABLE', 'The alignment search is not part of this build of Gavel yet.');
};

export function createPendingAlignSearchHandlers() {
  return {
    'align.start': notHere,
    'align.get': notHere,
    'align.list': (..._args: unknown[]): AlignSearchView[] => [],
  };
}
