// Adding or changing a provider. Enter saves, Esc closes. Once saved, its key can be set below.
import { useState } from 'react';
import { KeyboardForm } from '../../components/KeyboardForm';
import { useShallow } from 'zustand/react/shallow';
import { PROVIDER_KINDS, type ProviderConfig, type ProviderKind } from '../../../../shared/judging';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { PROVIDER_KIND_LABELS } from '../../format/judging';
import { useGavel } from '../../store/store-context';
import { configToSave, newProvider } from './provider-draft';
import { ProviderEndpointFields } from './ProviderEndpointFields';
import { ProviderKeyField } from './ProviderKeyField';
import { ProviderLimitsFields } from './ProviderLimitsFields';

export function ProviderForm({ initial }: { initial: ProviderConfig | null }) {
  const { form, save, close } = useGavel(
    useShallow((s) => ({ form: s.providers.form, save: s.saveProvider, close: s.closeProviderForm })),
  );
  const [draft, setDraft] = useState<ProviderConfig>(initial ?? newProvider());
  if (!form) return null;
  const existing = form.target.kind === 'existing';
  const edit = (changes: Partial<ProviderConfig>) => setDraft((current) => ({ ...current, ...changes }));

  return (
    <KeyboardForm
      className="provider-form"
      data-testid="provider-form"
      aria-label={existing ? `Provider ${draft.id}` : 'New provider'}
      onSubmit={() => void save(configToSave(draft))}
      onEscape={close}
    >
      <h3>{existing ? `Provider ${draft.id}` : 'New provider'}</h3>
      <div className="form-row">
        <Field label="Name" hint={existing ? undefined : 'Judges refer to it by this name, e.g. openai or ollama.'}>
          <input
            type="text"
            data-testid="provider-id"
            required
            autoFocus={!existing}
            readOnly={existing}
            maxLength={64}
            pattern="[A-Za-z0-9][A-Za-z0-9._\-]*"
            title="Letters, digits, dot, underscore or hyphen"
            value={draft.id}
            onChange={(event) => edit({ id: event.target.value })}
          />
        </Field>
        <Field
          label="Kind"
          hint={
            draft.kind === 'openai-compatible' ? 'Ollama, vLLM, LM Studio, Databricks serving endpoints…' : undefined
          }
        >
          <select
            data-testid="provider-kind"
            value={draft.kind}
            onChange={(event) => edit({ kind: event.target.value as ProviderKind })}
          >
            {PROVIDER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {PROVIDER_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <ProviderEndpointFields draft={draft} edit={edit} />
      {draft.kind !== 'heuristic' && (
        <ProviderLimitsFields limits={draft.limits} onLimits={(limits) => edit({ limits })} />
      )}
      {form.error && <ErrorAlert error={form.error} testId="provider-error" />}
      <div className="form-actions">
        <button type="submit" className="primary" data-testid="provider-save" disabled={form.saving}>
          {form.saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={close}>
          Close
        </button>
        {form.saved && (
          <span className="tone-pass" role="status" data-testid="provider-saved">
            Saved.
          </span>
        )}
      </div>
      {existing && <ProviderKeyField provider={draft} />}
    </KeyboardForm>
  );
}
