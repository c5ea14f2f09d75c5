// Aligning one judge to its experts, opened from Calibration: why it is wrong (themes), the guideline
// proposed for each theme to accept, edit or reject, and the search with its sealed test. An item
// opened from a theme shows beside the view.
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useGavel } from '../../store/store-context';
import { ItemDetailPanel } from '../detail/ItemDetailPanel';
import { ProposalCard } from './ProposalCard';
import { SearchPanel } from './SearchPanel';
import { ThemesPanel } from './ThemesPanel';
import './align.css';

export function AlignView() {
  const { align, detailOpen, close } = useGavel(
    useShallow((s) => ({ align: s.align, detailOpen: s.detail.itemId !== null, close: s.closeAlign })),
  );
  const { judge, version, proposals, loading, error } = align;

  return (
    <section className="page align-page" data-testid="align-view" aria-busy={loading}>
      <div className="page-header">
        <button type="button" className="quiet" data-testid="align-back" onClick={close}>
          ← Calibration
        </button>
        <h1>
          Align {judge}
          {version !== null && <span className="muted"> v{version}</span>}
        </h1>
      </div>
      {error && <ErrorAlert error={error} />}
      <div className={detailOpen ? 'split split-open' : 'split'}>
        <div className="align-main">
          <ThemesPanel />
          <section className="calibration-panel" aria-labelledby="align-proposals-title" data-testid="align-proposals">
            <h2 id="align-proposals-title">Proposed guidelines</h2>
            {proposals.length === 0 ? (
              <p className="muted small">No proposal yet: group the disagreements into themes first.</p>
            ) : (
              <ul className="proposal-list">
                {proposals.map((proposal) => (
                  <ProposalCard key={proposal.id} proposal={proposal} />
                ))}
              </ul>
            )}
          </section>
          <SearchPanel />
        </div>
        {detailOpen && <ItemDetailPanel />}
      </div>
    </section>
  );
}
