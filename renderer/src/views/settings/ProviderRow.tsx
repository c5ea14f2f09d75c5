// One provider: its settings at a glance, its key status, and its connection test.
import { useShallow } from 'zustand/react/shallow';
import type { KeyStatus } from '../../../../shared/contract';
import type { ProviderConfig } from '../../../../shared/judging';
import { ConfirmAction } from '../../components/ConfirmAction';
import { PROVIDER_KIND_LABELS } from '../../format/judging';
import { useGavel } from '../../store/store-context';
import { describeKey } from './key-sources';
import { ConnectionTestResult } from './ConnectionTestResult';
import { KeyVariables } from './KeyVariables';
import { describeEndpoint, describeLimits } from './provider-summary';

interface Props {
  provider: ProviderConfig;
  keyStatus: KeyStatus | undefined;
}

export function ProviderRow({ provider, keyStatus }: Props) {
  const { test, openForm, deleteProvider, testProvider } = useGavel(
    useShallow((s) => ({
      test: s.providers.tests[provider.id],
      openForm: s.openProviderForm,
      deleteProvider: s.deleteProvider,
      testProvider: s.testProvider,
    })),
  );
  const key = describeKey(provider, keyStatus);

  return (
    <tbody data-testid="provider-row" data-provider-id={provider.id}>
      <tr>
        <td className="strong mono-cell nowrap">{provider.id}</td>
        <td>{PROVIDER_KIND_LABELS[provider.kind]}</td>
        <td className="mono-cell wrap">{describeEndpoint(provider)}</td>
        <td className="small">{describeLimits(provider)}</td>
        <td>
          <span className={`badge tone-${key.tone}`} data-testid="provider-key-status">
            {key.text}
          </span>
          {keyStatus?.problem && (
            <div className="muted small" data-testid="provider-key-problem">
              {keyStatus.problem}
            </div>
          )}
          {keyStatus && keyStatus.envVariables.length > 0 && (
            <div className="muted small">
              Environment: <KeyVariables names={keyStatus.envVariables} />
            </div>
          )}
        </td>
        <td className="actions">
          <button
            type="button"
            data-testid="provider-test"
            disabled={test?.running}
            onClick={() => void testProvider(provider.id)}
          >
            {test?.running ? 'Testing…' : 'Test'}
          </button>
          <button
            type="button"
            className="quiet"
            data-testid="provider-edit"
            onClick={() => openForm({ kind: 'existing', id: provider.id })}
          >
            Edit
          </button>
          <ConfirmAction
            label="Delete…"
            question={`Delete ${provider.id}? Judges that use it can't run until it exists again.`}
            groupLabel={`Delete provider ${provider.id}?`}
            testId="provider-delete"
            onConfirm={() => deleteProvider(provider.id)}
          />
        </td>
      </tr>
      {test && !test.running && (
        <tr className="sub-row">
          <td colSpan={6}>
            <ConnectionTestResult test={test} />
          </td>
        </tr>
      )}
    </tbody>
  );
}
