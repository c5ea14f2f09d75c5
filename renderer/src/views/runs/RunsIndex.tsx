// Every run, the way to launch one, and two runs side by side.
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useGavel } from '../../store/store-context';
import { RunComparePanel } from './RunComparePanel';
import { RunLaunchForm } from './RunLaunchForm';
import { RunsList } from './RunsList';

export function RunsIndex() {
  const { launching, error, openLaunch, dismiss } = useGavel(
    useShallow((s) => ({
      launching: s.runLaunch.open,
      error: s.runs.error,
      openLaunch: s.openLaunch,
      dismiss: s.dismissRunsError,
    })),
  );
  return (
    <section className="page">
      <div className="page-header">
        <h1>Runs</h1>
        <button type="button" className="primary" data-testid="run-launch" disabled={launching} onClick={openLaunch}>
          New run…
        </button>
      </div>
      {error && <ErrorAlert error={error} onDismiss={dismiss} />}
      {launching && <RunLaunchForm />}
      <RunsList />
      <RunComparePanel />
    </section>
  );
}
