// Where reviewers disagree, on the desk's dataset: each disagreement side by side, to be settled.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useGavel } from '../../store/store-context';
import { DisagreementCard } from './DisagreementCard';

export function AdjudicationPanel() {
  const { state, datasetId, judges, load } = useGavel(
    useShallow((s) => ({
      state: s.adjudication,
      datasetId: s.reviewQueue.datasetId,
      judges: s.judges.list,
      load: s.loadAdjudication,
    })),
  );
  useEffect(() => void load(), [load, datasetId]);
  const outputTypeOf = (judge: string) =>
    judges.find((candidate) => candidate.name === judge)?.latest.outputType ?? null;
  if (datasetId === null) {
    return (
      <EmptyState>
        <p>Choose a dataset on the desk first.</p>
      </EmptyState>
    );
  }
  return (
    <div className="adjudication">
      {state.error && <ErrorAlert error={state.error} />}
      {state.loaded && state.list.length === 0 && (
        <EmptyState>
          <p>No disagreements: wherever two or more reviewers labelled the same judge, they agree.</p>
        </EmptyState>
      )}
      {state.list.map((disagreement) => (
        <DisagreementCard
          key={`${disagreement.itemId}:${disagreement.judge}`}
          disagreement={disagreement}
          outputType={outputTypeOf(disagreement.judge)}
        />
      ))}
    </div>
  );
}
