// The workspace this window works on, who is reviewing, and any error reading the workspace.
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useGavel } from '../../store/store-context';
import { ReviewerBadge } from '../review/ReviewerBadge';
import { AccessBadge } from './AccessBadge';

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
      <AccessBadge />
      <ReviewerBadge />
      {error && <ErrorAlert error={error} onDismiss={dismiss} />}
    </header>
  );
}
