// Sharing labels between workspaces: download the chosen dataset's labels as a Gavel label pack,
// or merge a pack (or a CSV of item, judge, value, rationale) in. Re-importing adds nothing.
import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../components/save-file';
import { plural } from '../../format/text';
import { useGavel } from '../../store/store-context';

export function LabelPacks() {
  const { state, exportPack, importPack } = useGavel(
    useShallow((s) => ({ state: s.labelPacks, exportPack: s.exportLabelPack, importPack: s.importLabelPack })),
  );
  const fileInput = useRef<HTMLInputElement>(null);
  const exportNow = async () => {
    const pack = await exportPack();
    if (pack)
      saveFile({
        fileName: `gavel-labels-${pack.exportedAt.slice(0, 10)}.json`,
        mimeType: 'application/json',
        content: JSON.stringify(pack, null, 2),
      });
  };
  return (
    <section className="label-packs" aria-label="Label packs">
      <h2>Label packs</h2>
      <div className="form-actions">
        <button type="button" data-testid="labels-export" disabled={state.busy} onClick={() => void exportNow()}>
          Download labels (JSON)
        </button>
        <button
          type="button"
          data-testid="labels-import"
          disabled={state.busy}
          onClick={() => fileInput.current?.click()}
        >
          Import labels…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.csv"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importPack(file);
          }}
        />
      </div>
      {state.imported && (
        <p className="save-result" role="status" data-testid="labels-imported">
          Imported {plural(state.imported.labels, 'label')}
          {state.imported.reviewers.length > 0 && ` from ${state.imported.reviewers.join(', ')}`}
          {state.imported.skipped > 0 &&
            `; ${plural(state.imported.skipped, 'row')} skipped (already here or unknown items)`}
          .
        </p>
      )}
      {state.error && <ErrorAlert error={state.error} />}
    </section>
  );
}
