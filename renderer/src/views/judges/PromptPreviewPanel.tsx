// What the judge being edited would do with one item: the exact messages an LLM judge would send, as
// plain text (they hold the item's untrusted fields, and what matters here is every character the
// model will see), or the verdict a heuristic judge computes, which sends no prompt.
import { useShallow } from 'zustand/react/shallow';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useGavel } from '../../store/store-context';
import { HeuristicVerdictPreview } from './HeuristicVerdictPreview';
import { PreviewItemPicker } from './PreviewItemPicker';
import { PromptRequests } from './PromptRequests';

export function PromptPreviewPanel() {
  const { state, hasDatasets, spec } = useGavel(
    useShallow((s) => ({
      state: s.judgePreview,
      hasDatasets: s.workspace.datasets.length > 0,
      spec: s.judgeEditor.draft?.spec,
    })),
  );
  const { preview, error, loading } = state;
  const requests = preview?.requests ?? [];
  const heuristic = spec?.kind === 'heuristic';
  const verdict = preview?.heuristicVerdict ?? null;

  return (
    <aside
      className="prompt-preview"
      data-testid="judge-preview"
      aria-labelledby="prompt-preview-title"
      aria-busy={loading}
    >
      <header className="prompt-preview-header">
        <h2 id="prompt-preview-title">{heuristic ? 'Verdict preview' : 'Prompt preview'}</h2>
        {loading && <span className="muted small">updating…</span>}
      </header>
      {heuristic && (
        <p className="muted small">A heuristic judge sends no prompt: this is the verdict it gives the item.</p>
      )}
      {hasDatasets ? (
        <PreviewItemPicker />
      ) : (
        <EmptyState>
          <p>Import a dataset to preview this judge on one of its items.</p>
        </EmptyState>
      )}
      {error && <ErrorAlert error={error} testId="judge-preview-error" />}
      {preview?.problem && (
        <p className="preview-problem" role="note" data-testid="judge-preview-problem">
          {preview.problem}
        </p>
      )}
      {!heuristic && preview && !preview.problem && requests.length === 0 && (
        <p className="muted">This item gives the judge nothing to ask.</p>
      )}
      <div className={error ? 'prompt-requests stale' : 'prompt-requests'}>
        {verdict && spec && <HeuristicVerdictPreview verdict={verdict} outputType={spec.outputType} />}
        <PromptRequests requests={requests} />
      </div>
    </aside>
  );
}
