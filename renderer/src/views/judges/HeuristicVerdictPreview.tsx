// The verdict a heuristic judge gives the previewed item, computed by the main process as a run would:
// on the judge's scale, with its justification, or the error that would stop it.
import type { OutputType } from '../../../../shared/domain';
import type { VerdictResult } from '../../../../shared/judging';
import { verdictOnScale, verdictTone } from '../../format/verdict';

export function HeuristicVerdictPreview({ verdict, outputType }: { verdict: VerdictResult; outputType: OutputType }) {
  const failed = verdict.status === 'error';
  return (
    <section className="heuristic-verdict" data-testid="judge-preview-verdict" data-status={verdict.status}>
      <p>
        <span className={`badge tone-${verdictTone(verdict)}`}>
          {failed ? 'error' : verdictOnScale(verdict, outputType)}
        </span>
      </p>
      {failed ? (
        <pre className="raw-text tone-error">{verdict.error}</pre>
      ) : (
        verdict.justification && <p className="heuristic-justification">{verdict.justification}</p>
      )}
    </section>
  );
}
