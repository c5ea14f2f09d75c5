// A new labelling session: what to rate (dataset, judges, which items), how (blind, rationale
// required), who, and instructions in markdown. Enter saves, Esc cancels.
import { useShallow } from 'zustand/react/shallow';
import { KeyboardForm } from '../../components/KeyboardForm';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { NumberInput } from '../../components/NumberInput';
import type { SelectionKind, SessionForm as Form } from '../../store/slices/review/sessions';
import { useGavel } from '../../store/store-context';

const SELECTION_LABELS: Record<SelectionKind, string> = {
  all: 'All items',
  sample: 'A random sample',
  stratified: 'A sample stratified by a judge’s verdicts',
  hard_first: 'Hardest first (judges disagree, uncertain verdicts)',
};

export function SessionForm({ form }: { form: Form }) {
  const { datasets, edit, save, close, saving, error } = useGavel(
    useShallow((s) => ({
      datasets: s.workspace.datasets,
      edit: s.editSessionForm,
      save: s.saveSession,
      close: s.closeSessionForm,
      saving: s.sessions.saving,
      error: s.sessions.formError,
    })),
  );
  const judges = datasets.find((dataset) => dataset.id === form.datasetId)?.judges ?? [];
  const sized = form.selection !== 'all';
  const canSave = form.name.trim() !== '' && form.datasetId !== null && form.judges.length > 0 && !saving;

  return (
    <KeyboardForm
      className="session-form"
      aria-label="New session"
      onSubmit={() => {
        if (canSave) void save();
      }}
      onEscape={close}
    >
      <div className="form-row">
        <Field label="Name" className="grow">
          <input
            type="text"
            data-testid="session-name"
            autoFocus
            maxLength={200}
            value={form.name}
            onChange={(event) => edit({ name: event.target.value })}
          />
        </Field>
        <Field label="Dataset">
          <select
            value={form.datasetId ?? ''}
            onChange={(event) =>
              edit({ datasetId: event.target.value ? Number(event.target.value) : null, judges: [] })
            }
          >
            {datasets.map((dataset) => (
              <option key={dataset.id} value={dataset.id}>
                {dataset.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className="form-group" data-testid="session-judges">
        <legend>Judges to rate</legend>
        {judges.length === 0 && <p className="muted small">No judge has verdicts in this dataset yet.</p>}
        <div className="checkbox-grid">
          {judges.map((judge) => (
            <label key={judge} className="checkbox-row">
              <input
                type="checkbox"
                data-judge-name={judge}
                checked={form.judges.includes(judge)}
                onChange={(event) =>
                  edit({
                    judges: event.target.checked ? [...form.judges, judge] : form.judges.filter((j) => j !== judge),
                  })
                }
              />
              <span>{judge}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-row">
        <Field label="Items">
          <select
            data-testid="session-selection"
            value={form.selection}
            onChange={(event) => edit({ selection: event.target.value as SelectionKind })}
          >
            {Object.entries(SELECTION_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        {sized && (
          <Field label="How many">
            <NumberInput
              className="narrow"
              data-testid="session-size"
              min={1}
              step={1}
              value={form.size}
              onValue={(size) => edit({ size: size ?? form.size })}
            />
          </Field>
        )}
        {(form.selection === 'sample' || form.selection === 'stratified') && (
          <Field label="Seed" hint="The same seed picks the same items.">
            <NumberInput
              className="narrow"
              step={1}
              value={form.seed}
              onValue={(seed) => edit({ seed: seed ?? form.seed })}
            />
          </Field>
        )}
        {form.selection === 'stratified' && (
          <Field label="Stratify by">
            <select
              value={form.stratifyBy ?? form.judges[0] ?? ''}
              onChange={(event) => edit({ stratifyBy: event.target.value || null })}
            >
              {judges.map((judge) => (
                <option key={judge} value={judge}>
                  {judge}
                </option>
              ))}
            </select>
          </Field>
        )}
      </div>
      <div className="form-row">
        <label className="checkbox-row">
          <input
            type="checkbox"
            data-testid="session-blind"
            checked={form.blind}
            onChange={(event) => edit({ blind: event.target.checked })}
          />
          <span>Blind: hide the judge’s verdict until the reviewer has rated</span>
        </label>
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={form.requireRationale}
            onChange={(event) => edit({ requireRationale: event.target.checked })}
          />
          <span>An override needs a rationale</span>
        </label>
      </div>
      <Field label="Reviewers" hint="Names separated by commas.">
        <input type="text" value={form.reviewers} onChange={(event) => edit({ reviewers: event.target.value })} />
      </Field>
      <Field label="Instructions" hint="Markdown, shown to reviewers above the item.">
        <textarea
          data-testid="session-instructions"
          rows={4}
          value={form.instructions}
          onChange={(event) => edit({ instructions: event.target.value })}
        />
      </Field>
      {error && <ErrorAlert error={error} testId="session-error" />}
      <div className="form-actions">
        <button type="submit" className="primary" data-testid="session-save" disabled={!canSave}>
          {saving ? 'Creating…' : 'Create session'}
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </KeyboardForm>
  );
}
