// How far each reviewer of a session got: done / total, as a bar.
import type { SessionView } from '../../../../shared/review';
import { formatCount } from '../../format/numbers';

export function SessionProgress({ session }: { session: SessionView }) {
  if (session.progress.length === 0) return <span className="muted small">No labels yet</span>;
  return (
    <ul className="session-progress" data-testid="session-progress">
      {session.progress.map((entry) => (
        <li key={entry.reviewer} data-reviewer={entry.reviewer}>
          <span className="small">{entry.reviewer}</span>
          <progress value={entry.done} max={Math.max(1, entry.total)} />
          <span className="small number">
            {formatCount(entry.done)}/{formatCount(entry.total)}
          </span>
        </li>
      ))}
    </ul>
  );
}
