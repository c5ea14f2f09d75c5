// One candidate model that writes answers before the judges look at them: where it runs, which model,
// and optionally its system prompt, temperature and token limit.
import { useShallow } from 'zustand/react/shallow';
import { Field } from '../../components/Field';
import { NumberInput } from '../../components/NumberInput';
import type { CandidateDraft } from '../../store/launch-plan';
import { modelProviders } from '../../store/slices/settings/providers';
import { useGavel } from '../../store/store-context';

interface Props {
  candidate: CandidateDraft;
  /** The form needs at least one candidate while it generates answers. */
  removable: boolean;
}

export function CandidateRow({ candidate, removable }: Props) {
  const { configured, edit, remove } = useGavel(
    useShallow((s) => ({
      configured: s.providers.view?.providers,
      edit: s.editCandidate,
      remove: s.removeCandidate,
    })),
  );
  // Heuristic providers score; they write no answers.
  const providers = modelProviders(configured);
  const change = (changes: Partial<Omit<CandidateDraft, 'rowId'>>) => edit(candidate.rowId, changes);

  return (
    <div className="candidate-row" data-testid="run-candidate">
      <div className="form-row">
        <Field label="Provider">
          <select
            data-testid="run-candidate-provider"
            value={candidate.provider}
            onChange={(event) => change({ provider: event.target.value })}
          >
            {candidate.provider === '' && <option value="">— choose —</option>}
            {providers.map((provider) => (
              <option key={provider.id} value={provider.id}>
                {provider.id}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Model" className="grow">
          <input
            type="text"
            data-testid="run-candidate-model"
            required
            maxLength={200}
            placeholder="e.g. gpt-4o-mini"
            value={candidate.model}
            onChange={(event) => change({ model: event.target.value })}
          />
        </Field>
        <Field label="Temperature">
          <NumberInput
            className="narrow"
            optional
            min={0}
            max={2}
            step={0.1}
            placeholder="default"
            value={candidate.temperature}
            onValue={(temperature) => change({ temperature })}
          />
        </Field>
        <Field label="Max tokens">
          <NumberInput
            className="narrow"
            optional
            min={1}
            max={32_000}
            step={1}
            placeholder="default"
            value={candidate.maxTokens}
            onValue={(maxTokens) => change({ maxTokens })}
          />
        </Field>
        <button
          type="button"
          className="quiet"
          data-testid="run-candidate-remove"
          disabled={!removable}
          aria-label={`Remove ${candidate.model || 'this candidate'}`}
          onClick={() => remove(candidate.rowId)}
        >
          Remove
        </button>
      </div>
      <Field label="System prompt (optional)">
        <textarea
          rows={2}
          maxLength={20_000}
          value={candidate.system}
          onChange={(event) => change({ system: event.target.value })}
        />
      </Field>
    </div>
  );
}
