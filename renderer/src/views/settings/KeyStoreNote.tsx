// How API keys are kept on this machine, said plainly before anyone types one.
import type { ProvidersView } from '../../../../shared/contract';

export function KeyStoreNote({ keyStore }: { keyStore: ProvidersView['keyStore'] }) {
  if (!keyStore.writable) {
    return (
      <p className="note" data-testid="key-store-note">
        Keys can't be stored here: they come from environment variables set before Gavel starts. Each provider below
        names the ones it reads; Amazon Bedrock uses the AWS credential chain.
      </p>
    );
  }
  if (!keyStore.secure) {
    return (
      <p className="note warning" data-testid="key-store-note">
        Keys you set are stored <strong>without OS encryption</strong> ({keyStore.backend}): anyone who can read your
        files can read them. Environment variables (each provider names the ones it reads) avoid that.
      </p>
    );
  }
  return (
    <p className="muted small" data-testid="key-store-note">
      Keys you set are encrypted by the operating system ({keyStore.backend}) and never shown again.
    </p>
  );
}
