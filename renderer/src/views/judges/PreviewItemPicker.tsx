// Which item the judge is previewed on: a dataset, then one of its first items or any item by its key.
import { useShallow } from 'zustand/react/shallow';
import { Field } from '../../components/Field';
import { PREVIEW_ITEM_CHOICES } from '../../store/slices/judges/judge-preview';
import { useGavel } from '../../store/store-context';
import { PreviewKeyFinder } from './PreviewKeyFinder';

export function PreviewItemPicker() {
  const { datasets, datasetId, items, itemId, chooseDataset, chooseItem } = useGavel(
    useShallow((s) => ({
      datasets: s.workspace.datasets,
      datasetId: s.judgePreview.datasetId,
      items: s.judgePreview.items,
      itemId: s.judgePreview.itemId,
      chooseDataset: s.choosePreviewDataset,
      chooseItem: s.choosePreviewItem,
    })),
  );
  return (
    <div className="preview-item-picker">
      <div className="form-row">
        <Field label="Dataset" className="grow">
          <select
            data-testid="judge-preview-dataset"
            value={datasetId ?? ''}
            onChange={(event) => void chooseDataset(event.target.value ? Number(event.target.value) : null)}
          >
            {datasetId === null && <option value="">— choose —</option>}
            {datasets.map((dataset) => (
              <option key={dataset.id} value={dataset.id}>
                {dataset.name}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Item"
          className="grow"
          hint={items.length >= PREVIEW_ITEM_CHOICES ? `The first ${PREVIEW_ITEM_CHOICES} items.` : undefined}
        >
          <select
            data-testid="judge-preview-item"
            value={itemId ?? ''}
            disabled={items.length === 0}
            onChange={(event) => chooseItem(event.target.value ? Number(event.target.value) : null)}
          >
            {items.length === 0 && <option value="">{datasetId === null ? '—' : 'No items'}</option>}
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.key}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <PreviewKeyFinder />
    </div>
  );
}
