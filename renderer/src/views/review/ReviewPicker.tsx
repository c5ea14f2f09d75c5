// Which dataset (and optionally which labelling session, which brings its dataset) the desk works on.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Field } from '../../components/Field';
import { useGavel } from '../../store/store-context';

export function ReviewPicker() {
  const { datasets, sessions, datasetId, session, chooseDataset, chooseSession, refreshSessions } = useGavel(
    useShallow((s) => ({
      datasets: s.workspace.datasets,
      sessions: s.sessions.list,
      datasetId: s.reviewQueue.datasetId,
      session: s.reviewQueue.session,
      chooseDataset: s.chooseReviewDataset,
      chooseSession: s.chooseReviewSession,
      refreshSessions: s.refreshSessions,
    })),
  );
  useEffect(() => void refreshSessions(), [refreshSessions]);

  return (
    <div className="form-row review-picker">
      <Field label="Dataset">
        <select
          data-testid="review-dataset"
          value={datasetId ?? ''}
          onChange={(event) => void chooseDataset(event.target.value ? Number(event.target.value) : null)}
        >
          <option value="">— choose —</option>
          {datasets.map((dataset) => (
            <option key={dataset.id} value={dataset.id}>
              {dataset.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Session">
        <select
          data-testid="review-session"
          value={session?.id ?? ''}
          onChange={(event) => void chooseSession(event.target.value ? Number(event.target.value) : null)}
        >
          <option value="">No session (the whole dataset)</option>
          {sessions.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name} · {candidate.dataset}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
