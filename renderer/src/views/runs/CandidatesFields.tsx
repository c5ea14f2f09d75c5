// The candidate models that answer each request before the judges look at the answers: one makes a run
// judging its answers, several make one run each over the same items, to compare the models.
import { useShallow } from 'zustand/react/shallow';
import { MAX_CANDIDATES } from '../../store/launch-plan';
import { modelProviders } from '../../store/slices/settings/providers';
import { useGavel } from '../../store/store-context';
import { CandidateRow } from './CandidateRow';

export function CandidatesFields() {
  const { candidates, hasProviders, add, goTo } = useGavel(
    useShallow((s) => ({
      candidates: s.runLaunch.plan.candidates,
      hasProviders: modelProviders(s.providers.view?.providers).length > 0,
      add: s.addCandidate,
      goTo: s.goTo,
    })),
  );

  return (
    <fieldset className="form-group" data-testid="run-candidates">
      <legend>Candidate models</legend>
      <p className="muted small">
        {candidates.length > 1
          ? `${candidates.length} models: one run each over the same items and judges, named after its model.`
          : 'Each item’s request goes to the model, and the judges look at its answer. Add models to compare them.'}
      </p>
      {!hasProviders && (
        <p className="muted small">
          No model provider is set up yet.{' '}
          <button type="button" className="link" onClick={() => goTo('settings')}>
            Add one in Settings
          </button>
        </p>
      )}
      {candidates.map((candidate) => (
        <CandidateRow key={candidate.rowId} candidate={candidate} removable={candidates.length > 1} />
      ))}
      <button
        type="button"
        data-testid="run-candidate-add"
        disabled={candidates.length >= MAX_CANDIDATES}
        onClick={add}
      >
        Add a model
      </button>
    </fieldset>
  );
}
