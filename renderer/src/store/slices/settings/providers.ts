// Model providers (Settings): their settings, whether each has a key, and connection tests.
// API keys pass through here on their way to the main process and are never kept in the store.
import type { ProvidersView } from '../../../../../shared/contract';
import type { ProviderConfig } from '../../../../../shared/judging';
import type { ApiError } from '../../../../../shared/result';
import type { SliceCreator } from '../../types';

export interface ConnectionTest {
  running: boolean;
  result: { ok: boolean; message: string; models: string[] } | null;
  error: ApiError | null;
}

export interface OllamaDetection {
  detecting: boolean;
  result: { available: boolean; models: string[] } | null;
}

/** Which provider the form shows: one being added, or an existing one by id. */
export type ProviderFormTarget = { kind: 'new' } | { kind: 'existing'; id: string };

export interface ProviderFormState {
  target: ProviderFormTarget;
  saving: boolean;
  /** The settings were saved since the form opened (the form stays open to set the key). */
  saved: boolean;
  savingKey: boolean;
  keySaved: boolean;
  error: ApiError | null;
}

export interface ProvidersState {
  view: ProvidersView | null;
  loaded: boolean;
  error: ApiError | null;
  form: ProviderFormState | null;
  tests: Record<string, ConnectionTest>;
  ollama: OllamaDetection;
}

export interface ProvidersSlice {
  providers: ProvidersState;
  loadProviders(): Promise<void>;
  openProviderForm(target: ProviderFormTarget): void;
  closeProviderForm(): void;
  saveProvider(config: ProviderConfig): Promise<void>;
  /** Sends the key to the keychain; resolves true once stored, so the caller clears its field. */
  setProviderKey(id: string, key: string): Promise<boolean>;
  deleteProvider(id: string): Promise<void>;
  testProvider(id: string): Promise<void>;
  detectOllama(): Promise<OllamaDetection['result']>;
  dismissProvidersError(): void;
}

/** The providers that can run a model (heuristic ones score without one), in their configured order. */
export const modelProviders = (providers: readonly ProviderConfig[] | null | undefined): ProviderConfig[] =>
  (providers ?? []).filter((provider) => provider.kind !== 'heuristic');

const newForm = (target: ProviderFormTarget): ProviderFormState => ({
  target,
  saving: false,
  saved: false,
  savingKey: false,
  keySaved: false,
  error: null,
});

export const createProvidersSlice: SliceCreator<ProvidersSlice> = (api) => (set, get) => {
  const patch = (changes: Partial<ProvidersState>) => set((s) => ({ providers: { ...s.providers, ...changes } }));
  const patchForm = (changes: Partial<ProviderFormState>) =>
    set((s) => ({ providers: { ...s.providers, form: s.providers.form && { ...s.providers.form, ...changes } } }));
  const setTest = (id: string, test: ConnectionTest) =>
    set((s) => ({ providers: { ...s.providers, tests: { ...s.providers.tests, [id]: test } } }));

  return {
    providers: {
      view: null,
      loaded: false,
      error: null,
      form: null,
      tests: {},
      ollama: { detecting: false, result: null },
    },

    loadProviders: async () => {
      const result = await api['providers.list']({});
      patch(result.ok ? { view: result.value, loaded: true } : { error: result.error });
    },

    openProviderForm: (target) => patch({ form: newForm(target), ollama: { detecting: false, result: null } }),

    closeProviderForm: () => patch({ form: null }),

    saveProvider: async (config) => {
      patchForm({ saving: true, saved: false, error: null });
      const result = await api['providers.save']({ config });
      if (!result.ok) {
        patchForm({ saving: false, error: result.error });
        return;
      }
      patch({ view: result.value });
      // A provider just added becomes the one being edited, so its key can be set next.
      patchForm({ saving: false, saved: true, target: { kind: 'existing', id: config.id } });
    },

    setProviderKey: async (id, key) => {
      patchForm({ savingKey: true, keySaved: false, error: null });
      const result = await api['providers.setKey']({ id, key });
      if (!result.ok) {
        patchForm({ savingKey: false, error: result.error });
        return false;
      }
      patch({ view: result.value });
      patchForm({ savingKey: false, keySaved: true });
      return true;
    },

    deleteProvider: async (id) => {
      const result = await api['providers.delete']({ id });
      if (!result.ok) {
        patch({ error: result.error });
        return;
      }
      const { form } = get().providers;
      const editingDeleted = form?.target.kind === 'existing' && form.target.id === id;
      patch({ view: result.value, form: editingDeleted ? null : form });
    },

    testProvider: async (id) => {
      setTest(id, { running: true, result: null, error: null });
      const result = await api['providers.test']({ id });
      setTest(
        id,
        result.ok
          ? { running: false, result: result.value, error: null }
          : { running: false, result: null, error: result.error },
      );
    },

    detectOllama: async () => {
      patch({ ollama: { detecting: true, result: null } });
      const result = await api['providers.detectOllama']({});
      const found = result.ok ? result.value : { available: false, models: [] };
      patch({ ollama: { detecting: false, result: found } });
      return found;
    },

    dismissProvidersError: () => patch({ error: null }),
  };
};
