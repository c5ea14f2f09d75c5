// The search for a better version: what it would cost, starting it within a budget, its phase and
// spending while it runs, and at the end the sealed test and whether the winner was promoted.
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { NumberInput } from '../../components/NumberInput';
import { LiveProgressBar } from '../../components/LiveProgressBar';
import { formatCost } from '../../format/numbers';
import { plural } from '../../format/text';
import { useGavel } from '../../store/store-context';
import { SealedTestResult } from './SealedTestResult';

/** What a running search is doing, in words (its status already says done, paused or failed). */
const PHASE_WORDS: Record<string, string> = {
  dev: 'trying the candidates on the development items',
  test: 'measuring the winner on the sealed test',
};

const cost = (usd: number | null) => (usd === null ? 'unknown (no price for a model)' : formatCost(usd));

export function SearchPanel() {
  const { state, edit, estimate, start, resume } = useGavel(
    useShallow((s) => ({
      state: s.alignSearch,
      edit: s.editAlignSearchForm,
      estimate: s.estimateAlignSearch,
      start: s.startAlignSearch,
      resume: s.resumeAlignSearch,
    })),
  );
  const { form, search, pending, progress, starting, error } = state;
  const driving = pending.length > 0;
  const running = search?.status === 'running';
  // A search runs one step at a time: with no one taking its steps (the app was closed), it can go on from here.
  const resumable = search?.status === 'paused' || (running && !driving);

  return (
    <section className="calibration-panel" aria-labelledby="align-search-title" data-testid="align-search">
      <h2 id="align-search-title">Search, then one sealed test</h2>
      <p className="muted small">
        Splits the labelled items once into development and a sealed test part, builds candidate versions from the
        guidelines and development examples, picks the best on development, and runs only that one on the sealed test.
        It becomes the judge’s current version only when the whole interval of its improvement is above zero. Only
        guidelines drawn from development items are tried.
      </p>
      <div className="form-row">
        <Field label="Budget (US dollars)" hint="Empty: no cap">
          <NumberInput
            className="narrow"
            data-testid="align-budget"
            optional
            min={0}
            value={form.budget}
            onValue={(budget) => edit({ budget })}
          />
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="align-accepted-only"
            checked={form.acceptedOnly}
            onChange={(event) => edit({ acceptedOnly: event.target.checked })}
          />
          Only accepted guidelines
        </label>
      </div>
      <div className="form-row">
        <button type="button" disabled={starting || running} onClick={() => void estimate()}>
          Estimate
        </button>
        <button
          type="button"
          className="primary"
          data-testid="align-start"
          disabled={starting || running}
          onClick={() => void start()}
        >
          {running ? 'Searching…' : 'Search'}
        </button>
        {resumable && (
          <button type="button" data-testid="align-resume" disabled={starting} onClick={() => void resume()}>
            Resume
          </button>
        )}
      </div>
      {state.estimate && (
        <p className="muted small" data-testid="align-estimate">
          {plural(state.estimate.devItems, 'development item')}, {plural(state.estimate.testItems, 'sealed test item')},{' '}
          {plural(state.estimate.candidates, 'candidate')}: estimated {cost(state.estimate.total)}.
        </p>
      )}
      {state.estimate?.warning && (
        <p className="note warning" role="note" data-testid="align-estimate-warning">
          {state.estimate.warning}
        </p>
      )}
      {error && <ErrorAlert error={error} />}
      {search && (
        <div
          className="align-search-status"
          data-testid="align-search-status"
          data-status={search.status}
          aria-live="polite"
        >
          <p>
            <span className={search.status === 'failed' ? 'badge tone-fail' : 'badge'}>{search.status}</span>{' '}
            {PHASE_WORDS[search.phase] && search.status === 'running' && (
              <span data-testid="align-phase">{PHASE_WORDS[search.phase]}</span>
            )}
            {search.message && search.status !== 'done' && <span className="muted"> · {search.message}</span>}
          </p>
          <p className="muted small">
            v{search.from_version}
            {search.to_version !== null && ` → v${search.to_version}`} · {plural(search.candidates, 'candidate')} · cost{' '}
            <span data-testid="align-cost">{cost(search.cost)}</span>
          </p>
          {driving && (
            <LiveProgressBar
              progress={progress}
              testId="align-progress"
              label={progress ? `run #${progress.runId}: ` : undefined}
            />
          )}
          {search.test && <SealedTestResult search={search} test={search.test} />}
          {search.tried.length > 0 && (
            <details>
              <summary>What was tried ({search.tried.length})</summary>
              <ul className="small">
                {search.tried.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
