// Everything about one item: its fields, every judge's verdict, every label, and the source row.
import { useShallow } from 'zustand/react/shallow';
import type { ItemDetail } from '../../../../shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { asText } from '../../format/text';
import { useGavel } from '../../store/store-context';
import { DetailSection } from './DetailSection';
import { ItemFields } from './ItemFields';
import { JudgmentCard } from './JudgmentCard';
import { LabelsTable } from './LabelsTable';

function ItemDetailBody({ item }: { item: ItemDetail }) {
  return (
    <>
      <ItemFields item={item}>
        <DetailSection title="Judgments">
          {item.judgments.length === 0 ? (
            <p className="muted">No judge has rated this item yet.</p>
          ) : (
            item.judgments.map((judgment) => <JudgmentCard key={judgment.id} judgment={judgment} />)
          )}
        </DetailSection>
        {item.labels.length > 0 && (
          <DetailSection title="Labels">
            <LabelsTable labels={item.labels} judgments={item.judgments} />
          </DetailSection>
        )}
      </ItemFields>
      <details className="detail-section source-row" data-testid="detail-source">
        <summary>Source row</summary>
        <pre className="raw-text">{asText(item.sourceRow)}</pre>
      </details>
    </>
  );
}

export function ItemDetailPanel() {
  const { item, loading, error, closeItem } = useGavel(
    useShallow((s) => ({
      item: s.detail.item,
      loading: s.detail.loading,
      error: s.detail.error,
      closeItem: s.closeItem,
    })),
  );
  return (
    <aside className="item-detail" data-testid="item-detail" aria-label="Item detail" aria-busy={loading}>
      <header className="item-detail-header">
        <h2>{item ? item.key : 'Item'}</h2>
        <button type="button" className="quiet" onClick={closeItem} aria-label="Close item (Esc)">
          ✕
        </button>
      </header>
      {error && <ErrorAlert error={error} />}
      {item ? (
        // Keyed by item so moving to the next item starts at its top.
        <div key={item.id} className={loading ? 'item-detail-body stale' : 'item-detail-body'}>
          <ItemDetailBody item={item} />
        </div>
      ) : (
        loading && <p className="muted">Loading…</p>
      )}
    </aside>
  );
}
