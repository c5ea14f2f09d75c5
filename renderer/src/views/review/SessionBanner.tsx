// The open session above the desk: its name, my progress, and its instructions (collapsible).
import type { SessionView } from '../../../../shared/review';
import { SafeMarkdown } from '../../components/SafeMarkdown';
import { SessionProgress } from './SessionProgress';

export function SessionBanner({ session }: { session: SessionView }) {
  return (
    <section className="session-banner" aria-label="Session">
      <div className="section-header">
        <span className="strong">{session.name}</span>
        {session.blind && <span className="badge">blind</span>}
        <SessionProgress session={session} />
      </div>
      {session.instructions.trim() !== '' && (
        <details open>
          <summary>Instructions</summary>
          <SafeMarkdown text={session.instructions} />
        </details>
      )}
    </section>
  );
}
