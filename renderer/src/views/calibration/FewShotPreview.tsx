// The judge's prompt for one item with the set as edited: every character the model will see, as
// plain text (it holds untrusted item fields), laid out like the judge editor's preview.
import { useShallow } from 'zustand/react/shallow';
import type { ItemRef } from '../../../../shared/calibration';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { useGavel } from '../../store/store-context';
import { PromptRequests } from '../judges/PromptRequests';

export function FewShotPreview({ items }: { items: Map<number, ItemRef> }) {
  const { itemId, preview, loading, error, choose } = useGavel(
    useShallow((s) => ({
      itemId: s.fewshot.previewItemId,
      preview: s.fewshot.preview,
      loading: s.fewshot.previewLoading,
      error: s.fewshot.previewError,
      choose: s.previewFewShot,
    })),
  );
  return (
    <details className="fewshot-preview" data-testid="fewshot-preview" aria-busy={loading}>
      <summary>Prompt preview</summary>
      <Field label="For item">
        <select
          data-testid="fewshot-preview-item"
          value={itemId ?? ''}
          onChange={(event) => void choose(event.target.value ? Number(event.target.value) : null)}
        >
          <option value="">— choose an item —</option>
          {[...items.values()].map((item) => (
            <option key={item.itemId} value={item.itemId}>
              {item.key}
            </option>
          ))}
        </select>
      </Field>
      {error && <ErrorAlert error={error} />}
      {preview?.problem && (
        <p className="preview-problem" role="note">
          {preview.problem}
        </p>
      )}
      {preview && !preview.problem && preview.requests.length === 0 && (
        <p className="muted small">This judge sends no prompt (a heuristic scorer, or nothing to ask for this item).</p>
      )}
      <div className={error ? 'prompt-requests stale' : 'prompt-requests'}>
        {preview && <PromptRequests requests={preview.requests} />}
      </div>
    </details>
  );
}
