// How API keys are kept on this machine, said plainly before anyone types one.
import type { ProvidersView } from '../../../../shared/contract';
import { ownKeyVariable } from './key-sources';

export function KeyStoreNote({ keyStore }: { keyStore: ProvidersView['keyStore'] }) {
  if (!keyStore.writable) {
    return (
      <p className="note" data-testid="key-store-note">
        Keys can't be stored here: they come from environment variables set before Gavel starts —{' '}
        <code>OPENAI_API_KEY</code> for OpenAI and OpenAI-compatible providers, <code>AZURE_OPENAI_API_KEY</code> for
        Azure OpenAI, or <code>GAVEL_KEY_&lt;ID&gt;</code> for one provider (e.g.{' '}
        <code>{ownKeyVariable('openai')}</code>
        ). Amazon Bedrock uses the AWS credential chain.
      </p>
    );
  }
  if (!keyStore.secure) {
    return (
      <p className="note warning" data-testid="key-store-note">
        Keys you set are stored <strong>without OS encryption</strong> ({keyStore.backend}): anyone who can read your
        files can read them. Environment variables (<code>OPENAI_API_KEY</code>, <code>AZURE_OPENAI_API_KEY</code>,{' '}
        <code>GAVEL_KEY_&lt;ID&gt;</code>) avoid that.
      </p>
    );
  }
  return (
    <p className="muted small" data-testid="key-store-note">
      Keys you set are encrypted by the operating system ({keyStore.backend}) and never shown again.
    </p>
  );
}
