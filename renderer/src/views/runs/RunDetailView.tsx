// One run in full: live progress and controls, the summary per judge, and every judgment.
import { useShallow } from 'zustand/react/shallow';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../format/text';
import { useGavel } from '../../store/store-context';
import { GenerationFacts } from './GenerationFacts';
import { JudgeAggregateCard } from './JudgeAggregateCard';
import { pairwiseSides } from './pairwise-sides';
import { RunJudgmentsTable } from './RunJudgmentsTable';
import { RunProgressPanel } from './RunProgressPanel';
import { RunStatusBadge } from './RunStatusBadge';

export function RunDetailView() {
  const { run, runs, error, closeRun, dismiss } = useGavel(
    useShallow((s) => ({
      run: s.runDetail.run,
      runs: s.runs.list,
      error: s.runDetail.error,
      closeRun: s.closeRun,
      dismiss: s.dismissRunError,
    })),
  );
  const sides = run && pairwiseSides(run, runs);

  return (
    <section className="page run-detail" data-testid="run-detail" data-run-id={run?.id}>
      <div className="page-header">
        <button type="button" className="quiet" data-testid="run-close" onClick={closeRun}>
          ← Runs
        </button>
        <h1>{run?.name ?? 'Run'}</h1>
        {run && <RunStatusBadge run={run} testId="run-status" />}
      </div>
      {error && <ErrorAlert error={error} onDismiss={dismiss} />}
      {run && (
        <>
          <p className="muted run-meta">
            {run.dataset} · {run.judges.map((judge) => `${judge.judge} v${judge.version}`).join(', ')} · started{' '}
            {formatDate(run.createdAt)}
            {run.finishedAt && ` · finished ${formatDate(run.finishedAt)}`}
            {sides && ` · compares the answers of ${sides.A} (A) and ${sides.B} (B)`}
          </p>
          <RunProgressPanel run={run} />
          {run.generation && <GenerationFacts generation={run.generation} />}
          <section className="run-summary" aria-labelledby="run-summary-title">
            <h2 id="run-summary-title">Summary per judge</h2>
            {run.aggregates.length === 0 ? (
              <EmptyState>
                <p>No verdicts yet.</p>
              </EmptyState>
            ) : (
              <div className="aggregate-grid">
                {run.aggregates.map((aggregate) => (
                  <JudgeAggregateCard
                    key={aggregate.judgeVersionId}
                    aggregate={aggregate}
                    meanings={sides ?? undefined}
                  />
                ))}
              </div>
            )}
          </section>
          <RunJudgmentsTable />
        </>
      )}
    </section>
  );
}
