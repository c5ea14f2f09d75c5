// Where the provider is reached; what that takes depends on its kind.
import type { ProviderConfig } from '../../../../shared/judging';
import { Field } from '../../components/Field';
import { OllamaDetect } from './OllamaDetect';
import { AZURE_API_VERSION } from './provider-draft';

interface Props {
  draft: ProviderConfig;
  edit(changes: Partial<ProviderConfig>): void;
}

export function ProviderEndpointFields({ draft, edit }: Props) {
  switch (draft.kind) {
    case 'openai':
    case 'openai-compatible': {
      const required = draft.kind === 'openai-compatible';
      return (
        <div className="form-row">
          <Field
            label={required ? 'Base URL' : 'Base URL (optional)'}
            className="grow"
            hint={
              required ? 'The server’s OpenAI-compatible endpoint, usually ending in /v1.' : 'Empty: api.openai.com.'
            }
          >
            <input
              type="url"
              data-testid="provider-base-url"
              required={required}
              placeholder={required ? 'http://127.0.0.1:11434/v1' : 'https://api.openai.com/v1'}
              value={draft.baseUrl ?? ''}
              onChange={(event) => edit({ baseUrl: event.target.value })}
            />
          </Field>
          {required && <OllamaDetect onFound={(baseUrl) => edit({ baseUrl, id: draft.id || 'ollama' })} />}
        </div>
      );
    }
    case 'azure': {
      const azure = draft.azure ?? { endpoint: '', apiVersion: AZURE_API_VERSION, deployment: null };
      const setAzure = (changes: Partial<typeof azure>) => edit({ azure: { ...azure, ...changes } });
      return (
        <div className="form-row">
          <Field label="Endpoint" className="grow">
            <input
              type="url"
              data-testid="provider-azure-endpoint"
              required
              placeholder="https://my-resource.openai.azure.com"
              value={azure.endpoint}
              onChange={(event) => setAzure({ endpoint: event.target.value })}
            />
          </Field>
          <Field label="API version">
            <input
              type="text"
              data-testid="provider-azure-api-version"
              required
              value={azure.apiVersion}
              onChange={(event) => setAzure({ apiVersion: event.target.value })}
            />
          </Field>
          <Field label="Deployment" hint="Empty: the judge’s model names the deployment.">
            <input
              type="text"
              data-testid="provider-azure-deployment"
              value={azure.deployment ?? ''}
              onChange={(event) => setAzure({ deployment: event.target.value })}
            />
          </Field>
        </div>
      );
    }
    case 'bedrock':
      return (
        <div className="form-row">
          <Field label="Region" hint="Empty: from the AWS configuration.">
            <input
              type="text"
              data-testid="provider-region"
              placeholder="us-east-1"
              value={draft.region ?? ''}
              onChange={(event) => edit({ region: event.target.value })}
            />
          </Field>
          <Field label="Profile" hint="Empty: the default credential chain.">
            <input
              type="text"
              data-testid="provider-profile"
              value={draft.profile ?? ''}
              onChange={(event) => edit({ profile: event.target.value })}
            />
          </Field>
          <Field label="Endpoint (optional)" className="grow" hint="Only for a local or private endpoint.">
            <input
              type="url"
              data-testid="provider-endpoint"
              value={draft.endpoint ?? ''}
              onChange={(event) => edit({ endpoint: event.target.value })}
            />
          </Field>
        </div>
      );
    case 'heuristic':
      return <p className="muted small">Heuristic scorers run inside Gavel: nothing to set.</p>;
  }
}
