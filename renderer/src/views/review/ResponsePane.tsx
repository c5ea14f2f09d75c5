// One of the two answers side by side: which model wrote it, in which run, and the answer itself
// (untrusted text: safe markdown only).
import type { CandidateResponse } from '../../../../shared/review';
import { SafeMarkdown } from '../../components/SafeMarkdown';

export function ResponsePane({ side, response }: { side: 'A' | 'B'; response: CandidateResponse }) {
  return (
    <article
      className="judgment"
      data-testid="side-response"
      data-side={side}
      aria-label={`Answer ${side}: ${response.model}`}
    >
      <header className="judgment-header">
        <span className="badge">{side}</span>
        <span className="strong" data-testid="side-model">
          {response.model}
        </span>
        <span className="muted">
          · {response.provider} · run #{response.runId} {response.runName}
        </span>
      </header>
      {response.truncated && (
        <p className="muted small" role="note">
          Cut off: the model stopped at its token limit.
        </p>
      )}
      <SafeMarkdown text={response.response} />
    </article>
  );
}
