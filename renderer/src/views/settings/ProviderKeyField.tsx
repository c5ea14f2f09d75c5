// Entering a provider's API key. The key goes straight to the main process and is never shown or kept
// here: the field empties once it is taken. Where keys cannot be stored (environment keys, AWS
// credentials), entering the same key again confirms it for an endpoint it was not entered for.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ProviderConfig } from '../../../../shared/judging';
import { useGavel } from '../../store/store-context';
import { describeKey, usesApiKey } from './key-sources';
import { KeyVariables } from './KeyVariables';

export function ProviderKeyField({ provider }: { provider: ProviderConfig }) {
  const { keyStore, status, form } = useGavel(
    useShallow((s) => ({
      keyStore: s.providers.view?.keyStore,
      status: s.providers.view?.keys[provider.id],
      form: s.providers.form,
    })),
  );
  const problem = status?.problem ?? null;

  if (provider.kind === 'bedrock') {
    return (
      <>
        <p className="muted small">
          Amazon Bedrock signs requests with the AWS credential chain (<code>AWS_PROFILE</code>,{' '}
          <code>AWS_ACCESS_KEY_ID</code>, SSO, instance roles): no key is stored in Gavel.
        </p>
        {problem && <KeyInput provider={provider} problem={problem} label="AWS secret access key" action="Confirm" />}
      </>
    );
  }
  if (!usesApiKey(provider.kind) || !keyStore) return null;

  const variables = status?.envVariables ?? [];
  const described = describeKey(provider, status);

  return (
    <fieldset className="form-group">
      <legend>API key</legend>
      <p className="small">
        <span className={`badge tone-${described.tone}`}>{described.text}</span>
        {form?.keySaved && <span className="tone-pass"> Key {keyStore.writable ? 'stored' : 'confirmed'}.</span>}
      </p>
      {keyStore.writable || problem ? (
        <KeyInput
          provider={provider}
          problem={problem}
          label={keyStore.writable ? 'New key' : 'The key set in the environment'}
          action={keyStore.writable ? 'Store key' : 'Confirm'}
          placeholder={status?.present ? 'Replace the stored key' : 'Paste the key'}
        />
      ) : (
        variables.length > 0 && (
          <p className="small">
            Set <KeyVariables names={variables} /> in the environment before starting Gavel.
          </p>
        )
      )}
      {keyStore.writable && variables.length > 0 && (
        <p className="muted small">
          Without a stored key, <KeyVariables names={variables} /> is read from the environment.
        </p>
      )}
    </fieldset>
  );
}

interface KeyInputProps {
  provider: ProviderConfig;
  /** Why the key is not sent to this provider's endpoint now, if it is not. */
  problem: string | null;
  label: string;
  action: string;
  placeholder?: string;
}

function KeyInput({ provider, problem, label, action, placeholder = 'Paste the key' }: KeyInputProps) {
  const { form, setKey } = useGavel(useShallow((s) => ({ form: s.providers.form, setKey: s.setProviderKey })));
  const [key, setKeyText] = useState('');
  const save = async () => {
    if (!key || form?.savingKey) return;
    if (await setKey(provider.id, key)) setKeyText('');
  };
  return (
    <>
      {problem && (
        <p className="small tone-fail" data-testid="provider-key-problem-detail">
          {problem}
        </p>
      )}
      <div className="form-row">
        <label className="field grow">
          <span className="field-label">{label}</span>
          <input
            type="password"
            data-testid="provider-key-input"
            autoComplete="off"
            spellCheck={false}
            placeholder={placeholder}
            value={key}
            onChange={(event) => setKeyText(event.target.value)}
            onKeyDown={(event) => {
              // Enter takes the key, not the provider form around it.
              if (event.key === 'Enter') {
                event.preventDefault();
                void save();
              }
            }}
          />
        </label>
        <button
          type="button"
          data-testid="provider-key-save"
          disabled={!key || form?.savingKey}
          onClick={() => void save()}
        >
          {form?.savingKey ? 'Saving…' : action}
        </button>
      </div>
    </>
  );
}
