// One judge's verdict on this item, on the judge's own scale, with its justification or its error.
import type { JudgmentView } from '../../../../shared/domain';
import { SafeMarkdown } from '../../components/SafeMarkdown';
import { describeOutputType, judgmentVerdict, verdictTone } from '../../format/verdict';

export function JudgmentCard({ judgment }: { judgment: JudgmentView }) {
  const version = judgment.versionLabel ?? `v${judgment.judgeVersion}`;
  return (
    <article className="judgment" data-testid="detail-judgment" data-judge={judgment.judge}>
      <header className="judgment-header">
        <span className="strong">{judgment.judge}</span>
        <span className="muted">{version}</span>
        {judgment.model && <span className="muted">· {judgment.model}</span>}
        <span
          className={`badge judgment-score tone-${verdictTone(judgment)}`}
          data-testid="judgment-score"
          title={describeOutputType(judgment.outputType)}
        >
          {judgmentVerdict(judgment)}
        </span>
      </header>
      {judgment.error !== null && (
        <div className="judgment-error" role="note">
          <span className="strong">Judge error</span>
          <pre className="raw-text">{judgment.error}</pre>
        </div>
      )}
      {judgment.justification !== null && (
        <div className="judgment-justification" data-testid="judgment-justification">
          <SafeMarkdown text={judgment.justification} />
        </div>
      )}
      {judgment.raw !== null && (
        <details className="judgment-raw">
          <summary>Raw reply</summary>
          <pre className="raw-text" data-testid="judgment-raw">
            {judgment.raw}
          </pre>
        </details>
      )}
      <footer className="muted small">
        {describeOutputType(judgment.outputType)} · {judgment.source ?? judgment.runName}
      </footer>
    </article>
  );
}
