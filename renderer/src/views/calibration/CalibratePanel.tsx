// Closing the loop: a new version of the judge with the few-shot set, re-run on labelled items it
// never saw, and the agreement before and after on exactly those items.
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { NumberInput } from '../../components/NumberInput';
import { modelProviders } from '../../store/slices/settings/providers';
import { useGavel } from '../../store/store-context';
import { CalibrationHistory } from './CalibrationHistory';
import { CalibrationResult } from './CalibrationResult';

const HOLDOUT_CHOICES = [
  { value: 0, label: 'None: measure on every labelled item not used as an example' },
  { value: 0.2, label: '20% of labelled items, set aside before choosing examples' },
  { value: 0.3, label: '30% of labelled items, set aside before choosing examples' },
  { value: 0.5, label: '50% of labelled items, set aside before choosing examples' },
];

export function CalibratePanel() {
  const { state, providers, dirty, edit, start } = useGavel(
    useShallow((s) => ({
      state: s.calibrationRuns,
      providers: s.providers.view?.providers,
      dirty: s.fewshot.dirty,
      edit: s.editCalibrateForm,
      start: s.startCalibration,
    })),
  );
  const { form, starting, error, current } = state;
  const running = current?.status === 'running';
  return (
    <section className="calibration-panel" aria-labelledby="calibrate-title" data-testid="calibrate-panel">
      <h2 id="calibrate-title">Calibrate: prove the improvement</h2>
      <p className="muted small">
        Makes a new version of the judge with the saved few-shot set (Gavel’s suggestions when none is saved), runs it
        on labelled items that are not among the examples, and compares it with the current version on exactly those
        items.
      </p>
      {dirty && (
        <p className="note warning" role="note">
          The few-shot set has unsaved changes: calibration uses the saved set.
        </p>
      )}
      <div className="form-row">
        <Field label="Hold-out">
          <select
            data-testid="calibrate-holdout"
            value={form.holdout}
            onChange={(event) => edit({ holdout: Number(event.target.value) })}
          >
            {HOLDOUT_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Examples at most">
          <NumberInput
            className="narrow"
            data-testid="calibrate-max-examples"
            value={form.maxExamples}
            onValue={(value) => edit({ maxExamples: value ?? form.maxExamples })}
          />
        </Field>
        <Field label="Provider">
          <select
            data-testid="calibrate-provider"
            value={form.provider}
            onChange={(event) => edit({ provider: event.target.value })}
          >
            <option value="">Same as the current version</option>
            {modelProviders(providers).map((provider) => (
              <option key={provider.id} value={provider.id}>
                {provider.id}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Model">
          <input
            type="text"
            data-testid="calibrate-model"
            placeholder="Same as the current version"
            value={form.model}
            onChange={(event) => edit({ model: event.target.value })}
          />
        </Field>
        <button
          type="button"
          className="primary"
          data-testid="calibrate-start"
          disabled={starting || running}
          onClick={() => void start()}
        >
          {starting ? 'Starting…' : 'Calibrate'}
        </button>
      </div>
      {error && <ErrorAlert error={error} testId="calibrate-error" />}
      {current && <CalibrationResult calibration={current} />}
      <CalibrationHistory />
    </section>
  );
}
