// An open dataset: its rows in a table, the selected item in full beside it.
import { useRef, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { plural } from '../../format/text';
import { useGavel } from '../../store/store-context';
import { ItemDetailPanel } from '../detail/ItemDetailPanel';
import { ItemTable } from './ItemTable';
import { NextStep } from './NextStep';

export function DatasetView({ datasetId }: { datasetId: number }) {
  const { dataset, total, error, closeDataset, retryTable, closeItem, detailOpen, goTo } = useGavel(
    useShallow((s) => ({
      dataset: s.workspace.datasets.find((d) => d.id === datasetId),
      total: s.table.total,
      error: s.table.error,
      closeDataset: s.closeDataset,
      retryTable: s.retryTable,
      closeItem: s.closeItem,
      detailOpen: s.detail.itemId !== null,
      goTo: s.goTo,
    })),
  );

  const tableRef = useRef<HTMLDivElement>(null);

  // Esc closes the detail from anywhere in it or the table, and hands the keyboard back to the table.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !detailOpen) return;
    event.preventDefault();
    closeItem();
    tableRef.current?.focus();
  };

  return (
    <section className="dataset-view">
      <div className="page-header">
        <button type="button" className="quiet" onClick={closeDataset}>
          ← Datasets
        </button>
        <h1>{dataset?.name ?? 'Dataset'}</h1>
        {total !== null && <span className="muted">{plural(total, 'item')}</span>}
      </div>
      {error && <ErrorAlert error={error} onRetry={() => void retryTable()} />}
      {dataset && <NextStep dataset={dataset} goTo={goTo} />}
      <div className={detailOpen ? 'split split-open' : 'split'} onKeyDown={onKeyDown}>
        <ItemTable scrollRef={tableRef} />
        {detailOpen && <ItemDetailPanel />}
      </div>
    </section>
  );
}
