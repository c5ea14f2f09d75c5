// The exact messages the judge being edited would send for one item, as plain text (they hold the
// item's untrusted fields, and what matters here is every character the model will see).
import { useShallow } from 'zustand/react/shallow';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useGavel } from '../../store/store-context';
import { PreviewItemPicker } from './PreviewItemPicker';
import { PromptMessage } from './PromptMessage';

export function PromptPreviewPanel() {
  const { state, hasDatasets, kind } = useGavel(
    useShallow((s) => ({
      state: s.judgePreview,
      hasDatasets: s.workspace.datasets.length > 0,
      kind: s.judgeEditor.draft?.spec.kind,
    })),
  );
  const { preview, error, loading } = state;
  const requests = preview?.requests ?? [];

  if (kind === 'heuristic') {
    return (
      <aside className="prompt-preview" data-testid="judge-preview" aria-label="Prompt preview">
        <h2>Prompt preview</h2>
        <p className="muted">A heuristic judge computes its verdict from the item's fields: it sends no prompt.</p>
      </aside>
    );
  }

  return (
    <aside
      className="prompt-preview"
      data-testid="judge-preview"
      aria-labelledby="prompt-preview-title"
      aria-busy={loading}
    >
      <header className="prompt-preview-header">
        <h2 id="prompt-preview-title">Prompt preview</h2>
        {loading && <span className="muted small">updating…</span>}
      </header>
      {hasDatasets ? (
        <PreviewItemPicker />
      ) : (
        <EmptyState>
          <p>Import a dataset to see the prompt this judge would send for one of its items.</p>
        </EmptyState>
      )}
      {error && <ErrorAlert error={error} testId="judge-preview-error" />}
      {preview?.problem && (
        <p className="preview-problem" role="note" data-testid="judge-preview-problem">
          {preview.problem}
        </p>
      )}
      {preview && !preview.problem && requests.length === 0 && (
        <p className="muted">This item gives the judge nothing to ask.</p>
      )}
      <div className={error ? 'prompt-requests stale' : 'prompt-requests'}>
        {requests.map((request, index) => (
          <section key={index} className="prompt-request" aria-label={`Request ${index + 1}`}>
            {requests.length > 1 && (
              <h3>
                Request {index + 1} of {requests.length}
              </h3>
            )}
            <PromptMessage role="system" content={request.system} />
            {request.messages.map((message, at) => (
              <PromptMessage key={at} role={message.role} content={message.content} />
            ))}
          </section>
        ))}
      </div>
    </aside>
  );
}
