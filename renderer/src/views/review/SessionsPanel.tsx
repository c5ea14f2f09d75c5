// Labelling sessions: each with its reviewers' progress and a way in, and the form for a new one.
import { useShallow } from 'zustand/react/shallow';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, plural } from '../../format/text';
import { can } from '../../store/slices/shell/access';
import { useGavel } from '../../store/store-context';
import { InviteReviewer } from './InviteReviewer';
import { LabelPacks } from './LabelPacks';
import { ReviewerLinks } from './ReviewerLinks';
import { SessionForm } from './SessionForm';
import { SessionProgress } from './SessionProgress';

export function SessionsPanel() {
  const { sessions, openForm, openSession, mayCreate, mayInvite, mayMovePacks } = useGavel(
    useShallow((s) => ({
      sessions: s.sessions,
      openForm: s.openSessionForm,
      openSession: s.openSession,
      mayCreate: can(s, 'sessions.create'),
      mayInvite: can(s, 'access.invite'),
      mayMovePacks: can(s, 'labels.importPack'),
    })),
  );
  return (
    <div className="sessions">
      <div className="section-header">
        <h2>Sessions</h2>
        {mayCreate && !sessions.form && (
          <button type="button" className="primary push-right" data-testid="session-create" onClick={openForm}>
            New session
          </button>
        )}
      </div>
      {sessions.form && <SessionForm form={sessions.form} />}
      {sessions.error && <ErrorAlert error={sessions.error} />}
      <div data-testid="sessions-list">
        {sessions.loaded && sessions.list.length === 0 ? (
          <EmptyState>
            <p>No sessions yet. A session fixes which items and judges a group of reviewers rates, blind or not.</p>
          </EmptyState>
        ) : (
          <table className="list-table">
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Dataset</th>
                <th scope="col">Judges</th>
                <th scope="col">Items</th>
                <th scope="col">Progress</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {sessions.list.map((session) => (
                <tr key={session.id} data-testid="session-row" data-session-name={session.name}>
                  <td>
                    <span className="strong">{session.name}</span>
                    {session.blind && <span className="badge">blind</span>}
                    <div className="muted small">{formatDate(session.createdAt)}</div>
                  </td>
                  <td>{session.dataset}</td>
                  <td>{session.judges.join(', ')}</td>
                  <td className="number">{plural(session.items, 'item')}</td>
                  <td>
                    <SessionProgress session={session} />
                  </td>
                  <td>
                    <button type="button" data-testid="session-open" onClick={() => void openSession(session.id)}>
                      Open
                    </button>{' '}
                    {mayInvite && <InviteReviewer sessionId={session.id} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {mayInvite && <ReviewerLinks />}
      {mayMovePacks && <LabelPacks />}
    </div>
  );
}
