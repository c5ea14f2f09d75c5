// Setting a provider's API key. The key goes straight to the main process and is never shown or kept
// here: the field empties once it is stored.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ProviderConfig } from '../../../../shared/judging';
import { useGavel } from '../../store/store-context';
import { describeKey, usesApiKey } from './key-sources';
import { KeyVariables } from './KeyVariables';

export function ProviderKeyField({ provider }: { provider: ProviderConfig }) {
  const { keyStore, status, form, setKey } = useGavel(
    useShallow((s) => ({
      keyStore: s.providers.view?.keyStore,
      status: s.providers.view?.keys[provider.id],
      form: s.providers.form,
      setKey: s.setProviderKey,
    })),
  );
  const [key, setKeyText] = useState('');

  if (provider.kind === 'bedrock') {
    return (
      <p className="muted small">
        Amazon Bedrock signs requests with the AWS credential chain (<code>AWS_PROFILE</code>,{' '}
        <code>AWS_ACCESS_KEY_ID</code>, SSO, instance roles): no key is stored in Gavel.
      </p>
    );
  }
  if (!usesApiKey(provider.kind) || !keyStore) return null;

  const variables = status?.envVariables ?? [];
  const described = describeKey(provider, status);
  const save = async () => {
    if (!key || form?.savingKey) return;
    if (await setKey(provider.id, key)) setKeyText('');
  };

  return (
    <fieldset className="form-group">
      <legend>API key</legend>
      <p className="small">
        <span className={`badge tone-${described.tone}`}>{described.text}</span>
        {form?.keySaved && <span className="tone-pass"> Key stored.</span>}
      </p>
      {keyStore.writable ? (
        <div className="form-row">
          <label className="field grow">
            <span className="field-label">New key</span>
            <input
              type="password"
              data-testid="provider-key-input"
              autoComplete="off"
              spellCheck={false}
              placeholder={status?.present ? 'Replace the stored key' : 'Paste the key'}
              value={key}
              onChange={(event) => setKeyText(event.target.value)}
              onKeyDown={(event) => {
                // Enter stores the key, not the provider form around it.
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
            {form?.savingKey ? 'Storing…' : 'Store key'}
          </button>
        </div>
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
