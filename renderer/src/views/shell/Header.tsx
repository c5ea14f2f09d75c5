// The workspace this window works on, and any error reading it.
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useGavel } from '../../store/store-context';

export function Header() {
  const { info, error, dismiss } = useGavel(
    useShallow((s) => ({ info: s.workspace.info, error: s.workspace.error, dismiss: s.dismissWorkspaceError })),
  );
  return (
    <header className="header">
      <span className="header-label">Workspace</span>
      <span className="workspace-path" data-testid="workspace-path" title={info?.path}>
        <span className="workspace-path-text">{info?.path ?? '…'}</span>
      </span>
      {error && <ErrorAlert error={error} onDismiss={dismiss} />}
    </header>
  );
}
