// The judge's few-shot set, curated: Gavel's suggestions (or the saved set) from the judge's misses,
// each with the human verdict and the rationale that teaches it; edited, saved, and previewed in the
// judge's prompt.
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, plural } from '../../format/text';
import { saveProblem } from '../../store/fewshot-edits';
import { useGavel } from '../../store/store-context';
import { FewShotAdd } from './FewShotAdd';
import { FewShotExampleCard } from './FewShotExampleCard';
import { FewShotPreview } from './FewShotPreview';

export function FewShotBuilder() {
  const { fewshot, items, save } = useGavel(
    useShallow((s) => ({ fewshot: s.fewshot, items: s.calibration.items, save: s.saveFewShot })),
  );
  const { examples, suggested, savedAt, dirty, saving, loading, error } = fewshot;
  const problem = saveProblem(examples);

  return (
    <section
      className="calibration-panel"
      aria-labelledby="fewshot-title"
      data-testid="fewshot-builder"
      aria-busy={loading}
    >
      <div className="section-header">
        <h2 id="fewshot-title">Few-shot set</h2>
        <span className="muted small" data-testid="fewshot-status">
          {suggested
            ? 'Suggested by Gavel: not saved yet'
            : savedAt
              ? `Saved ${formatDate(savedAt)}${dirty ? ', with unsaved changes' : ''}`
              : dirty
                ? 'Unsaved changes'
                : ''}
        </span>
      </div>
      <p className="muted small">
        Cases the judge got wrong, with the reviewer’s verdict and rationale, shown to the judge as examples in this
        order. Balanced between pass and fail, and few (five or so), works best.
      </p>
      {error && <ErrorAlert error={error} />}
      {!loading && examples.length === 0 && (
        <p className="muted" data-testid="fewshot-empty">
          No examples. They come from items where the judge missed and a reviewer wrote why.
        </p>
      )}
      <ol className="fewshot-examples">
        {examples.map((example, index) => (
          <FewShotExampleCard
            key={example.itemId ?? index}
            example={example}
            index={index}
            count={examples.length}
            itemKey={example.itemId === null ? null : (items.get(example.itemId)?.key ?? null)}
            suggested={suggested}
          />
        ))}
      </ol>
      <FewShotAdd items={items} />
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          data-testid="fewshot-save"
          disabled={saving || problem !== null || !(dirty || suggested)}
          onClick={() => void save()}
        >
          {saving ? 'Saving…' : `Save ${plural(examples.length, 'example')}`}
        </button>
        {problem && (
          <span className="tone-fail small" role="alert">
            {problem}
          </span>
        )}
      </div>
      <FewShotPreview items={items} />
    </section>
  );
}
