// Who this window acts as, in plain words, and what that role may do.
import { useGavel } from '../../store/store-context';

export function AccessBadge() {
  const me = useGavel((s) => s.access.me);
  if (me === null) return null;
  const [who, what] =
    me.reviewer === null
      ? ['You are the owner', 'Full rights: data, judges, runs, providers, exports and reviewer links.']
      : [`You are ${me.reviewer} — reviewer`, 'You can read the sessions shared with you and save your own labels.'];
  return (
    <span className="access-badge" data-testid="access-identity" title={what}>
      {who}
    </span>
  );
}
