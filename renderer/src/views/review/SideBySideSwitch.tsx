// The switch between the item's usual view and side by side (`p`), shown where the item has two
// models' answers, or while side by side is on (saying why this item shows no pair).
import { useGavel } from '../../store/store-context';

export function SideBySideSwitch({ on, available }: { on: boolean; available: boolean }) {
  const toggle = useGavel((s) => s.toggleSideBySide);
  const says = !available
    ? 'Side by side is on, but this item has no two models’ answers to compare.'
    : on
      ? 'Two models’ answers side by side.'
      : 'This item has two models’ answers to compare.';
  return (
    <p className="muted small" data-testid="side-by-side-status">
      {says}{' '}
      <button
        type="button"
        className="quiet"
        data-testid="side-by-side-toggle"
        aria-pressed={on}
        onClick={() => void toggle()}
      >
        {on ? 'Back to the usual view (p)' : 'Side by side (p)'}
      </button>
    </p>
  );
}
