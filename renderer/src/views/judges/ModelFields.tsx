// Which model judges, through which provider, with which parameters (all part of the version).
import { useShallow } from 'zustand/react/shallow';
import { DEFAULT_PARAMS, type ModelParams } from '../../../../shared/judging';
import { Field } from '../../components/Field';
import { NumberInput } from '../../components/NumberInput';
import { modelProviders } from '../../store/slices/settings/providers';
import { useGavel } from '../../store/store-context';

const NO_PROVIDER = '';

export function ModelFields() {
  const { spec, configured, tests, edit, goTo } = useGavel(
    useShallow((s) => ({
      spec: s.judgeEditor.draft?.spec,
      configured: s.providers.view?.providers,
      tests: s.providers.tests,
      edit: s.editJudgeSpec,
      goTo: s.goTo,
    })),
  );
  if (!spec) return null;
  const { params } = spec;
  const providers = modelProviders(configured);
  // Models the provider listed when its connection was last tested, offered as suggestions.
  const knownModels = (spec.provider && tests[spec.provider]?.result?.models) || [];
  const setParams = (changes: Partial<ModelParams>) => edit({ params: { ...params, ...changes } });
  // A judge may name a provider removed since: keep it visible rather than silently switching.
  const unknownProvider = spec.provider !== null && !providers.some((provider) => provider.id === spec.provider);

  return (
    <fieldset className="form-group">
      <legend>Model</legend>
      {providers.length === 0 && (
        <p className="muted small">
          No model provider is set up yet.{' '}
          <button type="button" className="link" onClick={() => goTo('settings')}>
            Add one in Settings
          </button>
        </p>
      )}
      <div className="form-row">
        <Field label="Provider">
          <select
            data-testid="judge-provider"
            value={spec.provider ?? NO_PROVIDER}
            onChange={(event) => edit({ provider: event.target.value || null })}
          >
            <option value={NO_PROVIDER}>— choose —</option>
            {providers.map((provider) => (
              <option key={provider.id} value={provider.id}>
                {provider.id}
              </option>
            ))}
            {unknownProvider && <option value={spec.provider ?? ''}>{spec.provider} (not set up)</option>}
          </select>
        </Field>
        <Field label="Model" className="grow">
          <input
            type="text"
            data-testid="judge-model"
            list="judge-model-choices"
            placeholder="e.g. gpt-4o-mini"
            maxLength={200}
            value={spec.model ?? ''}
            onChange={(event) => edit({ model: event.target.value.trim() ? event.target.value : null })}
          />
          <datalist id="judge-model-choices">
            {knownModels.map((model) => (
              <option key={model} value={model} />
            ))}
          </datalist>
        </Field>
      </div>
      <div className="form-row">
        <Field label="Temperature">
          <NumberInput
            className="narrow"
            data-testid="judge-temperature"
            min={0}
            max={2}
            step={0.1}
            value={params.temperature}
            onValue={(temperature) => setParams({ temperature: temperature ?? DEFAULT_PARAMS.temperature })}
          />
        </Field>
        <Field label="Max tokens">
          <NumberInput
            className="narrow"
            data-testid="judge-max-tokens"
            min={1}
            max={32_000}
            step={1}
            value={params.maxTokens}
            onValue={(maxTokens) => setParams({ maxTokens: maxTokens ?? DEFAULT_PARAMS.maxTokens })}
          />
        </Field>
        <Field label="Top P" hint="Empty: the model's default.">
          <NumberInput
            className="narrow"
            optional
            min={0}
            max={1}
            step={0.05}
            value={params.topP}
            onValue={(topP) => setParams({ topP })}
          />
        </Field>
        <label className="checkbox-row" title="OpenAI models only">
          <input
            type="checkbox"
            data-testid="judge-logprobs"
            checked={params.logprobs}
            onChange={(event) => setParams({ logprobs: event.target.checked })}
          />
          Log-probabilities (probability-weighted score)
        </label>
      </div>
    </fieldset>
  );
}
