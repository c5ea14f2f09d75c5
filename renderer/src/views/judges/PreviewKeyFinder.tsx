// Going to any item of the preview's dataset by its key, for items beyond the first ones listed.
// A form of its own: Enter here looks the key up, it does not save the judge.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useGavel } from '../../store/store-context';

export function PreviewKeyFinder() {
  const { datasetId, finding, missingKey, find } = useGavel(
    useShallow((s) => ({
      datasetId: s.judgePreview.datasetId,
      finding: s.judgePreview.findingKey,
      missingKey: s.judgePreview.missingKey,
      find: s.findPreviewItem,
    })),
  );
  const [key, setKey] = useState('');
  const disabled = datasetId === null || finding;

  return (
    <form
      className="form-row preview-key-finder"
      aria-label="Find an item by key"
      onSubmit={(event) => {
        event.preventDefault();
        void find(key);
      }}
    >
      <label className="field grow">
        <span className="field-label">Or an item key</span>
        <input
          type="text"
          data-testid="judge-preview-key"
          spellCheck={false}
          placeholder="e.g. q-0042"
          value={key}
          disabled={datasetId === null}
          aria-invalid={missingKey !== null && missingKey === key.trim() ? true : undefined}
          onChange={(event) => setKey(event.target.value)}
        />
      </label>
      <button type="submit" data-testid="judge-preview-key-find" disabled={disabled || !key.trim()}>
        {finding ? 'Finding…' : 'Go'}
      </button>
      {missingKey !== null && (
        <p className="inline-message tone-error" role="status" data-testid="judge-preview-key-missing">
          No item has the key “{missingKey}” in this dataset.
        </p>
      )}
    </form>
  );
}
