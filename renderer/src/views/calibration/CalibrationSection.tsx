// The Calibration section: how far the chosen judge can be trusted (agreement with the humans, over
// its versions, cell by cell), its few-shot set, its export, and closing the loop with a new version.
// The Export entry of the sidebar lands here too: exports are per judge. "Align this judge…" opens
// the Align view in its place.
import { useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useGavel } from '../../store/store-context';
import { AlignView } from '../align/AlignView';
import { AgreementPanel } from './AgreementPanel';
import { BreakdownPanel } from './BreakdownPanel';
import { CalibratePanel } from './CalibratePanel';
import { CalibrationPickers } from './CalibrationPickers';
import { ConfusionPanel } from './ConfusionPanel';
import { DistributionPanel } from './DistributionPanel';
import { ExportPanel } from './ExportPanel';
import { FewShotBuilder } from './FewShotBuilder';
import { TrustPanel } from './TrustPanel';
import { judgesWithVerdicts } from '../../store/calibration-judges';
import { VersionsPanel } from './VersionsPanel';
import './calibration.css';

export function CalibrationSection({ showExport }: { showExport: boolean }) {
  const { datasets, overview, loading, error, loadPage, aligning, openAlign } = useGavel(
    useShallow((s) => ({
      datasets: s.workspace.datasets,
      overview: s.calibration.overview,
      loading: s.calibration.loading,
      error: s.calibration.error,
      loadPage: s.loadCalibrationPage,
      aligning: s.align.judge !== null,
      openAlign: s.openAlign,
    })),
  );
  const judges = useMemo(() => judgesWithVerdicts(datasets), [datasets]);
  const exportRef = useRef<HTMLElement>(null);

  useEffect(() => void loadPage(), [loadPage]);
  useEffect(() => {
    if (showExport && overview) exportRef.current?.scrollIntoView({ block: 'start' });
  }, [showExport, overview]);

  if (aligning) return <AlignView />;
  return (
    <section className="page calibration-page" data-testid="calibration" aria-busy={loading}>
      <div className="page-header">
        <h1>{showExport ? 'Calibration & export' : 'Calibration'}</h1>
        {judges.length > 0 && <CalibrationPickers judges={judges} />}
        {overview && (
          <button type="button" data-testid="align-open" onClick={() => void openAlign()}>
            Align this judge…
          </button>
        )}
      </div>
      {judges.length === 0 && (
        <EmptyState title="Nothing to calibrate yet">
          <p>
            Run a judge on a dataset (or import one with verdicts), then review some of its verdicts: agreement, the
            confusion matrix, few-shot sets and exports appear here.
          </p>
        </EmptyState>
      )}
      {error && <ErrorAlert error={error} testId="calibration-error" />}
      {overview && (
        <>
          <AgreementPanel />
          <VersionsPanel />
          <ConfusionPanel />
          <DistributionPanel />
          <BreakdownPanel />
          <FewShotBuilder />
          <ExportPanel ref={exportRef} />
          <CalibratePanel />
          {/* Last: it fills in after the others, and must not push the export panel out of view. */}
          <TrustPanel />
        </>
      )}
    </section>
  );
}
