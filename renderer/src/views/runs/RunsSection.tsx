// The Runs page: runs with a launcher and a comparison, or one run in full.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useGavel } from '../../store/store-context';
import { RunDetailView } from './RunDetailView';
import { RunsIndex } from './RunsIndex';

export function RunsSection() {
  const { runId, loadRunsPage } = useGavel(
    useShallow((s) => ({ runId: s.runDetail.runId, loadRunsPage: s.loadRunsPage })),
  );
  useEffect(() => {
    void loadRunsPage();
  }, [loadRunsPage]);
  return runId === null ? <RunsIndex /> : <RunDetailView />;
}
