// Why the judge is wrong, grouped: the failures to group and what asking the model costs, then each
// theme with its item count and its items (each opens beside the view).
import { useShallow } from 'zustand/react/shallow';
import { formatCost } from '../../format/numbers';
import { plural } from '../../format/text';
import { useGavel } from '../../store/store-context';

export function ThemesPanel() {
  const { align, group, setWithoutModel, openItem } = useGavel(
    useShallow((s) => ({
      align: s.align,
      group: s.groupFailures,
      setWithoutModel: s.setAlignWithoutModel,
      openItem: s.openItem,
    })),
  );
  const { failures, estimate, themes, cost, grouping, withoutModel } = align;
  const price =
    estimate === null
      ? 'without a model: by audit tags and keywords'
      : estimate.usd === null
        ? 'price of the model unknown'
        : `about ${formatCost(estimate.usd)}`;

  return (
    <section className="calibration-panel" aria-labelledby="align-themes-title" data-testid="align-themes">
      <h2 id="align-themes-title">Why the judge is wrong</h2>
      {failures !== null && (
        <p className="muted small" data-testid="align-failures">
          {failures === 0
            ? 'The judge agrees with the experts’ final labels on every development item: nothing to group.'
            : `${plural(failures, 'disagreement')} with the experts’ final labels on development items to group (${price}); the sealed test items stay out of it.`}
        </p>
      )}
      <div className="form-row">
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="align-without-model"
            checked={withoutModel}
            onChange={(event) => void setWithoutModel(event.target.checked)}
          />
          Without a model (audit tags and keywords)
        </label>
        <button
          type="button"
          className="primary"
          data-testid="align-group"
          disabled={grouping || failures === 0}
          onClick={() => void group()}
        >
          {grouping ? 'Grouping…' : themes === null ? 'Group into themes' : 'Group again'}
        </button>
        {cost !== null && themes !== null && <span className="muted small">Cost: {formatCost(cost)}</span>}
      </div>
      {themes !== null &&
        (themes.length === 0 ? (
          <p className="muted small">No theme found.</p>
        ) : (
          <ul className="align-themes" data-testid="theme-list">
            {themes.map((theme) => (
              <li key={theme.id} data-testid="theme">
                <strong>{theme.theme}</strong>{' '}
                <span className="muted small">{plural(theme.itemIds.length, 'item')}</span>
                <div className="theme-items">
                  {theme.itemIds.map((itemId, index) => (
                    <button
                      key={itemId}
                      type="button"
                      className="link"
                      data-testid="theme-item"
                      onClick={() => void openItem(itemId)}
                    >
                      {theme.itemKeys[index] ?? `#${itemId}`}
                    </button>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
