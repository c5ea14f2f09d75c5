// What the last save did: a new version, or nothing because an identical version exists.
import type { JudgeSaveResult } from '../../store/slices/judges/judge-editor';

export function SaveResult({ result, unsaved }: { result: JudgeSaveResult | null; unsaved: boolean }) {
  if (result) {
    return (
      <span
        className={result.created ? 'save-result tone-pass' : 'save-result'}
        role="status"
        data-testid="judge-save-result"
      >
        {result.created
          ? `Version ${result.version} created.`
          : `Unchanged: the same as version ${result.version}, so nothing new was saved.`}
      </span>
    );
  }
  return unsaved ? <span className="muted small">Unsaved edits</span> : null;
}
