// How far the run got, how fast it goes, what it spent, and the buttons that steer it.
import { useShallow } from 'zustand/react/shallow';
import type { RunDetail } from '../../../../shared/contract';
import { rateLimitWaitText } from '../../../../shared/rate-limit-wait';
import { formatCost, formatCount, formatDuration, formatNumber } from '../../format/numbers';
import { useGavel } from '../../store/store-context';
import { RunActions } from './RunActions';
import { RunOutcomeNote } from './RunOutcomeNote';
import { remaining } from './run-state';

export function RunProgressPanel({ run }: { run: RunDetail }) {
  const { progress } = useGavel(useShallow((s) => ({ progress: s.runDetail.progress })));
  const finished = run.done + run.errors;
  // Rate and ETA only mean something while the run works.
  const live = run.status === 'running' && progress?.runId === run.id ? progress : null;
  const wait = live && rateLimitWaitText(live);

  return (
    <section className="run-progress" aria-label="Progress">
      <div className="run-progress-bar">
        <progress data-testid="run-progress" value={finished} max={Math.max(run.total, 1)} />
        <span className="nowrap">
          {formatCount(finished)} / {formatCount(run.total)}
        </span>
      </div>
      <dl className="facts compact-facts" aria-live="polite">
        <div>
          <dt>Answered</dt>
          <dd>{formatCount(run.done)}</dd>
        </div>
        <div>
          <dt>Errors</dt>
          <dd className={run.errors > 0 ? 'tone-error' : undefined} data-testid="run-errors">
            {formatCount(run.errors)}
          </dd>
        </div>
        <div>
          <dt>Remaining</dt>
          <dd>{formatCount(remaining(run))}</dd>
        </div>
        <div>
          <dt>Rate</dt>
          <dd>{live ? `${formatNumber(live.rate)} / s` : '—'}</dd>
        </div>
        <div>
          <dt>Time left</dt>
          <dd>{live?.etaSeconds != null ? formatDuration(live.etaSeconds) : '—'}</dd>
        </div>
        <div>
          <dt>Spent</dt>
          <dd data-testid="run-cost">{formatCost(run.cost)}</dd>
        </div>
        <div>
          <dt>Tokens in / out</dt>
          <dd>
            {formatCount(run.inputTokens)} / {formatCount(run.outputTokens)}
          </dd>
        </div>
      </dl>
      {wait && (
        <p className="run-rate-limit-wait" role="status" data-testid="run-rate-limit-wait">
          {wait[0]!.toUpperCase() + wait.slice(1)}.
        </p>
      )}
      {run.message && (
        <p className="tone-error" role="alert" data-testid="run-message">
          {run.message}
        </p>
      )}
      <RunOutcomeNote run={run} />
      <RunActions run={run} />
    </section>
  );
}
