// Asking a pairwise judge which of two runs' generated answers is better, item by item (each pair is
// asked in both orders). Offered only when both runs hold answers, generated or imported.
import { useShallow } from 'zustand/react/shallow';
import type { RunDetail } from '../../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { useGavel } from '../../store/store-context';
import { pairwiseJudges } from './judge-choices';

export function PairwiseLaunch({ runA, runB }: { runA: RunDetail; runB: RunDetail }) {
  const { judges, judgeVersionId, starting, error, choose, start, goTo } = useGavel(
    useShallow((s) => ({
      judges: s.judges.list,
      judgeVersionId: s.runCompare.pairwiseJudgeVersionId,
      starting: s.runCompare.startingPairwise,
      error: s.runCompare.pairwiseError,
      choose: s.choosePairwiseJudge,
      start: s.startPairwise,
      goTo: s.goTo,
    })),
  );
  const choices = pairwiseJudges(judges);
  const sameRun = runA.id === runB.id;

  return (
    <fieldset className="form-group pairwise-launch" data-testid="run-pairwise">
      <legend>Which answers are better?</legend>
      <p className="muted small">
        A pairwise judge reads both runs’ answers to each request — A: {runA.name}, B: {runB.name} — and picks the
        better one, asked in both orders so the position can’t decide.
      </p>
      {choices.length === 0 ? (
        <p className="muted small">
          No pairwise judge yet.{' '}
          <button type="button" className="link" onClick={() => goTo('judges')}>
            Create one from the pairwise template
          </button>
        </p>
      ) : (
        <div className="form-row">
          <Field label="Pairwise judge">
            <select
              data-testid="run-pairwise-judge"
              value={judgeVersionId ?? ''}
              onChange={(event) => choose(event.target.value ? Number(event.target.value) : null)}
            >
              <option value="">— choose —</option>
              {choices.map((judge) => (
                <option key={judge.id} value={judge.latest.id}>
                  {judge.name} v{judge.latest.version}
                </option>
              ))}
            </select>
          </Field>
          <button
            type="button"
            className="primary"
            data-testid="run-pairwise-start"
            disabled={judgeVersionId === null || starting || sameRun}
            onClick={() => void start()}
          >
            {starting ? 'Starting…' : 'Compare the answers'}
          </button>
        </div>
      )}
      {sameRun && <p className="muted small">Pick two different runs.</p>}
      {error && <ErrorAlert error={error} testId="run-pairwise-error" />}
    </fieldset>
  );
}
