// Sessions > Invite: a reviewer's link to one session, made by the owner.
import { useState } from 'react';
import { useGavel } from '../../store/store-context';

export function InviteReviewer({ sessionId }: { sessionId: number }) {
  const invite = useGavel((s) => s.inviteReviewer);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  if (!open) {
    return (
      <button type="button" data-testid="session-invite" onClick={() => setOpen(true)}>
        Invite…
      </button>
    );
  }
  return (
    <form
      className="invite-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) return;
        void invite(name.trim(), sessionId).then(() => {
          setName('');
          setOpen(false);
        });
      }}
    >
      <input
        aria-label="Reviewer's name"
        data-testid="invite-name"
        placeholder="Reviewer's name"
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="primary" data-testid="invite-submit">
        Make link
      </button>
      <button type="button" className="quiet" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
