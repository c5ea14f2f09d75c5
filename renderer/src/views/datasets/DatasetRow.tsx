// One dataset: click or Enter opens it; Delete asks first, in place.
import { useShallow } from 'zustand/react/shallow';
import type { DatasetSummary } from '../../../../shared/domain';
import { clickableRow } from '../../components/clickable-row';
import { ConfirmAction } from '../../components/ConfirmAction';
import { FORMAT_LABELS } from '../../format/labels';
import { formatDate, plural } from '../../format/text';
import { can } from '../../store/slices/shell/access';
import { useGavel } from '../../store/store-context';

export function DatasetRow({ dataset }: { dataset: DatasetSummary }) {
  const { openDataset, deleteDataset, mayDelete } = useGavel(
    useShallow((s) => ({
      openDataset: s.openDataset,
      deleteDataset: s.deleteDataset,
      mayDelete: can(s, 'datasets.delete'),
    })),
  );

  return (
    <tr {...clickableRow(() => openDataset(dataset.id))} data-testid="dataset-row" data-dataset-name={dataset.name}>
      <td className="strong">{dataset.name}</td>
      <td className="number">{dataset.items.toLocaleString()}</td>
      <td>{dataset.sourceFormat ? FORMAT_LABELS[dataset.sourceFormat] : '—'}</td>
      <td>{dataset.judges.length > 0 ? dataset.judges.join(', ') : '—'}</td>
      <td className="nowrap">{formatDate(dataset.createdAt)}</td>
      <td className="actions" onClick={(event) => event.stopPropagation()}>
        {/* On failure the error shows in the header and the row stays. */}
        {mayDelete && (
          <ConfirmAction
            label="Delete…"
            question={`Delete this dataset (${plural(dataset.items, 'item')})?`}
            groupLabel={`Delete ${dataset.name}?`}
            onConfirm={() => deleteDataset(dataset.id)}
          />
        )}
      </td>
    </tr>
  );
}
