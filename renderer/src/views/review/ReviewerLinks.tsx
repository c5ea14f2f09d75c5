// The owner's reviewer links: the one just made (shown once), and every live one with Revoke.
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../format/text';
import { useGavel } from '../../store/store-context';

export function ReviewerLinks() {
  const { access, revoke } = useGavel(useShallow((s) => ({ access: s.access, revoke: s.revokeReviewer })));
  return (
    <section className="reviewer-links" data-testid="reviewer-links">
      <h3>Reviewer links</h3>
      {access.error && <ErrorAlert error={access.error} />}
      {access.invitation && (
        <p>
          Send this link to {access.invitation.reviewer} (it is shown only now; inviting again makes a new one and ends
          this one)
          {access.invitation.link.startsWith('/') && ', after the address gavel serve prints for this workspace'}:{' '}
          <code className="invitation-link" data-testid="invitation-link">
            {access.invitation.link}
          </code>
        </p>
      )}
      {access.links.length === 0 ? (
        <p className="muted small">
          No reviewer has a link. Invite one from a session: they will read that session and save labels as themselves
          in browser mode (<code>gavel serve</code>), and nothing else.
        </p>
      ) : (
        <ul>
          {access.links.map((link) => (
            <li key={link.reviewer} data-testid="reviewer-link" data-reviewer={link.reviewer}>
              <span className="strong">{link.reviewer}</span>{' '}
              <span className="muted small">
                since {formatDate(link.createdAt)} · sessions {link.sessions.join(', ') || 'none'}
              </span>{' '}
              <button type="button" className="quiet" onClick={() => void revoke(link.reviewer)}>
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
