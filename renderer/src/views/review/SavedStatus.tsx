// What my last save stored, shown once the main process said it is on disk (nothing entered is
// lost), or what my last undo took back.
import { useShallow } from 'zustand/react/shallow';
import { useGavel } from '../../store/store-context';
import { LABEL_ACTION_LABELS } from '../../format/review';

export function SavedStatus() {
  const { saved, undone } = useGavel(
    useShallow((s) => ({ saved: s.reviewItem.lastSaved, undone: s.reviewItem.undone })),
  );
  if (undone) {
    return (
      <p className="save-result" data-testid="undo-status" role="status">
        {undone}
      </p>
    );
  }
  if (!saved) return null;
  const { itemKey, label } = saved;
  return (
    <p className="save-result" data-testid="verdict-saved" role="status" data-key={itemKey} data-judge={label.judge}>
      Saved {itemKey} · {label.judge}: {LABEL_ACTION_LABELS[label.action]}
    </p>
  );
}
