// The import dialog: pick or drop a file, check how Gavel reads it, import it, see what came in.
import { useEffect, useRef, type SyntheticEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useGavel } from '../../store/store-context';
import { DestinationPicker } from './DestinationPicker';
import { FileChooser } from './FileChooser';
import { FormatAndMapping } from './FormatAndMapping';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportSummaryView } from './ImportSummaryView';
import { JudgesFound } from './JudgesFound';
import { PreviewTable } from './PreviewTable';

export function ImportWizard() {
  const { wizard, closeImport, runImport } = useGavel(
    useShallow((s) => ({ wizard: s.importWizard, closeImport: s.closeImport, runImport: s.runImport })),
  );
  const dialogRef = useRef<HTMLDialogElement>(null);

  // showModal (rather than `open`) makes the rest of the window inert and traps focus.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const importing = wizard.step === 'importing';
  const onCancel = (event: SyntheticEvent) => {
    // Esc closes the dialog, but not while an import runs: its summary would be lost.
    event.preventDefault();
    if (!importing) closeImport();
  };

  const { preview, target, busy } = wizard;
  const canImport = preview !== null && !busy && (target.kind === 'existing' || target.name.trim().length > 0);

  return (
    <dialog ref={dialogRef} className="import-wizard" aria-labelledby="import-title" onCancel={onCancel}>
      <header className="dialog-header">
        <h2 id="import-title">Import a dataset</h2>
        <button type="button" className="quiet" onClick={closeImport} disabled={importing} aria-label="Close">
          ✕
        </button>
      </header>
      <div className="dialog-body">
        {wizard.error && <ErrorAlert error={wizard.error} testId="import-error" />}
        {wizard.step === 'done' && wizard.summary ? (
          <ImportSummaryView summary={wizard.summary} />
        ) : importing ? (
          <ImportProgressBar fileName={wizard.fileName} progress={wizard.progress} />
        ) : (
          <>
            <FileChooser fileName={wizard.fileName} busy={busy} compact={preview !== null} />
            {wizard.source && <FormatAndMapping />}
            {preview && (
              <>
                <PreviewTable preview={preview} />
                <JudgesFound preview={preview} />
                <DestinationPicker />
              </>
            )}
          </>
        )}
      </div>
      {(wizard.step === 'choose' || wizard.step === 'preview') && (
        <footer className="dialog-footer">
          <button type="button" onClick={closeImport}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            data-testid="import-submit"
            disabled={!canImport}
            onClick={() => void runImport()}
          >
            Import
          </button>
        </footer>
      )}
    </dialog>
  );
}
