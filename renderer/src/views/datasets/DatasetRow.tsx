// One dataset: click or Enter opens it; Delete asks first, in place.
import { useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DatasetSummary } from '../../../../shared/domain';
import { FORMAT_LABELS } from '../../format/labels';
import { formatDate, plural } from '../../format/text';
import { useGavel } from '../../store/store-context';

export function DatasetRow({ dataset }: { dataset: DatasetSummary }) {
  const { openDataset, deleteDataset } = useGavel(
    useShallow((s) => ({ openDataset: s.openDataset, deleteDataset: s.deleteDataset })),
  );
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const open = () => openDataset(dataset.id);
  const onKeyDown = (event: KeyboardEvent) => {
    // Only the row itself: Enter on its buttons must press the button.
    if (event.key === 'Enter' && event.target === event.currentTarget) open();
  };
  const confirmDelete = async () => {
    setDeleting(true);
    await deleteDataset(dataset.id);
    // On success the row disappears; on failure the error shows in the header and the row stays.
    setDeleting(false);
    setConfirming(false);
  };

  return (
    <tr
      className="clickable"
      tabIndex={0}
      data-testid="dataset-row"
      data-dataset-name={dataset.name}
      onClick={open}
      onKeyDown={onKeyDown}
    >
      <td className="strong">{dataset.name}</td>
      <td className="number">{dataset.items.toLocaleString()}</td>
      <td>{dataset.sourceFormat ? FORMAT_LABELS[dataset.sourceFormat] : '—'}</td>
      <td>{dataset.judges.length > 0 ? dataset.judges.join(', ') : '—'}</td>
      <td className="nowrap">{formatDate(dataset.createdAt)}</td>
      <td className="actions" onClick={(event) => event.stopPropagation()}>
        {confirming ? (
          <span
            className="confirm"
            role="group"
            aria-label={`Delete ${dataset.name}?`}
            onKeyDown={(event) => event.key === 'Escape' && setConfirming(false)}
          >
            <span>Delete this dataset ({plural(dataset.items, 'item')})?</span>
            <button type="button" className="danger" autoFocus disabled={deleting} onClick={confirmDelete}>
              Delete
            </button>
            <button type="button" disabled={deleting} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" className="quiet" onClick={() => setConfirming(true)}>
            Delete…
          </button>
        )}
      </td>
    </tr>
  );
}
