// The window: navigation on the left, the workspace on top, the current section below.
import { lazy, Suspense, useCallback, useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useWindowFileDrop } from './hooks/useWindowFileDrop';
import { can } from './store/slices/shell/access';
import { useGavel } from './store/store-context';
import { DatasetView } from './views/dataset/DatasetView';
import { DatasetsSection } from './views/datasets/DatasetsSection';
import { ImportWizard } from './views/import/ImportWizard';
import { Header } from './views/shell/Header';
import { JudgesSection } from './views/judges/JudgesSection';
import { ReviewSection } from './views/review/ReviewSection';
import { RunsSection } from './views/runs/RunsSection';
import { SettingsSection } from './views/settings/SettingsSection';
import { MissingToken } from './views/shell/MissingToken';
import { Sidebar } from './views/shell/Sidebar';

// The charts weigh as much as the rest of the renderer: reviewers who never open Calibration never load them.
const CalibrationSection = lazy(async () => ({
  default: (await import('./views/calibration/CalibrationSection')).CalibrationSection,
}));

function CurrentSection() {
  const { section, openDatasetId } = useGavel(
    useShallow((s) => ({ section: s.section, openDatasetId: s.openDatasetId })),
  );
  switch (section) {
    case 'datasets':
      return openDatasetId === null ? <DatasetsSection /> : <DatasetView datasetId={openDatasetId} />;
    case 'judges':
      return <JudgesSection />;
    case 'runs':
      return <RunsSection />;
    case 'review':
      return <ReviewSection />;
    case 'calibration':
    case 'export':
      // Exports are per judge: the Export entry opens the calibration view at its export panel.
      return (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <CalibrationSection showExport={section === 'export'} />
        </Suspense>
      );
    case 'settings':
      return <SettingsSection />;
  }
}

export function App() {
  const { start, signedOut, mayImport, wizardOpen, importing, chooseImportFile } = useGavel(
    useShallow((s) => ({
      start: s.start,
      signedOut: s.access.signedOut,
      mayImport: can(s, 'import.run'),
      wizardOpen: s.importWizard.open,
      importing: s.importWizard.step === 'importing',
      chooseImportFile: s.chooseImportFile,
    })),
  );

  useEffect(() => start(), [start]);

  // A file dropped anywhere starts (or restarts) an import, unless one is running.
  const onFileDropped = useCallback(
    (file: File) => {
      if (mayImport && !importing) void chooseImportFile(file);
    },
    [mayImport, importing, chooseImportFile],
  );
  useWindowFileDrop(onFileDropped);

  if (signedOut) return <MissingToken />;
  return (
    <div className="app">
      <Sidebar />
      <div className="main-column">
        <Header />
        <main className="content">
          <CurrentSection />
        </main>
      </div>
      {wizardOpen && <ImportWizard />}
    </div>
  );
}
