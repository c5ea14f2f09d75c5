// Launching a run: a dataset, which items, where the answers come from (the dataset, or candidate
// models that write them first), the judges (their latest versions), then the estimate of what it
// will cost before anything is spent. Enter starts, Esc cancels.
import { useShallow } from 'zustand/react/shallow';
import { KeyboardForm } from '../../components/KeyboardForm';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { NumberInput } from '../../components/NumberInput';
import { candidatesOf, type AnswersSource, type SelectionKind } from '../../store/launch-plan';
import { useGavel } from '../../store/store-context';
import { CandidatesFields } from './CandidatesFields';
import { launchableJudges } from './judge-choices';
import { RunEstimateView } from './RunEstimateView';

export function RunLaunchForm() {
  const { launch, datasets, judges, edit, chooseAnswers, start, close } = useGavel(
    useShallow((s) => ({
      launch: s.runLaunch,
      datasets: s.workspace.datasets,
      judges: s.judges.list,
      edit: s.editLaunch,
      chooseAnswers: s.chooseAnswers,
      start: s.startRun,
      close: s.closeLaunch,
    })),
  );
  const { plan } = launch;
  const runnable = launchableJudges(judges);
  const runCount = Math.max(1, candidatesOf(plan).length);
  const toggleJudge = (versionId: number, on: boolean) =>
    edit({
      judgeVersionIds: on
        ? [...plan.judgeVersionIds, versionId]
        : plan.judgeVersionIds.filter((id) => id !== versionId),
    });
  const canStart = launch.estimate !== null && !launch.starting;

  return (
    <KeyboardForm
      className="run-launch"
      aria-label="New run"
      onSubmit={() => {
        if (canStart) void start();
      }}
      onEscape={close}
    >
      <h2>New run</h2>
      <div className="form-row">
        <Field label="Dataset">
          <select
            data-testid="run-dataset"
            autoFocus
            value={plan.datasetId ?? ''}
            onChange={(event) => edit({ datasetId: event.target.value ? Number(event.target.value) : null })}
          >
            {plan.datasetId === null && <option value="">— choose —</option>}
            {datasets.map((dataset) => (
              <option key={dataset.id} value={dataset.id}>
                {dataset.name} ({dataset.items.toLocaleString()} items)
              </option>
            ))}
          </select>
        </Field>
        <Field label="Items">
          <select
            data-testid="run-selection"
            value={plan.selection}
            onChange={(event) => edit({ selection: event.target.value as SelectionKind })}
          >
            <option value="all">All items</option>
            <option value="sample">A random sample</option>
            <option value="first">The first items</option>
          </select>
        </Field>
        {plan.selection !== 'all' && (
          <Field label="How many">
            <NumberInput
              className="narrow"
              data-testid="run-sample-size"
              min={1}
              step={1}
              required
              value={plan.size}
              onValue={(size) => edit({ size: size ?? plan.size })}
            />
          </Field>
        )}
        {plan.selection === 'sample' && (
          <Field label="Seed" hint="The same seed picks the same items.">
            <NumberInput
              className="narrow"
              data-testid="run-seed"
              step={1}
              value={plan.seed}
              onValue={(seed) => edit({ seed: seed ?? plan.seed })}
            />
          </Field>
        )}
        {runCount === 1 && (
          <Field label="Name (optional)" className="grow">
            <input
              type="text"
              data-testid="run-name"
              maxLength={200}
              value={plan.name}
              onChange={(event) => edit({ name: event.target.value })}
            />
          </Field>
        )}
      </div>
      <div className="form-row">
        <Field label="Answers">
          <select
            data-testid="run-answers"
            value={plan.answers}
            onChange={(event) => chooseAnswers(event.target.value as AnswersSource)}
          >
            <option value="dataset">Judge the dataset’s responses</option>
            <option value="generate">Generate answers with candidate models first</option>
          </select>
        </Field>
      </div>
      {plan.answers === 'generate' && <CandidatesFields />}
      <fieldset className="form-group" data-testid="run-judges">
        <legend>Judges (latest version of each)</legend>
        {runnable.length === 0 && <p className="muted small">No judges to run yet: create one on the Judges page.</p>}
        <div className="checkbox-grid">
          {runnable.map((judge) => (
            <label key={judge.id} className="checkbox-row">
              <input
                type="checkbox"
                data-judge-name={judge.name}
                checked={plan.judgeVersionIds.includes(judge.latest.id)}
                onChange={(event) => toggleJudge(judge.latest.id, event.target.checked)}
              />
              <span>
                {judge.name} <span className="muted">v{judge.latest.version}</span>
                {judge.latest.model && <span className="muted small"> · {judge.latest.model}</span>}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <RunEstimateView />
      {launch.error && <ErrorAlert error={launch.error} testId="run-launch-error" />}
      <div className="form-actions">
        <button type="submit" className="primary" data-testid="run-start" disabled={!canStart}>
          {launch.starting ? 'Starting…' : runCount === 1 ? 'Start run' : `Start ${runCount} runs`}
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </KeyboardForm>
  );
}
