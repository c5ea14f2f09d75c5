// Where the rows go: a new dataset (named after the file unless renamed) or one that exists.
import { useShallow } from 'zustand/react/shallow';
import { datasetNameFor } from '../../store/slices/import/import-wizard';
import { useGavel } from '../../store/store-context';

export function DestinationPicker() {
  const { target, fileName, datasets, setImportTarget } = useGavel(
    useShallow((s) => ({
      target: s.importWizard.target,
      fileName: s.importWizard.fileName,
      datasets: s.workspace.datasets,
      setImportTarget: s.setImportTarget,
    })),
  );
  const firstDataset = datasets[0];
  const newName = target.kind === 'new' ? target.name : datasetNameFor(fileName ?? '');

  return (
    <fieldset className="destination">
      <legend>Import into</legend>
      <label className="radio-row">
        <input
          type="radio"
          name="import-destination"
          checked={target.kind === 'new'}
          onChange={() => setImportTarget({ kind: 'new', name: newName })}
        />
        <span>New dataset</span>
        <input
          type="text"
          data-testid="import-dataset-name"
          aria-label="New dataset name"
          value={newName}
          maxLength={200}
          onFocus={() => target.kind !== 'new' && setImportTarget({ kind: 'new', name: newName })}
          onChange={(event) => setImportTarget({ kind: 'new', name: event.target.value })}
        />
      </label>
      {firstDataset && (
        <label className="radio-row">
          <input
            type="radio"
            name="import-destination"
            checked={target.kind === 'existing'}
            onChange={() => setImportTarget({ kind: 'existing', datasetId: firstDataset.id })}
          />
          <span>Existing dataset</span>
          <select
            aria-label="Existing dataset"
            value={target.kind === 'existing' ? target.datasetId : ''}
            onChange={(event) => setImportTarget({ kind: 'existing', datasetId: Number(event.target.value) })}
          >
            {target.kind !== 'existing' && <option value="">Choose…</option>}
            {datasets.map((dataset) => (
              <option key={dataset.id} value={dataset.id}>
                {dataset.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {target.kind === 'existing' && (
        <p className="muted small">Rows whose key is already in the dataset are left as they are.</p>
      )}
    </fieldset>
  );
}
