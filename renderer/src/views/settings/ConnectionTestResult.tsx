// What a connection test found: reachable with these models, or why not.
import type { ConnectionTest } from '../../store/slices/settings/providers';

/** Enough model names to recognise the server; the model field suggests them all. */
const MODELS_SHOWN = 12;

export function ConnectionTestResult({ test }: { test: ConnectionTest }) {
  const ok = test.result?.ok === true;
  const message = test.result?.message ?? test.error?.message ?? '';
  const models = test.result?.models ?? [];
  return (
    <div
      className={`test-result tone-${ok ? 'pass' : 'fail'}`}
      role="status"
      data-testid="provider-test-result"
      data-ok={ok}
    >
      <span className="strong">{ok ? '✓ Connected' : '✗ Failed'}</span>
      {message && <span className="wrap"> — {message}</span>}
      {models.length > 0 && (
        <div className="muted small">
          Models: {models.slice(0, MODELS_SHOWN).join(', ')}
          {models.length > MODELS_SHOWN && ` and ${models.length - MODELS_SHOWN} more`}
        </div>
      )}
    </div>
  );
}
