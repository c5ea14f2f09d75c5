// The providers judges call, the form to add or change one, and how their keys are kept.
import { useShallow } from 'zustand/react/shallow';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useGavel } from '../../store/store-context';
import { KeyStoreNote } from './KeyStoreNote';
import { ProviderForm } from './ProviderForm';
import { ProviderRow } from './ProviderRow';

export function ProvidersPanel() {
  const { view, loaded, error, form, openForm, dismiss } = useGavel(
    useShallow((s) => ({
      view: s.providers.view,
      loaded: s.providers.loaded,
      error: s.providers.error,
      form: s.providers.form,
      openForm: s.openProviderForm,
      dismiss: s.dismissProvidersError,
    })),
  );
  const providers = view?.providers ?? [];
  const target = form?.target;
  const editing = target?.kind === 'existing' ? providers.find((provider) => provider.id === target.id) : undefined;

  return (
    <section className="settings-panel" aria-labelledby="providers-title">
      <div className="section-header">
        <h2 id="providers-title">Providers</h2>
        <button
          type="button"
          className="primary"
          data-testid="provider-add"
          disabled={form?.target.kind === 'new'}
          onClick={() => openForm({ kind: 'new' })}
        >
          Add provider
        </button>
      </div>
      {view && <KeyStoreNote keyStore={view.keyStore} />}
      {error && <ErrorAlert error={error} onDismiss={dismiss} />}
      {form && <ProviderForm key={editing?.id ?? 'new'} initial={editing ?? null} />}
      <div data-testid="providers-list">
        {loaded && providers.length === 0 && (
          <EmptyState title="No providers yet">
            <p>
              Add OpenAI, Azure OpenAI, Amazon Bedrock, or any OpenAI-compatible server (Ollama, vLLM, LM Studio,
              Databricks serving endpoints) for LLM judges to call. Heuristic judges need none.
            </p>
          </EmptyState>
        )}
        {providers.length > 0 && (
          <table className="list-table">
            <thead>
              <tr>
                <th scope="col">Provider</th>
                <th scope="col">Kind</th>
                <th scope="col">Endpoint</th>
                <th scope="col">Limits</th>
                <th scope="col">Key</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            {providers.map((provider) => (
              <ProviderRow key={provider.id} provider={provider} keyStatus={view?.keys[provider.id]} />
            ))}
          </table>
        )}
      </div>
    </section>
  );
}
