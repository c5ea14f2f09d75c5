// Says that the queue holds only items chosen elsewhere (a calibration cell, a changed verdict), and
// gives the whole dataset back.
import { useShallow } from 'zustand/react/shallow';
import { plural } from '../../format/text';
import { useGavel } from '../../store/store-context';
import './chosen-items.css';

export function ChosenItemsNote() {
  const { items, note, setFilter } = useGavel(
    useShallow((s) => ({
      items: s.reviewQueue.filter.items,
      note: s.reviewQueue.itemsNote,
      setFilter: s.setQueueFilter,
    })),
  );
  if (items === null) return null;
  return (
    <div className="note chosen-items" role="status" data-testid="queue-items-filter">
      <span>
        Only {plural(items.length, 'chosen item')}
        {note ? `: ${note}` : ''}
      </span>
      <button
        type="button"
        className="link"
        data-testid="queue-items-clear"
        onClick={() => void setFilter({ items: null })}
      >
        Show all items
      </button>
    </div>
  );
}
